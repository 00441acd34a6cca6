/**
 * The part of a compressed sentence a cue may sit in to bear on a relation: from the start of
 * the clause holding the match to the end of its trigger. A clause starts after ";", ":", a
 * contrastive conjunction ("but", "while", "whereas") or a relative pronoun after a comma.
 */
import type { Candidate } from "../relations/find-relations.js";

const CLAUSE_START = /[;:]|\b(?:but|while|whereas|although|though|however|yet)\b|,\s(?:which|who|whom)\b/giu;

export function clauseWindow(c: Candidate): { start: number; end: number; text: string } {
  const text = c.compressed.text;
  let start = 0;
  for (const m of text.slice(0, c.match.start).matchAll(CLAUSE_START)) start = (m.index ?? 0) + m[0].length;
  const end = Math.max(c.match.triggerEnd, c.match.end);
  return { start, end, text: text.slice(start, end) };
}

/** Document span of a match of `re` found at `index` in the compressed text. */
export function docSpan(c: Candidate, index: number, length: number): { start: number; end: number } {
  const start = c.compressed.offsets[index] ?? c.sentence.start;
  const end = (c.compressed.offsets[index + Math.max(0, length - 1)] ?? start) + 1;
  return { start, end };
}

export function cueRegex(cues: readonly string[]): RegExp {
  const alternation = [...cues].sort((a, b) => b.length - a.length).join("|");
  return new RegExp(String.raw`(?<![\w'])(?:${alternation})(?![\w])`, "giu");
}
