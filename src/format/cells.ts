/** A value in one output cell. Null and undefined print as empty. */
export type Cell = string | number | boolean | null | undefined;

/** One output row: column name → value. */
export type Row = Readonly<Record<string, Cell>>;

/** Columns of `rows` in first-seen order, for when the caller gives none. */
export function columnsOf(rows: readonly Row[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

export function cellText(value: Cell): string {
  return value === null || value === undefined ? "" : String(value);
}
