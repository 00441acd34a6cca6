/**
 * Printing results: the same records as a terminal table, JSON or CSV. JSON keeps the records'
 * own nested shape; table and CSV show them flattened to rows (see rows.ts).
 */
import type { OutputFormat } from "../config.js";
import type { Row } from "./cells.js";
import { formatCsv } from "./csv.js";
import { formatTable } from "./table.js";

export type { Cell, Row } from "./cells.js";
export { formatCsv } from "./csv.js";
export { formatTable } from "./table.js";

/** A list of records and how to show each one as a row. */
export interface Listing<T> {
  records: readonly T[];
  toRow: (record: T) => Row;
  /** Column order for table and CSV, also used to print a header when there are no records. */
  columns: readonly string[];
  /** Longest table cell, in characters (default 60). */
  maxWidth?: number;
}

/** The text to print for `listing` in `format`, ending in a newline. */
export function formatListing<T>(format: OutputFormat, listing: Listing<T>): string {
  switch (format) {
    case "json":
      return formatJson(listing.records);
    case "csv":
      return formatCsv(listing.records.map(listing.toRow), listing.columns);
    case "table":
      return formatTable(listing.records.map(listing.toRow), { columns: listing.columns, maxWidth: listing.maxWidth });
  }
}

/** Pretty JSON, two-space indented. Control characters are escaped by JSON itself. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
