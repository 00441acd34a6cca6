/**
 * The first, cheapest test of a pattern: does the sentence contain one of its trigger's words
 * (Pattern.triggerWords)? Searching the sentence once per word, some 460 words, took longer
 * than the patterns' own regexes. Here every word is numbered once and filed under a hash of its
 * first three characters, so one pass over the sentence finds all the words it contains.
 */
import { PATTERNS } from "./patterns.js";

const WORDS: string[] = [];
const BUCKETS: number[][] = Array.from({ length: 4096 }, () => []);
/** Words shorter than a hash's three characters (none today), searched for whole. */
const SHORT: number[] = [];
/** Each trigger's word numbers; null for a trigger with no words, which no sentence skips. */
const IDS = new Map<RegExp, number[] | null>();

for (const { trigger, triggerWords } of PATTERNS) {
  if (IDS.has(trigger)) continue;
  IDS.set(trigger, triggerWords?.map(wordNumber) ?? null);
}

function wordNumber(word: string): number {
  const known = WORDS.indexOf(word);
  if (known >= 0) return known;
  const id = WORDS.push(word) - 1;
  if (word.length < 3) SHORT.push(id);
  else BUCKETS[hash(word, 0)]?.push(id);
  return id;
}

function hash(s: string, at: number): number {
  return (s.charCodeAt(at) * 961 + s.charCodeAt(at + 1) * 31 + s.charCodeAt(at + 2)) & 4095;
}

/** One flag per word, reused from sentence to sentence: findRelations reads a sentence's before the next. */
const present = new Uint8Array(WORDS.length);

/** The trigger words in `lower`, a lower-case sentence, for `mayFire` to consult. */
export function wordsIn(lower: string): Uint8Array {
  present.fill(0);
  for (let i = 0; i + 2 < lower.length; i++) {
    for (const id of BUCKETS[hash(lower, i)] as number[]) {
      if (lower.startsWith(WORDS[id] as string, i)) present[id] = 1;
    }
  }
  for (const id of SHORT) if (lower.includes(WORDS[id] as string)) present[id] = 1;
  return present;
}

/** False when the sentence, as `wordsIn` read it, has none of the trigger's words. */
export function mayFire(trigger: RegExp, words: Uint8Array): boolean {
  const ids = IDS.get(trigger);
  return !ids || ids.some((id) => words[id] === 1);
}
