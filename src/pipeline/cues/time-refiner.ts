/**
 * Time of a relation: the time expression nearest its trigger in the same sentence; else the
 * last one earlier in the paragraph ("At that time, …" after "the early 1990s"); else none.
 */
import type { Sentence, TimeExpression } from "../../types.js";
import type { Candidate } from "../relations/find-relations.js";

export function timeRefiner(cands: Candidate[], times: readonly TimeExpression[], sentences: readonly Sentence[]): Candidate[] {
  const paragraphOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end)?.paragraph ?? -1;
  const timed = times.map((t) => ({ t, paragraph: paragraphOf(t.start) }));
  for (const c of cands) {
    const trigger = c.relation.cues.find((q) => q.role === "trigger")?.start ?? c.sentence.start;
    const inSentence = times.filter((t) => t.start >= c.sentence.start && t.end <= c.sentence.end);
    const earlier = timed.filter((x) => x.paragraph === c.sentence.paragraph && x.t.end <= c.sentence.start);
    const chosen = nearest(inSentence, trigger) ?? earlier[earlier.length - 1]?.t;
    if (!chosen) continue;
    c.relation.time = chosen.value;
    c.relation.cues.push({ start: chosen.start, end: chosen.end, text: chosen.text, role: "time" });
  }
  return cands;
}

function nearest(times: readonly TimeExpression[], at: number): TimeExpression | undefined {
  return [...times].sort((a, b) => distance(a, at) - distance(b, at))[0];
}

function distance(t: TimeExpression, at: number): number {
  return t.end <= at ? at - t.end : t.start - at;
}
