/**
 * Plain text: the text is the document, unchanged. Its title and date are read from its first
 * lines, the way a reader sees them:
 *   "Archive | August, 2015" / "The Title of the Post" / "11 Aug" / "After months of …"
 * gives the title "The Title of the Post" and the date 2015-08-11.
 */
import type { DocumentInput } from "../types.js";
import { findPageDate, topLines } from "./page-date.js";

/** A first line at least this long is a paragraph, not a title. */
const MAX_TITLE_CHARS = 200;
/** How far down the text a title or dateline may be. */
const TOP_LINES = 10;
const TOP_CHARS = 3000;

/** Title and publication date read from the top of a text. */
export interface TextMetadata {
  title: string | null;
  published: string | null;
}

/** Read a decoded plain-text document. */
export function readPlainText(text: string, source: string): DocumentInput {
  const { title, published } = textMetadata(text);
  return { text, title, published, author: null, source, mediaType: "text/plain" };
}

/**
 * The title and date a text shows at its top. The title is the first line that is not the
 * dateline, if it reads like a heading: short and not ending a sentence.
 */
export function textMetadata(text: string): TextMetadata {
  const lines = topLines(text, TOP_LINES, TOP_CHARS);
  const date = findPageDate(lines);
  const first = lines.findIndex((_, i) => !date.lines.includes(i));
  return { title: first === -1 ? null : titleFrom(lines[first]), published: date.published };
}

/** A line as a title, or null when it reads like prose. */
export function titleFrom(line: string): string | null {
  // "# Title" in a text file saved from Markdown: the hashes are markup, not title.
  const title = line
    .replace(/^#{1,6}\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!title || title.length >= MAX_TITLE_CHARS) return null;
  if (title.endsWith(".")) return null;
  if (!/\p{L}/u.test(title)) return null;
  return title;
}
