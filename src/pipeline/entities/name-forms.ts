/**
 * How names shorten: acronyms from initials, short forms of people's names (family name,
 * kunya, nisba) and of organization names (their one distinctive word).
 */
import { NEVER_NAMES, ORG_HEADS, PERSON_TITLES } from "../../lexicon/name-words.js";
import type { Mention } from "../../types.js";
import { normalizeName } from "../names.js";

const ARTICLES = new Set([
  "al",
  "el",
  "ad",
  "an",
  "ar",
  "as",
  "ash",
  "at",
  "az",
  "the",
  "of",
  "and",
  "for",
  "in",
  "on",
  "e",
  "i",
  "ul",
  "ud",
]);
const NAME_PARTICLES = new Set(["abu", "bin", "ibn", "bint", "abd", "umm"]);
const GENERIC = new Set([
  "islamic",
  "national",
  "popular",
  "united",
  "democratic",
  "revolutionary",
  "arab",
  "new",
  "free",
  "holy",
  "great",
]);

/** Candidate acronyms of a name: initials of every word, and of the capitalised words only. */
export function acronymOf(name: string): string[] {
  const words = name.split(/[\s-]+/u).filter(Boolean);
  const all = words
    .map((w) => w.replace(/^[`ʿ'‘]/u, "")[0] ?? "")
    .join("")
    .toUpperCase();
  const caps = words
    .filter((w) => /^[`ʿ'‘]?\p{Lu}/u.test(w))
    .map((w) => w.replace(/^[`ʿ'‘]/u, "")[0] ?? "")
    .join("");
  return [...new Set([all, caps])];
}

/** Tokens that identify a name: no articles, particles or titles. */
export function distinctiveTokens(name: string): string[] {
  return normalizeName(name)
    .split(" ")
    .filter((t) => t && !ARTICLES.has(t) && !NAME_PARTICLES.has(t) && !PERSON_TITLES.has(t));
}

function contains(long: string[], short: string[]): boolean {
  return short.every((t) => long.includes(t));
}

/** `short` names the same actor as `long` in a shorter way (`s`, `l`: their distinctive tokens). */
export function isShortFormOf(
  short: Mention,
  long: Mention,
  s = distinctiveTokens(short.text),
  l = distinctiveTokens(long.text),
): boolean {
  if (!s.length || s.length >= l.length + (short.text.length < long.text.length ? 1 : 0)) {
    // Same tokens but fewer articles ("Ansar Brigade" ~ "al-Ansar Brigade") still count.
    if (!(s.length === l.length && s.join(" ") === l.join(" ") && short.type === long.type)) return false;
    return true;
  }
  if (!contains(l, s)) return false;
  const untyped = short.source === "single-word";
  if (long.type === "person" && (short.type === "person" || untyped)) {
    // "Tahir", "Bin Ladin", "al-Zawahiri": the family or last names of the longer one.
    return s.every((t) => !NEVER_NAMES.has(t));
  }
  if (long.type === "organization" && (short.type === "organization" || untyped)) {
    // "Nusra" ~ "Jabhat al-Nusra", but never "Islamic" ~ "Islamic State" or "State" ~ anything.
    return s.length === 1 && !ORG_HEADS.has(s[0] ?? "") && !GENERIC.has(s[0] ?? "") && !NEVER_NAMES.has(s[0] ?? "");
  }
  return false;
}
