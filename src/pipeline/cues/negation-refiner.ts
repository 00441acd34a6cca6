/**
 * Negation: "refused to side with", "showed no interest in investing in", "never succeeded in
 * building", "chose not to confront". A negator between the clause start and the trigger flips
 * the relation to negated; one inside the subject slot's own words ("no" in a name) cannot occur,
 * since names are slots.
 */
import { NEGATION_CUES } from "../../lexicon/modality-cues.js";
import type { Candidate } from "../relations/find-relations.js";
import { clauseWindow, cueRegex, docSpan } from "./cue-window.js";

const NEGATOR = cueRegex(NEGATION_CUES);
// "not only … but also" affirms; "no doubt", "no less" affirm.
const NOT_NEGATING = /^(?:not only|no doubt|no less|no longer than)/iu;

export function negationRefiner(text: string, cands: Candidate[]): Candidate[] {
  for (const c of cands) {
    const w = clauseWindow(c);
    const region = w.text.slice(0, c.match.triggerEnd - w.start);
    for (const m of region.matchAll(NEGATOR)) {
      const rest = region.slice(m.index ?? 0);
      if (NOT_NEGATING.test(rest)) continue;
      const span = docSpan(c, w.start + (m.index ?? 0), m[0].length);
      c.relation.polarity = "negated";
      c.relation.cues.push({ ...span, text: text.slice(span.start, span.end), role: "negation" });
      break;
    }
  }
  return cands;
}
