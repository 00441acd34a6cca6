/**
 * Hedging: "appears to have maintained links", "was accused to have been instrumental",
 * "reportedly", "allegedly", "I suspect", "officials claim that". A hedge anywhere in the clause
 * before the trigger (or a first-person "I suspect" anywhere in the sentence) hedges the relation.
 */
import { HEDGE_CUES } from "../../lexicon/modality-cues.js";
import type { Candidate } from "../relations/find-relations.js";
import { clauseWindow, cueRegex, docSpan } from "./cue-window.js";

const HEDGE = cueRegex(HEDGE_CUES);
const FIRST_PERSON = /\b(?:I|we) (?:suspect|believe|think|assume|guess)\b/gu;

export function hedgingRefiner(text: string, cands: Candidate[]): Candidate[] {
  for (const c of cands) {
    const w = clauseWindow(c);
    // The trigger is no hedge of itself: "X accused Y of betrayal" is plain criticism.
    const trigger = { start: c.match.triggerStart - w.start, end: c.match.triggerEnd - w.start };
    const found = firstMatch(HEDGE, w.text, trigger) ?? firstMatch(FIRST_PERSON, c.compressed.text);
    if (!found) continue;
    const offset = found.re === HEDGE ? w.start + found.index : found.index;
    const span = docSpan(c, offset, found.length);
    c.relation.modality = "hedged";
    c.relation.confidence = Math.max(0.1, c.relation.confidence - 0.2);
    c.relation.cues.push({ ...span, text: text.slice(span.start, span.end), role: "hedge" });
  }
  return cands;
}

function firstMatch(
  re: RegExp,
  s: string,
  skip?: { start: number; end: number },
): { index: number; length: number; re: RegExp } | null {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (skip && m.index < skip.end && skip.start < m.index + m[0].length) continue;
    return { index: m.index, length: m[0].length, re };
  }
  return null;
}
