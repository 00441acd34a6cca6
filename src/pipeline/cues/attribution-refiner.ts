/**
 * Attribution: who a claim is credited to.
 *   "according to X", "in X's words", "as X pointed out", "X claimed (that) …", "X wrote …"
 * Runs after coreference, so "he wrote" credits the person "he" refers to. A denial ("X denied
 * that Y …") both credits X and negates the claim.
 */
import { DENIAL_VERBS, SPEECH_VERBS } from "../../lexicon/modality-cues.js";
import { slotIds } from "../relations/compress.js";
import type { Candidate } from "../relations/find-relations.js";
import { docSpan } from "./cue-window.js";

const SPEECH = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join("|");
const SOURCE_PATTERNS: RegExp[] = [
  // "according to X", "in X's words", "as X pointed out", "X claimed that"
  /\baccording to (?:the )?§([\d+]+)/giu,
  /\bin §([\d+]+)'s (?:own )?(?:words|view|account|telling|words)/giu,
  new RegExp(String.raw`\bas §([\d+]+) (?:has |had )?(?:${SPEECH})\b`, "giu"),
  new RegExp(
    String.raw`§([\d+]+)(?:'s (?:leaders|officials|spokesman|leadership))? (?:\w+ ){0,3}?(?<verb>${SPEECH})\b(?: that)?`,
    "giu",
  ),
];

export function attributionRefiner(text: string, cands: Candidate[]): Candidate[] {
  for (const c of cands) {
    const s = c.compressed.text;
    for (const re of SOURCE_PATTERNS) {
      re.lastIndex = 0;
      const m = [...s.matchAll(re)].find((x) => isSourceOf(x, c));
      if (!m?.[1]) continue;
      const source = c.compressed.slots[slotIds(m[1])[0] ?? -1]?.entity;
      if (!source) continue;
      // "X announced its alliance with Y": X's own act, unless X says "that" something holds.
      if (source === c.relation.subject && !/\bthat$/iu.test(m[0]) && !/^according|^in /iu.test(m[0])) continue;
      c.relation.attributed_to = source;
      const span = docSpan(c, m.index ?? 0, m[0].length);
      c.relation.cues.push({ ...span, text: text.slice(span.start, span.end), role: "attribution" });
      if (m.groups?.verb && DENIAL_VERBS.has(m.groups.verb.toLowerCase()) && (m.index ?? 0) < c.match.start) {
        c.relation.polarity = "negated";
      }
      break;
    }
  }
  return cands;
}

/** The source phrase must stand outside the relation's own arguments: before the match, or after it as "according to". */
function isSourceOf(m: RegExpExecArray, c: Candidate): boolean {
  const at = m.index ?? 0;
  const end = at + m[0].length;
  if (/^according|^in /iu.test(m[0])) return true;
  // "the IMU announced its …": the subject's own act, not a source for it.
  if (at === c.match.start) return false;
  // "X said (that) …" stands before the claim; after it, "which X described as" is another claim.
  return end <= c.match.start + 1;
}
