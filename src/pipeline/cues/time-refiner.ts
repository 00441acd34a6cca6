/**
 * Time of a relation, from the closest context that gives one:
 *   1. the time expression nearest the trigger in the same sentence;
 *   2. the last one earlier in the paragraph ("At that time, …" after "the early 1990s");
 *   3. for a sentence in the present tense ("the IMU is now …"), the document's date;
 *   4. the last one in the paragraph before, which the narrative carries on from.
 */
import type { Sentence, TimeExpression, TimeValue } from "../../types.js";
import type { Candidate } from "../relations/find-relations.js";

const PRESENT = /\b(?:is|are|has|have|remains?|continues?|now|currently|today|ongoing|nowadays|still)\b/iu;
const PAST = /\b(?:was|were|had|did|then|ago|former(?:ly)?|previously)\b/iu;

export interface TimeContext {
  text: string;
  times: readonly TimeExpression[];
  sentences: readonly Sentence[];
  /** The document's date, "YYYY", "YYYY-MM" or "YYYY-MM-DD", when known. */
  published: string | null;
}

export function timeRefiner(cands: Candidate[], ctx: TimeContext): Candidate[] {
  const { times, sentences } = ctx;
  const paragraphOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end)?.paragraph ?? -1;
  const timed = times.map((t) => ({ t, paragraph: paragraphOf(t.start) }));
  for (const c of cands) {
    const trigger = c.relation.cues.find((q) => q.role === "trigger")?.start ?? c.sentence.start;
    const inSentence = sameClause(
      ctx.text,
      c,
      trigger,
      times.filter((t) => t.start >= c.sentence.start && t.end <= c.sentence.end),
    );
    const before = timed.filter((x) => x.t.end <= c.sentence.start);
    const inParagraph = before.filter((x) => x.paragraph === c.sentence.paragraph);
    const chosen = nearest(inSentence, trigger) ?? inParagraph[inParagraph.length - 1]?.t;
    if (chosen) {
      set(c, chosen.value, chosen);
      continue;
    }
    const sentenceText = c.compressed.text;
    if (ctx.published && PRESENT.test(sentenceText) && !PAST.test(sentenceText)) {
      set(c, { start: ctx.published, end: null, precision: precisionOf(ctx.published) }, null);
      continue;
    }
    const previous = before.filter((x) => x.paragraph === c.sentence.paragraph - 1);
    const carried = previous[previous.length - 1]?.t;
    if (carried) set(c, carried.value, carried);
  }
  return cands;
}

function set(c: Candidate, value: TimeValue, cue: TimeExpression | null): void {
  c.relation.time = value;
  if (cue) c.relation.cues.push({ start: cue.start, end: cue.end, text: cue.text, role: "time" });
}

function precisionOf(date: string): TimeValue["precision"] {
  return date.length >= 10 ? "day" : date.length >= 7 ? "month" : "year";
}

function nearest(times: readonly TimeExpression[], at: number): TimeExpression | undefined {
  return [...times].sort((a, b) => distance(a, at) - distance(b, at))[0];
}

function distance(t: TimeExpression, at: number): number {
  return t.end <= at ? at - t.end : t.start - at;
}

const CLAUSE_BREAK = /;|,\s(?:and|but|while|whereas|although|though)\b|\band then\b/gu;

/**
 * The times in the trigger's own clause, when it has any: in "X founded Y in 2003, and the
 * militia clashed with Z in August 2007" the clash is dated 2007, not 2003.
 */
function sameClause(text: string, c: Candidate, trigger: number, times: TimeExpression[]): TimeExpression[] {
  let from = c.sentence.start;
  let to = c.sentence.end;
  for (const m of text.slice(c.sentence.start, c.sentence.end).matchAll(CLAUSE_BREAK)) {
    const at = c.sentence.start + (m.index ?? 0);
    if (at < trigger) from = at;
    else {
      to = at;
      break;
    }
  }
  const inside = times.filter((t) => t.start >= from && t.end <= to);
  return inside.length ? inside : times;
}
