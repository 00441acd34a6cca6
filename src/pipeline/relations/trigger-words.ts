/**
 * The cheap part of matching a sentence: which triggers' words it contains (Pattern.triggerWords)
 * and where each trigger can match. Searching the sentence once per word, some 460 words, took
 * longer than the patterns' own regexes, and a trigger's regex, tried at every position, as long
 * again. Here every word and anchor (TRIGGER_ANCHORS) is numbered once and filed under a hash of
 * its first two characters, so one pass over the sentence finds them all; a trigger with anchors
 * is then tried only where one of them stands.
 */
import { PATTERNS, TRIGGER_ANCHORS } from "./patterns.js";

const STRINGS: string[] = [];
const BUCKETS: number[][] = Array.from({ length: 4096 }, () => []);
/** Strings shorter than a hash's two characters (none today), searched for whole. */
const SHORT: number[] = [];
/** Each trigger's word numbers; null for a trigger with no words, which no sentence skips. */
const WORDS = new Map<RegExp, number[] | null>();
/** Each anchored trigger: 1 by the string numbers of its anchors, and the trigger made sticky. */
const ANCHORED = new Map<RegExp, { anchors: Uint8Array; sticky: RegExp }>();

const anchorIds = new Map<RegExp, number[]>();
for (const { trigger, triggerWords } of PATTERNS) {
  if (WORDS.has(trigger)) continue;
  WORDS.set(trigger, triggerWords?.map(stringNumber) ?? null);
  const anchors = TRIGGER_ANCHORS.get(trigger);
  if (anchors) anchorIds.set(trigger, anchors.map(stringNumber));
}
for (const [trigger, ids] of anchorIds) {
  const anchors = new Uint8Array(STRINGS.length);
  for (const id of ids) anchors[id] = 1;
  ANCHORED.set(trigger, { anchors, sticky: stickyOf(trigger) });
}

function stringNumber(s: string): number {
  const known = STRINGS.indexOf(s);
  if (known >= 0) return known;
  const id = STRINGS.push(s) - 1;
  if (s.length < 2) SHORT.push(id);
  else BUCKETS[hash(s, 0)]?.push(id);
  return id;
}

function hash(s: string, at: number): number {
  return (s.charCodeAt(at) * 31 + s.charCodeAt(at + 1)) & 4095;
}

/** The same regex, matching only where lastIndex says. */
function stickyOf(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace("g", "")}y`);
}

/** A sentence as the triggers see it. */
export interface TriggerText {
  text: string;
  /** By string number, 1 when the lower-case text contains it. */
  present: Uint8Array;
  /**
   * Pairs of string number and position, in text order, of every string found; null when
   * positions in the lower-case text are not positions in the text, or when the text has a
   * character ("ſ") that a trigger matches case-insensitively but lower case does not spell so.
   */
  found: number[] | null;
}

/** Reused from sentence to sentence (a typed array is slow to allocate): findRelations reads one at a time. */
const present = new Uint8Array(STRINGS.length);

/** The sentence read for `mayFire` and `fires`, valid until the next sentence is read. */
export function readTriggers(text: string): TriggerText {
  const lower = text.toLowerCase();
  present.fill(0);
  const found: number[] = [];
  for (let i = 0; i + 1 < lower.length; i++) {
    for (const id of BUCKETS[hash(lower, i)] as number[]) {
      if (!lower.startsWith(STRINGS[id] as string, i)) continue;
      present[id] = 1;
      found.push(id, i);
    }
  }
  for (const id of SHORT) if (lower.includes(STRINGS[id] as string)) present[id] = 1;
  // Only "İ" changes length in lower case; only "ſ" and the Kelvin sign match an ASCII letter
  // case-insensitively, and the Kelvin sign lower-cases to "k".
  const aligned = lower.length === text.length && !text.includes("ſ");
  return { text, present, found: aligned ? found : null };
}

/** False when the sentence has none of the trigger's words. */
export function mayFire(trigger: RegExp, t: TriggerText): boolean {
  const ids = WORDS.get(trigger);
  return !ids || ids.some((id) => t.present[id] === 1);
}

/**
 * Whether the trigger matches the sentence, tried only where its anchors stand; null when that
 * takes the trigger's regex at every position (a trigger without anchors, a text whose anchors
 * cannot be trusted).
 */
export function fires(trigger: RegExp, t: TriggerText): boolean | null {
  const entry = ANCHORED.get(trigger);
  if (!entry || !t.found) return null;
  for (let k = 0; k < t.found.length; k += 2) {
    if (entry.anchors[t.found[k] as number] !== 1) continue;
    entry.sticky.lastIndex = t.found[k + 1] as number;
    if (entry.sticky.test(t.text)) return true;
  }
  return false;
}
