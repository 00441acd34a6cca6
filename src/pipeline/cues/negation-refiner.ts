/**
 * Negation: "refused to side with", "showed no interest in investing in", "never succeeded in
 * building", "chose not to confront". A negator between the subject and the trigger flips the
 * relation to negated (or just before the trigger when the pattern starts with it: "no alliance
 * between X and Y"). A negator before the subject belongs to another verb: "X refused to side
 * with Y in its war against Z" does not negate Y's war.
 */
import { NEGATION_CUES } from "../../lexicon/modality-cues.js";
import type { Candidate } from "../relations/find-relations.js";
import { clauseWindow, cueRegex, docSpan } from "./cue-window.js";

const NEGATOR = cueRegex(NEGATION_CUES);
// "not only … but also" affirms; "no doubt", "no less" affirm.
const NOT_NEGATING = /^(?:not only|no doubt|no less|no longer than)/iu;
// Negating verbs that take an object of their own.
const OWN_OBJECT = /^(?:rejected|rebuffed|denied|denies|deny|stopped|stop|ended|halted|ceased|cease|avoided)$/iu;
// A determiner that empties what the trigger gives or has: "received little or no assistance
// from", "provided no weapons to", "had no ties with".
const NOTHING_GIVEN = /^\s(?:little\sor\sno|no|not\sany|hardly\sany|never\sany)\b/iu;

export function negationRefiner(text: string, cands: Candidate[]): Candidate[] {
  for (const c of cands) {
    const w = clauseWindow(c);
    const from =
      c.match.triggerStart === c.match.start ? Math.max(w.start, c.match.start - 15) : Math.max(w.start, c.match.start);
    const region = c.compressed.text.slice(from, c.match.triggerEnd);
    for (const m of region.matchAll(NEGATOR)) {
      const rest = region.slice(m.index ?? 0);
      if (NOT_NEGATING.test(rest)) continue;
      // "rejected the decision and accused X": a negating verb with its own object leaves the
      // next verb alone.
      if (OWN_OBJECT.test(m[0]) && /\band\b/u.test(rest.slice(m[0].length))) continue;
      const span = docSpan(c, from + (m.index ?? 0), m[0].length);
      c.relation.polarity = "negated";
      c.relation.cues.push({ ...span, text: text.slice(span.start, span.end), role: "negation" });
      break;
    }
    const after = NOTHING_GIVEN.exec(c.compressed.text.slice(c.match.triggerEnd, c.match.triggerEnd + 20));
    if (c.relation.polarity !== "negated" && after) {
      const span = docSpan(c, c.match.triggerEnd + 1, after[0].length - 1);
      c.relation.polarity = "negated";
      c.relation.cues.push({ ...span, text: text.slice(span.start, span.end), role: "negation" });
    }
  }
  return cands;
}
