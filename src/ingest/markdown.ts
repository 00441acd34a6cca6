/**
 * Markdown read as the text a reader sees: markup removed, one block per paragraph, heading or
 * list, blocks separated by one blank line. Offsets downstream refer to this text, not the source.
 */
import type { DocumentInput } from "../types.js";
import { parseFrontMatter } from "./front-matter.js";
import { toIsoDate } from "./iso-date.js";
import { stripInline } from "./markdown-inline.js";
import { textMetadata } from "./plain-text.js";

// ```js or ~~~: opens and closes a fenced code block
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// "## Heading" (ATX); the hashes must be followed by a space or the end of the line
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
// "=====" or "-----" under a line of text (setext heading)
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
// "---", "* * *", "___": a thematic break
const THEMATIC_BREAK = /^(?:-{3,}|\*{3,}|_{3,})$/;
// "|---|:--:|": the line under a table's header row
const TABLE_RULE = /^[\s|:-]+$/;
// "[1]: https://example.org": a link reference definition, no prose in it
const LINK_DEFINITION = /^ {0,3}\[(?!\^)[^\]\n]{1,500}\]:\s/;
// "[^1]: The source says…": a footnote definition keeps its text, loses its label
const FOOTNOTE_LABEL = /^ {0,3}\[\^[^\]\n]{1,100}\]:\s?/;
// "> quoted" (nested "> > too")
const QUOTE_MARKERS = /^ {0,3}(?:>[ \t]?)+/;
// "- item", "* item", "+ item", "1. item", "2) item"
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;

/** Read a decoded Markdown document. */
export function readMarkdown(markdown: string, source: string): DocumentInput {
  const { fields, body } = parseFrontMatter(markdown);
  const { text, heading } = markdownToText(body);
  const fromText = textMetadata(text);
  return {
    text,
    title: fields.title || heading || fromText.title,
    published: toIsoDate(fields.date) ?? fromText.published,
    author: fields.author || null,
    source,
    mediaType: "text/markdown",
  };
}

/** Markdown converted to plain text, with the first level-1 heading (the document's title). */
export function markdownToText(markdown: string): { text: string; heading: string | null } {
  const out: string[] = [];
  let heading: string | null = null;
  let fence: string | null = null;
  for (const line of markdown.split("\n")) {
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      // Code is kept as written, without its fences: it may quote a statement or a document.
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) {
        fence = null;
        out.push("");
      } else out.push(line);
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      out.push("");
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      const text = stripInline(trimClosingHashes(line.slice(atx[0].length)));
      if (atx[1].length === 1 && heading === null && text) heading = text;
      out.push("", text, "");
      continue;
    }
    const previous = out.length > 0 ? out[out.length - 1] : "";
    const setext = SETEXT_UNDERLINE.exec(line);
    if (setext && previous.trim() !== "") {
      if (setext[1][0] === "=" && heading === null) heading = previous.trim();
      out.push("");
      continue;
    }
    const bare = line.replace(/[ \t]/g, "");
    if (THEMATIC_BREAK.test(bare) || (TABLE_RULE.test(line) && bare.includes("|") && bare.includes("-"))) {
      out.push("");
      continue;
    }
    if (LINK_DEFINITION.test(line)) continue;
    out.push(stripInline(stripBlockMarkers(line)));
  }
  return { text: joinBlocks(out), heading };
}

function stripBlockMarkers(line: string): string {
  return line.replace(FOOTNOTE_LABEL, "").replace(QUOTE_MARKERS, "").replace(LIST_MARKER, "").trimStart();
}

// "## Heading ##": closing hashes are optional markup, removed without a regex that could backtrack.
function trimClosingHashes(text: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === "#") end--;
  if (end === trimmed.length || (end > 0 && !/[ \t]/.test(trimmed[end - 1]))) return trimmed;
  return trimmed.slice(0, end).trimEnd();
}

// Blank-line runs become one blank line: paragraphs are what the sentence splitter counts.
function joinBlocks(lines: string[]): string {
  return lines
    .map((line) => (line.trim() === "" ? "" : line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+|\n+$/g, "");
}
