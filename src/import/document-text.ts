/**
 * The text of a document rebuilt from a bundle. A STIX report does not carry its document's
 * text, only (in linkage's notes and extension) the sentences its relations were read in. The
 * imported document is those sentences, in their original order, a blank line apart, after any
 * description the report has; each assertion's evidence is then a span of that text, as it
 * would be for an ingested document.
 */
import type { Span } from "../types.js";

/** One sentence of evidence; pieces with the same key are one sentence, laid out once. */
export interface EvidencePiece {
  key: string;
  text: string;
  /** Where it stood in the original document (its offset), or its order in the bundle. */
  order: number;
}

/** The text and each piece's span in it, by key. */
export interface LaidOutText {
  text: string;
  spans: Map<string, Span>;
}

const SEPARATOR = "\n\n";

/** Lay out `prelude` paragraphs, then the pieces in order (see above). */
export function layoutText(prelude: readonly string[], pieces: readonly EvidencePiece[]): LaidOutText {
  const unique = new Map<string, EvidencePiece>();
  for (const p of pieces) if (!unique.has(p.key)) unique.set(p.key, p);
  const ordered = [...unique.values()].sort(
    (a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const parts = prelude.filter((p) => p.trim() !== "");
  let offset = parts.reduce((n, p) => n + p.length + SEPARATOR.length, 0);
  const spans = new Map<string, Span>();
  for (const piece of ordered) {
    spans.set(piece.key, { start: offset, end: offset + piece.text.length });
    parts.push(piece.text);
    offset += piece.text.length + SEPARATOR.length;
  }
  return { text: parts.join(SEPARATOR), spans };
}
