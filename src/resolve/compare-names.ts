/**
 * Whether two names name the same actor, from the names alone: "same", "different" (they share
 * a part but contradict each other elsewhere, so no chain of other names should join them), or
 * "unknown" (nothing to go on: "Abu Abdallah" and "Usama bin Ladin").
 *
 * Names are compared as bags of phonetic words with Monge-Elkan over a Jaro-Winkler word measure
 * (see string-similarity.ts, word-similarity.ts), then rules by kind of name:
 * - people: the shorter name's words must all be found in the longer one ("Bin Ladin" in
 *   "Usama bin Muhammad bin Ladin"), never resting on a common given name or nisba alone, and
 *   kunyas must agree ("Abu Yahya al-Libi" ≠ "Abu al-Layth al-Libi");
 * - organizations and places: all words both ways, up to generic words ("Haqqani Network" =
 *   "Haqqani"); an added qualifier makes another actor ("al-Qaeda in the Arabian Peninsula");
 * - acronyms: the initials of the other name, with or without articles and connectors.
 */
import type { EntityType } from "../types.js";
import { isPlaceWord } from "./gazetteer-links.js";
import type { NameForm, NameWord } from "./name-form.js";
import type { PhoneticWord } from "./transliteration.js";
import { WORD_MATCH, wordSimilarity } from "./word-similarity.js";

export type Verdict = "same" | "different" | "unknown";

/**
 * An acronym read as the initials of a name is the weakest "same": acronyms are reused
 * ("HUM", "ISI"), so it ranks below spelling variants.
 */
export const ACRONYM_SCORE = 0.86;

export interface Comparison {
  verdict: Verdict;
  /** How sure "same" is, in [0, 1]; 0 otherwise. */
  score: number;
  /** Which rule decided, for tests and explanations. */
  reason: string;
}

const unknown = (reason: string): Comparison => ({ verdict: "unknown", score: 0, reason });
const different = (reason: string): Comparison => ({ verdict: "different", score: 0, reason });
const same = (score: number, reason: string): Comparison => ({ verdict: "same", score, reason });

/** Compare two parsed names; `type`, when known, chooses the rules (otherwise their shapes do). */
export function compareNames(a: NameForm, b: NameForm, type: EntityType | null = null): Comparison {
  if (a.folded && a.folded === b.folded) return same(1, "identical");
  if (a.acronym || b.acronym) {
    const byAcronym = compareAcronym(a, b);
    if (byAcronym) return byAcronym;
  }
  if (a.words.length === 0 || b.words.length === 0) return unknown("no words");
  // "Usama Bin Laden Network" is not Usama bin Ladin: an organization named after a person.
  if (isPair(a.shape, b.shape, "person", "organization")) return unknown("a person and an organization");
  // "Hassan Nasr Allah" = "Hassan Nasrallah", "Siraj al-Din" = "Sirajuddin": compounds in one word or two.
  if (a.words.length !== b.words.length && a.joined.skeleton.length >= 4 && a.joined.skeleton === b.joined.skeleton) {
    return same(0.93, "joined words");
  }
  const kind = type ?? kindOf(a, b);
  return kind === "person" ? comparePeople(a, b) : compareGroups(a, b);
}

/** Without a type: organization rules when either looks like one, else people's rules. */
function kindOf(a: NameForm, b: NameForm): EntityType {
  if (a.shape === "organization" || b.shape === "organization") return "organization";
  return "person";
}

function compareAcronym(a: NameForm, b: NameForm): Comparison | null {
  if (a.acronym && b.acronym) return a.acronym === b.acronym ? same(1, "same acronym") : unknown("two acronyms");
  const [short, long] = a.acronym ? [a, b] : [b, a];
  if (long.initials.includes(short.acronym as string)) return same(ACRONYM_SCORE, "acronym");
  // "HAMAS" is a word as well as an acronym: against another single word, let the words decide.
  return long.words.length > 1 ? unknown("other initials") : null;
}

/** The words of the shorter name matched into the longer one, one partner each. */
function matchWords(a: NameForm, b: NameForm) {
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  const partners = assignPartners(short.words, long.words);
  const matched = partners.map((p) => p.score >= WORD_MATCH);
  return { short, long, partners, matched, all: matched.every(Boolean) };
}

function comparePeople(a: NameForm, b: NameForm): Comparison {
  if (a.kunyas.length > 0 && b.kunyas.length > 0 && !kunyasAgree(a.kunyas, b.kunyas)) return different("kunya");
  const { short, long, partners, matched, all } = matchWords(a, b);
  const shared = short.words.filter((_, i) => matched[i]);
  if (!all) {
    // Sharing a family name or nisba while the given names differ: two people ("Hamza bin Ladin").
    return shared.length > 0 ? different("other given name") : unknown("no shared word");
  }
  const extra = long.words.filter((_, i) => !partners.some((p, k) => matched[k] && p.index === i));
  // "Pakistani Taliban" is not the "Taliban": a place added to a name that is not clearly a person's.
  if (a.shape !== "person" && b.shape !== "person" && extra.some((w) => isPlaceWord(w.text))) {
    return unknown("place added");
  }
  const telling = shared.filter((w) => !w.common);
  const sharedTitle = a.honorifics.some((h) => b.honorifics.includes(h));
  if (telling.length === 0 && !sharedTitle && short.words.length < long.words.length) {
    return unknown("only common words shared");
  }
  if (short.words.length === 1 && telling.length === 1 && telling[0].text.length < 4) return unknown("short word");
  if (!inOrder(partners.map((p) => p.index))) return unknown("words in another order");
  return same(mean(partners) * (0.92 + (0.08 * short.words.length) / long.words.length), "person words");
}

function compareGroups(a: NameForm, b: NameForm): Comparison {
  const { short, long, partners, matched, all } = matchWords(a, b);
  const used = new Set(partners.filter((_, i) => matched[i]).map((p) => p.index));
  const extra = long.words.filter((_, i) => !used.has(i));
  const shared = short.words.filter((_, i) => matched[i]);
  if (!all) {
    const distinctive = shared.some((w) => !w.generic);
    return distinctive ? different("other words") : unknown("no distinctive word shared");
  }
  if (shared.every((w) => w.generic) && extra.length > 0) return unknown("only generic words shared");
  if (extra.length === 0) return same(mean(partners), "group words");
  // "Haqqani" = "Haqqani Network"; but "al-Qaeda" ≠ "al-Qaeda in the Arabian Peninsula", and
  // "Hizballah" ≠ "Kata'ib Hizballah".
  if (extra.every((w: NameWord) => w.label)) return same(mean(partners) * 0.92, "label added");
  return unknown("qualifier added");
}

/**
 * Each word of `from` paired with a distinct word of `to`, best pairs first (a greedy
 * assignment: "Ibrahim Awwad Ibrahim" has two Ibrahims, each needing its own partner).
 */
function assignPartners(from: readonly NameWord[], to: readonly NameWord[]): { index: number; score: number }[] {
  const scored: [number, number, number][] = [];
  from.forEach((a, i) => {
    to.forEach((b, j) => {
      scored.push([wordSimilarity(a, b), i, j]);
    });
  });
  scored.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const result = from.map(() => ({ index: -1, score: 0 }));
  const taken = new Set<number>();
  for (const [score, i, j] of scored) {
    if (result[i].index >= 0 || taken.has(j)) continue;
    result[i] = { index: j, score };
    taken.add(j);
  }
  return result;
}

function isPair<T>(x: T, y: T, p: T, q: T): boolean {
  return (x === p && y === q) || (x === q && y === p);
}

function kunyasAgree(a: readonly PhoneticWord[], b: readonly PhoneticWord[]): boolean {
  return a.some((x) => b.some((y) => wordSimilarity(x, y) >= WORD_MATCH));
}

function inOrder(indexes: number[]): boolean {
  return indexes.every((x, i) => i === 0 || x > indexes[i - 1]);
}

function mean(partners: { score: number }[]): number {
  return partners.reduce((s, p) => s + p.score, 0) / partners.length;
}
