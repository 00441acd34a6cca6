import { type Cell, cellText, columnsOf, type Row } from "./cells.js";

export interface TableOptions {
  /** Column order; by default the keys of the rows in first-seen order. */
  columns?: readonly string[];
  /** Longest cell, in characters; longer ones end in "…". */
  maxWidth?: number;
}

// Control characters (newlines, ANSI escapes) and bidirectional overrides: document text is
// hostile, and printed raw these could rewrite the terminal or disguise what a cell says.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * Rows as aligned columns under a header and a rule, for a terminal. Numbers align right.
 * Cells are flattened to one line and cut at `maxWidth` (default 60) characters.
 */
export function formatTable(rows: readonly Row[], opts: TableOptions = {}): string {
  const columns = opts.columns ?? columnsOf(rows);
  if (columns.length === 0) return "";
  const maxWidth = Math.max(1, opts.maxWidth ?? 60);
  const body = rows.map((row) => columns.map((c) => clip(row[c], maxWidth)));
  const header = columns.map((c) => clip(c, maxWidth));
  const widths = columns.map((_, i) => Math.max(length(header[i]), ...body.map((cells) => length(cells[i]))));
  const numeric = columns.map((c) => rows.length > 0 && rows.every((r) => typeof r[c] === "number" || r[c] == null));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const pad = " ".repeat(widths[i] - length(cell));
        // The last column is not padded on the right: no trailing spaces.
        return numeric[i] ? pad + cell : i === cells.length - 1 ? cell : cell + pad;
      })
      .join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return `${[line(header), rule, ...body.map(line)].join("\n")}\n`;
}

/** One line, safe to print, at most `max` characters (code points, so no emoji is cut in half). */
function clip(value: Cell, max: number): string {
  const text = cellText(value).replace(UNSAFE, " ").trim();
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

function length(text: string): number {
  return Array.from(text).length;
}
