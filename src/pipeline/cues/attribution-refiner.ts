/**
 * Attribution: who a claim is credited to.
 *   "according to X", "in X's words", "as X pointed out", "X claimed (that) …", "X wrote …"
 * Runs after coreference, so "he wrote" credits the person "he" refers to. A denial ("X denied
 * that Y …") both credits X and negates the claim.
 */
import { DENIAL_VERBS, SPEECH_VERBS } from "../../lexicon/modality-cues.js";
import { type Compressed, reduceSentence, slotIds } from "../relations/compress.js";
import type { Candidate } from "../relations/find-relations.js";

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
  const out: Candidate[] = [];
  for (const c of cands) {
    out.push(c);
    // The sentence as matched, then without its asides: "Bruce Riedel (a former CIA analyst)
    // accused …" names its source once the parenthesis is set aside.
    const reduced = reduceSentence(c.compressed);
    for (const variant of reduced ? [c.compressed, reduced] : [c.compressed]) {
      const sources = attribute(text, c, variant);
      if (!sources) continue;
      // "American and Israeli officials claim …": the claim once for each source.
      for (const other of sources.slice(1)) {
        if (other === c.relation.subject || other === c.relation.object) continue;
        out.push({ ...c, relation: { ...c.relation, attributed_to: other, cues: [...c.relation.cues] } });
      }
      break;
    }
  }
  return out;
}

/** Credit `c` to the source its sentence names; every source a coordinated one names, or null. */
function attribute(text: string, c: Candidate, variant: Compressed): string[] | null {
  const matchStart = c.compressed.offsets[c.match.start] ?? c.sentence.start;
  for (const re of SOURCE_PATTERNS) {
    re.lastIndex = 0;
    const m = [...variant.text.matchAll(re)].find((x) => isSourceOf(x, variant, matchStart));
    if (!m?.[1]) continue;
    const sources = slotIds(m[1])
      .map((id) => variant.slots[id]?.entity)
      .filter((e): e is string => !!e);
    const source = sources[0];
    if (!source) continue;
    // "X announced its alliance with Y": X's own act, unless X says "that" something holds.
    if (source === c.relation.subject && !/\bthat$/iu.test(m[0]) && !/^according|^in /iu.test(m[0])) continue;
    c.relation.attributed_to = source;
    const start = variant.offsets[m.index ?? 0] ?? c.sentence.start;
    const end = (variant.offsets[(m.index ?? 0) + m[0].length - 1] ?? start) + 1;
    c.relation.cues.push({ start, end, text: text.slice(start, end), role: "attribution" });
    if (m.groups?.verb && DENIAL_VERBS.has(m.groups.verb.toLowerCase()) && start < matchStart) {
      c.relation.polarity = "negated";
    }
    return [...new Set(sources)];
  }
  return null;
}

/**
 * The source phrase must stand outside the relation's own arguments: before the match (in
 * document offsets, which both readings of the sentence share), or anywhere as "according to".
 */
function isSourceOf(m: RegExpExecArray, variant: Compressed, matchStart: number): boolean {
  if (/^according|^in /iu.test(m[0])) return true;
  const start = variant.offsets[m.index ?? 0] ?? 0;
  const end = (variant.offsets[(m.index ?? 0) + m[0].length - 1] ?? start) + 1;
  // "the IMU announced its …": the subject's own act, not a source for it.
  if (start === matchStart) return false;
  // "X said (that) …" stands before the claim; after it, "which X described as" is another claim.
  return end <= matchStart + 1;
}
