/**
 * Reading a name as written in sources and lists into comparable words: marks, ʿayn/hamza,
 * quotes and list conventions ("a.k.a.", "LAST, First", parentheticals) removed.
 */

/** Letters NFKD does not split into a base letter and a mark. */
const FOLD: Readonly<Record<string, string>> = {
  ı: "i",
  ł: "l",
  ø: "o",
  đ: "d",
  ð: "d",
  ħ: "h",
  ß: "ss",
  æ: "ae",
  œ: "oe",
};
const FOLDABLE = /[ıłøđðħßæœ]/g;
const MARKS = /\p{M}/gu;
/** ʿayn and hamza as transliterations write them, and apostrophes: dropped inside words ("Qa'ida"). */
const APOSTROPHES = /[ʿʾʻʼ'’‘`´]/g;
const NON_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/** Printable ASCII, the common case: the same steps with cheaper patterns. */
const ASCII = /^[\x20-\x7e]*$/;
const ASCII_APOSTROPHES = /['`]/g;
const ASCII_NON_ALPHANUMERIC = /[^a-z0-9]+/g;

/** Lower-cased words without marks: "al-Qa`ida" → ["al", "qaida"]; "Ḥizbullāh" → ["hizbullah"]. */
export function foldWords(text: string): string[] {
  if (ASCII.test(text))
    return split(text.toLowerCase().replace(ASCII_APOSTROPHES, "").replace(ASCII_NON_ALPHANUMERIC, " "));
  return split(
    text
      .toLowerCase()
      .replace(FOLDABLE, (c) => FOLD[c] ?? c)
      .normalize("NFKD")
      .replace(MARKS, "")
      .replace(APOSTROPHES, "")
      .replace(NON_ALPHANUMERIC, " "),
  );
}

function split(folded: string): string[] {
  const trimmed = folded.trim();
  return trimmed ? trimmed.split(" ") : [];
}

// "a.k.a. X", "aka X", "f.k.a. X", "also known as X": list prefixes, not part of the name.
const LIST_PREFIX = /^\s*(?:a\.?k\.?a\.?|f\.?k\.?a\.?|also known as|formerly known as)[\s:]+/i;
// Quotation marks around nicknames: "ABU ABDALLAH", «the Emir».
const QUOTES = /["“”„«»]/g;
// A parenthetical or bracketed aside: "Hizballah (Party of God)" is compared as "Hizballah".
const ASIDE = /\s*[([][^)\]]*[)\]]\s*/g;

/** The name with list prefixes, quotes and asides removed; the text itself when nothing is left. */
export function stripListMarks(raw: string): string {
  const stripped = raw.replace(LIST_PREFIX, "").replace(QUOTES, " ").replace(ASIDE, " ").trim();
  return stripped || raw.trim();
}

/**
 * "BIN LADIN, Usama bin Muhammad" → "Usama bin Muhammad BIN LADIN": sanctions lists and
 * indexes put the family name first. Only a short "X, Y" with no organization word on either
 * side is turned round: "Army of God, The" and "Hamas, Gaza branch" are left as they are.
 */
export function unInvert(name: string, isOrgWord: (word: string) => boolean): { text: string; inverted: boolean } {
  const parts = name.split(",");
  if (parts.length !== 2) return { text: parts.join(" ").trim(), inverted: false };
  const [last, first] = parts.map((p) => p.trim());
  const lastWords = foldWords(last);
  const firstWords = foldWords(first);
  const short = lastWords.length >= 1 && lastWords.length <= 4 && firstWords.length >= 1 && firstWords.length <= 5;
  if (!short || [...lastWords, ...firstWords].some(isOrgWord) || /^(the|of|and)\b/i.test(first)) {
    return { text: `${last} ${first}`.trim(), inverted: false };
  }
  return { text: `${first} ${last}`, inverted: true };
}

/**
 * The letters of a name written as an acronym ("TTP", "LeT", "U.S.", "HuJI"), lower-cased, or
 * null. All capitals up to six letters, or mixed case with at least two capitals.
 */
export function acronymLetters(name: string): string | null {
  const compact = name.replace(/\./g, "").trim();
  if (!/^[A-Za-z]{2,7}$/.test(compact)) return null;
  const capitals = compact.replace(/[^A-Z]/g, "").length;
  const allCaps = capitals === compact.length && compact.length <= 6;
  const mixed = capitals >= 2 && capitals < compact.length && /^[A-Z]/.test(compact);
  return allCaps || mixed ? compact.toLowerCase() : null;
}
