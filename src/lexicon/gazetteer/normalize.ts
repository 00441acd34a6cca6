/**
 * The one normal form every gazetteer name and every candidate span is compared in:
 * "al-Qa`ida", "Al Qaida" and "AL-QAIDA" all become "al qaida". scripts/build-gazetteer.mjs
 * carries a copy of this function (it runs before TypeScript is compiled); the tests check that
 * the two agree on every form the build wrote.
 */

/** Letters that NFKD does not decompose into a base letter and a mark. */
const FOLD: Readonly<Record<string, string>> = {
  ı: "i",
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  đ: "d",
  Đ: "D",
  ð: "d",
  ħ: "h",
  ß: "ss",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
};
const FOLDABLE = /[ıłŁøØđĐðħßæÆœŒ]/g;
const MARKS = /\p{M}/gu;
/** Transliteration marks for ayn and hamza, and apostrophes: dropped, so "Qa'ida" meets "Qaida". */
const APOSTROPHES = /[ʿʾ'’‘`´]/g;
const NON_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;
/** Printable ASCII, the common case: the same steps with cheaper patterns (loading indexes ~30k names). */
const ASCII = /^[\x20-\x7e]*$/;
const ASCII_APOSTROPHES = /['`]/g;
const ASCII_NON_ALPHANUMERIC = /[^A-Za-z0-9]+/g;

/** Everything normalizeName does except lower-casing: for forms that must match with their casing. */
export function foldName(s: string): string {
  if (ASCII.test(s)) return s.replace(ASCII_APOSTROPHES, "").replace(ASCII_NON_ALPHANUMERIC, " ").trim();
  return s
    .replace(FOLDABLE, (c) => FOLD[c] ?? c)
    .normalize("NFKD")
    .replace(MARKS, "")
    .replace(APOSTROPHES, "")
    .replace(NON_ALPHANUMERIC, " ")
    .trim();
}

/**
 * NFKD, diacritics stripped, ʿ ʾ ' ’ ‘ ` dropped, lower-cased, every run of other
 * non-alphanumerics collapsed to one space: "Ḥarakat al-Shabāb" → "harakat al shabab".
 */
export function normalizeName(s: string): string {
  return foldName(s).toLowerCase();
}
