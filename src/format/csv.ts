import { cellText, columnsOf, type Row } from "./cells.js";

/**
 * Rows as RFC 4180 CSV: a header line, CRLF line ends, and a field quoted when it holds a comma,
 * a double quote, CR or LF, with its quotes doubled. Text is written as it is: a spreadsheet
 * that evaluates a cell starting with "=" does so at its user's choice.
 */
export function formatCsv(rows: readonly Row[], columns: readonly string[] = columnsOf(rows)): string {
  if (columns.length === 0) return "";
  const lines = [columns, ...rows.map((row) => columns.map((c) => cellText(row[c])))];
  return `${lines.map((fields) => fields.map(quote).join(",")).join("\r\n")}\r\n`;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
