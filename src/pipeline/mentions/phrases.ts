/**
 * Helpers shared by the name finders: adjacency of words, phrase text and normal form.
 */
import { normalizeName } from "../names.js";
import type { Word } from "./words.js";

/** True when only spaces separate `a` from `b` and `a` carries no possessive or suffix. */
export function adjacent(text: string, a: Word, b: Word): boolean {
  if (a.possessive || a.suffix) return false;
  const gap = text.slice(a.end, b.start);
  return /^[ \t\u00a0]+$/u.test(gap);
}

/** Words `[i, j)` form an unbroken phrase; a possessive inside may belong to it ("People's Protection Units"). */
export function unbroken(text: string, words: readonly Word[], i: number, j: number): boolean {
  for (let k = i; k < j - 1; k++) {
    const a = words[k];
    const b = words[k + 1];
    if (!a || !b) return false;
    if (!adjacent(text, a, b) && !(a.possessive && /^['’]s?[ \t\u00a0]+$/u.test(text.slice(a.end, b.start))))
      return false;
  }
  return true;
}

/** The normal form of words `[i, j)` as written, possessives inside included. */
export function phraseKey(text: string, words: readonly Word[], i: number, j: number): string {
  return normalizeName(text.slice((words[i] as Word).start, (words[j - 1] as Word).end));
}

/** Lower-cased text of a word without marks, for lexicon look-ups. */
export function lowerWord(w: Word | undefined): string {
  return w ? normalizeName(w.text) : "";
}

/** An all-capitals token of 2–7 letters ("IMU", "U.S.", "AQAP"): an acronym. */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/[.&-]/g, "");
  return /^[A-Z][A-Z0-9]{1,6}$/.test(letters) && /[A-Z].*[A-Z]/.test(letters);
}
