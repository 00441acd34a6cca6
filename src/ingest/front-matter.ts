/**
 * YAML front matter at the top of a Markdown file, as static site generators write it:
 *   ---
 *   title: "The IMU and the Islamic State"
 *   date: 2015-08-11
 *   author: Jane Analyst
 *   ---
 * Only flat `key: value` lines are read; linkage needs the title, date and author, not a YAML parser.
 */

/** Front matter longer than this many lines is not front matter but a document that starts with a rule. */
const MAX_FRONT_MATTER_LINES = 200;
// "title: value" (the key is case-insensitive)
const FIELD = /^([A-Za-z_][\w-]{0,50})\s*:\s*(.*)$/;

// blank lines, "  - item" and indented values, "# comments"
const YAML_CONTINUATION = /^(?:\s*|\s+\S.*|-\s.*|#.*)$/;

/** Front matter fields (lower-cased keys) and the Markdown after it. */
export interface FrontMatter {
  fields: Record<string, string>;
  body: string;
}

/** Split front matter from a Markdown text; without front matter, `fields` is empty. */
export function parseFrontMatter(markdown: string): FrontMatter {
  if (!/^---[ \t]*\n/.test(markdown)) return { fields: {}, body: markdown };
  const lines = markdown.split("\n", MAX_FRONT_MATTER_LINES + 2);
  const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line));
  if (close === -1) return { fields: {}, body: markdown };
  const inner = lines.slice(1, close);
  // A document that merely opens with a "---" rule has prose here, not YAML: leave it alone.
  if (!inner.every((line) => FIELD.test(line) || YAML_CONTINUATION.test(line))) return { fields: {}, body: markdown };
  const fields: Record<string, string> = {};
  for (const line of inner) {
    const field = FIELD.exec(line);
    if (field) fields[field[1].toLowerCase()] = unquote(field[2].trim());
  }
  const bodyStart = lines.slice(0, close + 1).reduce((n, line) => n + line.length + 1, 0);
  return { fields, body: markdown.slice(bodyStart) };
}

// 'title: "A: B"' → A: B; 'author: [A, B]' → A, B
function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (quoted) return quoted[2];
  const list = /^\[(.*)\]$/.exec(value);
  if (list)
    return list[1]
      .split(",")
      .map((item) => unquote(item.trim()))
      .join(", ");
  return value;
}
