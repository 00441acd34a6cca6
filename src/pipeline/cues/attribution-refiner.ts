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
  // (titles before the name stay outside it: "according to President §4")
  /\b[Aa]ccording to (?:the )?(?:\p{Lu}[\w.]*\s){0,2}§([\d+]+)/gu,
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
    // The sentence as matched, and without its asides: "Bruce Riedel (a former CIA analyst)
    // accused …" names its source once the parenthesis is set aside. The source named nearest
    // before the claim wins: in "X reported that Y (…) accused Z of …", Y makes the claim.
    const reduced = reduceSentence(c.compressed);
    const found = (reduced ? [c.compressed, reduced] : [c.compressed])
      .map((variant) => findSource(c, variant))
      .filter((f): f is Source => f !== null);
    const matchStart = c.compressed.offsets[c.match.start] ?? c.sentence.start;
    const before = found.filter((f) => f.start < matchStart).sort((a, b) => b.start - a.start);
    const source = before[0] ?? found[0];
    if (!source) continue;
    const [first, ...others] = source.sources;
    c.relation.attributed_to = first as string;
    c.relation.cues.push({
      start: source.start,
      end: source.end,
      text: text.slice(source.start, source.end),
      role: "attribution",
    });
    if (source.denial && source.start < matchStart) c.relation.polarity = "negated";
    // "American and Israeli officials claim …": the claim once for each source.
    for (const other of others) {
      if (other === c.relation.subject || other === c.relation.object) continue;
      out.push({ ...c, relation: { ...c.relation, attributed_to: other, cues: [...c.relation.cues] } });
    }
  }
  return out;
}

/** A source phrase: the entities it credits, where it sits in the document, whether it denies. */
interface Source {
  sources: string[];
  start: number;
  end: number;
  denial: boolean;
}

/** The source `variant` of the candidate's sentence names for it; every source a coordinated one names. */
function findSource(c: Candidate, variant: Compressed): Source | null {
  const matchStart = c.compressed.offsets[c.match.start] ?? c.sentence.start;
  for (const re of SOURCE_PATTERNS) {
    re.lastIndex = 0;
    const m = [...variant.text.matchAll(re)].filter((x) => isSourceOf(x, variant, matchStart)).pop();
    if (!m?.[1]) continue;
    const sources = slotIds(m[1])
      .map((id) => variant.slots[id]?.entity)
      .filter((e): e is string => !!e);
    const source = sources[0];
    if (!source) continue;
    // "X announced its alliance with Y": X's own act, unless X says "that" something holds.
    if (source === c.relation.subject && !/\bthat$/iu.test(m[0]) && !/^according|^in /iu.test(m[0])) continue;
    const start = variant.offsets[m.index ?? 0] ?? c.sentence.start;
    const end = (variant.offsets[(m.index ?? 0) + m[0].length - 1] ?? start) + 1;
    const denial = !!m.groups?.verb && DENIAL_VERBS.has(m.groups.verb.toLowerCase());
    return { sources: [...new Set(sources)], start, end, denial };
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
