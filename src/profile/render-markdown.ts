/**
 * A profile as Markdown with footnotes ([^1]). Text from documents is escaped: Markdown
 * punctuation cannot make links or emphasis, and angle brackets cannot become HTML when the
 * Markdown is later rendered.
 */
import type { Block, Profile, Run } from "./profile-model.js";

/** Backslash-escape Markdown punctuation; &, < and > as entities. Newlines become spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]#!|~]/g, "\\$&");
}

export function renderMarkdown(p: Profile): string {
  const out: string[] = [`# ${escapeMarkdown(p.title)}`, "", `*${escapeMarkdown(p.subtitle)}*`, ""];
  for (const section of p.sections) {
    out.push(`## ${escapeMarkdown(section.heading)}`, "");
    for (const block of section.blocks) out.push(...renderBlock(block), "");
  }
  if (p.notes.length > 0) {
    out.push("## Sources", "");
    for (const n of p.notes) {
      const title = n.document.title ? `“${n.document.title}”` : n.document.source;
      const when = n.document.published ? `, ${n.document.published}` : "";
      out.push(
        `[^${n.n}]: Document ${n.document.id}, ${escapeMarkdown(title)}${escapeMarkdown(when)}: “${escapeMarkdown(n.sentence)}”`,
      );
    }
    out.push("");
  }
  return out.join("\n");
}

function renderBlock(b: Block): string[] {
  switch (b.kind) {
    case "paragraph":
      return [runs(b.runs)];
    case "heading":
      return [`### ${escapeMarkdown(b.text)}`];
    case "list":
      return b.items.map((item) => `- ${runs(item)}`);
    case "table":
      return [
        `| ${b.head.map(escapeMarkdown).join(" | ")} |`,
        `|${b.head.map(() => " --- |").join("")}`,
        ...b.rows.map((row) => `| ${row.map((cell) => cell.map((r) => runs([r])).join("<br>")).join(" | ")} |`),
      ];
  }
}

function runs(list: readonly Run[]): string {
  return list.map((r) => `${escapeMarkdown(r.text)}${r.notes.map((n) => `[^${n}]`).join("")}`).join("");
}
