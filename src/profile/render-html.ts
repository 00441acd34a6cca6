/**
 * A profile as a standalone HTML page. Documents come from hostile places, so every piece of
 * text goes through escapeHtml; markup comes only from the constants below. The page has no
 * scripts, and a Content-Security-Policy that forbids them should anything slip through.
 */
import type { Block, Profile, Run } from "./profile-model.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

const STYLE = `body{font:16px/1.5 Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{margin-bottom:0}.subtitle{color:#666;font-style:italic}sup a{text-decoration:none}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}
.notes{font-size:.9rem}`;

export function renderHtml(p: Profile): string {
  const body: string[] = [`<h1>${escapeHtml(p.title)}</h1>`, `<p class="subtitle">${escapeHtml(p.subtitle)}</p>`];
  for (const section of p.sections) {
    body.push(`<section><h2>${escapeHtml(section.heading)}</h2>`, ...section.blocks.map(renderBlock), "</section>");
  }
  if (p.notes.length > 0) {
    body.push('<section class="notes"><h2>Sources</h2><ol>');
    for (const n of p.notes) {
      const title = n.document.title ? `“${n.document.title}”` : n.document.source;
      const when = n.document.published ? `, ${n.document.published}` : "";
      body.push(
        `<li id="note-${n.n}">Document ${n.document.id}, ${escapeHtml(title)}${escapeHtml(when)}: <q>${escapeHtml(n.sentence)}</q></li>`,
      );
    }
    body.push("</ol></section>");
  }
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(p.title)}</title><style>${STYLE}</style></head>`,
    `<body>${body.join("\n")}</body></html>`,
    "",
  ].join("\n");
}

function renderBlock(b: Block): string {
  switch (b.kind) {
    case "paragraph":
      return `<p>${runs(b.runs)}</p>`;
    case "heading":
      return `<h3>${escapeHtml(b.text)}</h3>`;
    case "list":
      return `<ul>${b.items.map((item) => `<li>${runs(item)}</li>`).join("")}</ul>`;
    case "table": {
      const head = `<tr>${b.head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr>`;
      const rows = b.rows.map(
        (row) => `<tr>${row.map((cell) => `<td>${cell.map((r) => runs([r])).join("<br>")}</td>`).join("")}</tr>`,
      );
      return `<table>${head}${rows.join("")}</table>`;
    }
  }
}

function runs(list: readonly Run[]): string {
  return list
    .map((r) => `${escapeHtml(r.text)}${r.notes.map((n) => `<sup><a href="#note-${n}">${n}</a></sup>`).join("")}`)
    .join("");
}
