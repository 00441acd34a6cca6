import { LinkageError } from "../errors.js";
import type { DocumentInput, Extraction, Span } from "../types.js";

/**
 * Check what the database cannot: every span lies inside the text and every relation names
 * entities of this extraction. A failure is the extractor's bug or a hostile document, reported
 * naming the document before anything is written.
 */
export function checkExtraction(doc: DocumentInput, extraction: Extraction): void {
  const fail = (message: string) => {
    throw new LinkageError("INPUT_MALFORMED", message, doc.source);
  };
  // PostgreSQL text cannot hold NUL; say so here rather than as an encoding error from the server.
  if (doc.text.includes("\u0000")) fail("the text contains NUL characters");
  const inText = (s: Span) =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= doc.text.length;
  const ids = new Set<string>();
  for (const e of extraction.entities) {
    if (ids.has(e.id)) fail(`entity id "${e.id}" appears twice`);
    ids.add(e.id);
    for (const m of e.mentions)
      if (!inText(m)) fail(`entity "${e.id}": mention [${m.start}, ${m.end}) is outside the text`);
  }
  extraction.relations.forEach((r, i) => {
    for (const id of [r.subject, r.object, r.attributed_to]) {
      if (id !== null && !ids.has(id)) fail(`relation ${i} (${r.type}) names unknown entity "${id}"`);
    }
    if (!inText(r.evidence))
      fail(`relation ${i} (${r.type}): evidence [${r.evidence.start}, ${r.evidence.end}) is outside the text`);
  });
}

/**
 * Convert UTF-16 offsets (what JavaScript counts) to code-point offsets (what SQL substring()
 * counts). They differ only after characters outside the Basic Multilingual Plane (emoji,
 * some CJK), so most texts take the fast path; otherwise one sweep serves all offsets.
 */
export function toCodePointOffsets(text: string, offsets: readonly number[]): number[] {
  if (!/[\uD800-\uDFFF]/.test(text)) return [...offsets];
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const map = new Map<number, number>();
  let unit = 0;
  let points = 0;
  for (const target of sorted) {
    while (unit < target) {
      const code = text.charCodeAt(unit);
      const pair = code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length && isLow(text.charCodeAt(unit + 1));
      // A pair straddling the target counts as before it: the offset then points at its start.
      if (pair && unit + 1 === target) break;
      unit += pair ? 2 : 1;
      points++;
    }
    map.set(target, points);
  }
  return offsets.map((o) => map.get(o) ?? o);
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
