/**
 * How a relation reads as an English clause, worded as its sources put it: plainly when
 * asserted, "reportedly" when hedged, "did not" when negated, "according to X" when credited.
 */
import { LASTING_TYPES, type Modality, type Polarity, type RelationType } from "../types.js";

/** Affirmed and negated predicates; the hedged forms are derived. */
const PREDICATES: Record<RelationType, readonly [affirmed: string, negated: string]> = {
  leader_of: ["led", "did not lead"],
  member_of: ["was a member of", "was not a member of"],
  founded: ["founded", "did not found"],
  succeeded: ["succeeded", "did not succeed"],
  pledged_allegiance_to: ["pledged allegiance to", "did not pledge allegiance to"],
  affiliate_of: ["was affiliated with", "was not affiliated with"],
  split_from: ["split from", "did not split from"],
  merged_with: ["merged with", "did not merge with"],
  allied_with: ["was allied with", "was not allied with"],
  rival_of: ["was a rival of", "was not a rival of"],
  fought: ["fought", "did not fight"],
  supported: ["supported", "did not support"],
  mediated: ["mediated with", "did not mediate with"],
  criticized: ["criticized", "did not criticize"],
  praised: ["praised", "did not praise"],
  met: ["met", "did not meet"],
};

/** "led", "did not lead", "reportedly led", "was reportedly not allied with". */
export function predicate(type: RelationType, polarity: Polarity, modality: Modality): string {
  const phrase = PREDICATES[type][polarity === "affirmed" ? 0 : 1];
  if (modality === "asserted") return phrase;
  return phrase.startsWith("was ") ? `was reportedly ${phrase.slice(4)}` : `reportedly ${phrase}`;
}

/** "in 2015", "from 2001", "from 2001 to 2010", "until 2010", or "" for an undated relation. */
export function timePhrase(type: RelationType, times: readonly { start: string | null; end: string | null }[]): string {
  const starts = times
    .map((t) => t.start)
    .filter((t): t is string => t !== null)
    .sort();
  const ends = times
    .map((t) => t.end)
    .filter((t): t is string => t !== null)
    .sort();
  const start = starts[0];
  const end = ends.at(-1);
  if (start && end && end !== start) return `from ${start} to ${end}`;
  if (start && starts.at(-1) !== start && !LASTING_TYPES.has(type)) return `between ${start} and ${starts.at(-1)}`;
  if (start) return LASTING_TYPES.has(type) ? `from ${start}` : `in ${start}`;
  if (end) return `until ${end}`;
  return "";
}

/** One reading of a relation as a sentence: "According to X, A was reportedly allied with B from 2001." */
export function clause(r: {
  subject: string;
  type: RelationType;
  object: string;
  polarity: Polarity;
  modality: Modality;
  attributedTo: string | null;
  times: readonly { start: string | null; end: string | null }[];
}): string {
  const when = timePhrase(r.type, r.times);
  const body = `${r.subject} ${predicate(r.type, r.polarity, r.modality)} ${r.object}${when ? ` ${when}` : ""}`;
  return r.attributedTo ? `According to ${r.attributedTo}, ${body}.` : `${body}.`;
}
