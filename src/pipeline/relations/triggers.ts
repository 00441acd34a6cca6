/**
 * The cheap part of matching a sentence: which triggers' words it contains (Pattern.triggerWords),
 * where each trigger matches, and whether a pattern's slots can stand around it. Searching the
 * sentence once per word, some 460 words, took longer than the patterns' own regexes, and a
 * trigger's regex, tried at every position, as long again. Here every word and anchor
 * (TRIGGER_ANCHORS) is numbered once and filed under a hash of its first three characters (two
 * for two-character ones), so one pass over the sentence finds them all; a trigger with anchors
 * is then tried only where one of them stands.
 */
import { PATTERNS, type Pattern, TRIGGER_ANCHORS } from "./patterns.js";

const STRINGS: string[] = [];
/** Strings of three characters or more, by a hash of their first three. */
const LONG: number[][] = Array.from({ length: 4096 }, () => []);
/** Two-character strings ("at", "on"), by a hash of both. */
const PAIRS: number[][] = Array.from({ length: 1024 }, () => []);
/** Strings shorter than that (none today), searched for whole. */
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
  if (s.length >= 3) LONG[hash3(s, 0)]?.push(id);
  else if (s.length === 2) PAIRS[hash2(s, 0)]?.push(id);
  else SHORT.push(id);
  return id;
}

function hash3(s: string, at: number): number {
  return (s.charCodeAt(at) * 961 + s.charCodeAt(at + 1) * 31 + s.charCodeAt(at + 2)) & 4095;
}

function hash2(s: string, at: number): number {
  return (s.charCodeAt(at) * 31 + s.charCodeAt(at + 1)) & 1023;
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

/** The sentence read for `mayFire` and `triggerSpan`, valid until the next sentence is read. */
export function readTriggers(text: string): TriggerText {
  const lower = text.toLowerCase();
  present.fill(0);
  const found: number[] = [];
  for (let i = 0; i + 1 < lower.length; i++) {
    look(PAIRS[hash2(lower, i)] as number[], lower, i, found);
    if (i + 2 < lower.length) look(LONG[hash3(lower, i)] as number[], lower, i, found);
  }
  for (const id of SHORT) if (lower.includes(STRINGS[id] as string)) present[id] = 1;
  // Only "İ" changes length in lower case; only "ſ" and the Kelvin sign match an ASCII letter
  // case-insensitively, and the Kelvin sign lower-cases to "k".
  const aligned = lower.length === text.length && !text.includes("ſ");
  return { text, present, found: aligned ? found : null };
}

/** Which of the bucket's strings stand in `lower` at `at`. */
function look(bucket: readonly number[], lower: string, at: number, found: number[]): void {
  for (const id of bucket) {
    if (!lower.startsWith(STRINGS[id] as string, at)) continue;
    present[id] = 1;
    found.push(id, at);
  }
}

/** False when the sentence has none of the trigger's words. */
export function mayFire(trigger: RegExp, t: TriggerText): boolean {
  const ids = WORDS.get(trigger);
  return !ids || ids.some((id) => t.present[id] === 1);
}

/** The first and last positions where a trigger matches a sentence, or "none". */
export type TriggerSpan = { first: number; last: number } | "none";

/**
 * Where the trigger matches the sentence, tried only where its anchors stand; null when that
 * takes the trigger's regex at every position (a trigger without anchors, a text whose anchors
 * cannot be trusted).
 */
export function triggerSpan(trigger: RegExp, t: TriggerText): TriggerSpan | null {
  const entry = ANCHORED.get(trigger);
  const found = t.found;
  if (!entry || !found) return null;
  const matchesAt = (k: number) => {
    if (entry.anchors[found[k] as number] !== 1) return false;
    entry.sticky.lastIndex = found[k + 1] as number;
    return entry.sticky.test(t.text);
  };
  let k = 0;
  while (k < found.length && !matchesAt(k)) k += 2;
  if (k >= found.length) return "none";
  let l = found.length - 2;
  while (l > k && !matchesAt(l)) l -= 2;
  return { first: found[k + 1] as number, last: found[l + 1] as number };
}

/**
 * Whether the pattern's slots can stand where its trigger does: a pattern with a slot before its
 * trigger ("{S} … {T}") needs one before the trigger's last position, and one with a slot after
 * it ("{T} … {O}") one after its first.
 */
export function slotsFit(pattern: Pattern, text: string, span: { first: number; last: number }): boolean {
  const sides = SIDES.get(pattern);
  if (!sides) return true;
  return (!sides.before || text.indexOf("§") < span.last) && (!sides.after || text.lastIndexOf("§") > span.first);
}

/** Whether a pattern's regex has a "§" before its trigger, and one after, in its top-level sequence. */
const SIDES = new Map<Pattern, { before: boolean; after: boolean }>();
for (const p of PATTERNS) {
  const sides = slotSides(p.regex.source);
  if (sides) SIDES.set(p, sides);
}

/**
 * Null when the regex has no trigger group at the top level or is an alternation there; only
 * a "§" outside every group and not made optional counts.
 */
function slotSides(source: string): { before: boolean; after: boolean } | null {
  let depth = 0;
  let trigger = -1;
  let before = false;
  let after = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") {
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
    } else if (c === "(") {
      if (depth === 0 && source.startsWith("(?<t>", i)) trigger = i;
      depth++;
    } else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return null;
    else if (c === "§" && depth === 0 && !/[?*{]/u.test(source[i + 1] ?? "")) {
      if (trigger < 0) before = true;
      else after = true;
    }
  }
  return trigger < 0 ? null : { before, after };
}
