/**
 * A name parsed for comparison: its significant words in phonetic form, with the parts that
 * vary between sources set aside (articles, connectors, honorifics, "bin") and the parts that
 * must agree marked (the kunya after "Abu", nisbas such as "al-Libi").
 */
import { acronymLetters, foldWords, stripListMarks, unInvert } from "./fold-name.js";
import {
  ARTICLES,
  COMMON_GIVEN_NAMES,
  COMMON_NISBAS,
  CONNECTORS,
  FILIATION,
  HONORIFICS,
  KUNYA_MARKERS,
  LABEL_HEADS,
  ORG_COMMON_WORDS,
  ORG_HEADS,
} from "./name-lexicon.js";
import { type PhoneticWord, phoneticWord } from "./transliteration.js";

export type NameShape = "person" | "organization" | "unknown";

export interface NameWord extends PhoneticWord {
  /** The folded word: "qaida", "abdrahman". */
  text: string;
  /** kunya: the name after "Abu"/"Umm"; nisba: an "al-…i" word of origin or descent. */
  role: "name" | "kunya" | "nisba";
  /** A very common given name or nisba: sharing it alone proves nothing. */
  common: boolean;
  /** A word many organization names share ("Islamic", "Front", "Jihad"). */
  generic: boolean;
  /** A head that only labels an organization ("Network", "Group"): see LABEL_HEADS. */
  label: boolean;
}

export interface NameForm {
  raw: string;
  /** Folded words as written, list marks removed and "LAST, First" turned round, space-joined. */
  folded: string;
  words: NameWord[];
  honorifics: string[];
  /** The kunyas: "Abu Yahya" → [yahia]. */
  kunyas: PhoneticWord[];
  /** Letters when the name is written as an acronym ("TTP" → "ttp"). */
  acronym: string | null;
  /** Acronyms this name could be written as: "Tehrik-i-Taliban Pakistan" → ttp, titp, … */
  initials: string[];
  /** All significant words run together: "Hizb Allah" and "Hizballah" meet here. */
  joined: PhoneticWord;
  shape: NameShape;
}

const phoneticSet = (words: Iterable<string>) => new Set([...words].map((w) => phoneticWord(w).vowels));
const COMMON = phoneticSet([...COMMON_GIVEN_NAMES, ...COMMON_NISBAS]);
const HEADS = phoneticSet(ORG_HEADS);
const LABELS = phoneticSet(LABEL_HEADS);
const GENERIC = phoneticSet([...ORG_HEADS, ...ORG_COMMON_WORDS]);
/** Connectors of phrases ("al-Qaeda in Iraq", "Army of the Pure"), which people's names lack. */
const PHRASE_CONNECTORS = new Set(["in", "of", "the", "for", "and", "fi", "wa", "on", "to"]);
const PERSON_TITLES = new Set(["mullah", "mulla", "sheikh", "shaykh", "shaikh", "dr", "mawlawi", "maulana", "imam"]);

// "abdul", "abdel", "abdal" … and "abdurrahman": "Abd" joins the next word, as in Arabic.
const ABD_ALONE = /^abd(?:ul|el|al|ol|il|u|e|a|o|i)?$/;
const ABD_JOINED = /^abd(?:ul|el|al|ol|il|[aeiou](?=([^aeiou])\1))(.+)$/;
// "Allah" in its spellings after "Abd": Abd Allah = Abdallah = Abdullah.
const ALLAH = /^[aeiou]ll?ah?$/;
// An article written joined to its noun ("Alqaeda", "Elbaradei"), never before another article.
const JOINED_ARTICLE = /^(?:al|el)(?=[^aeioul])(.{4,})$/;

/** Parse a name as written in a document or a list. */
export function parseName(raw: string): NameForm {
  const cleaned = stripListMarks(raw);
  const { text, inverted } = unInvert(cleaned, isOrgWord);
  const acronym = acronymLetters(cleaned);
  const all = splitCompounds(foldWords(text));
  const honorifics: string[] = [];
  const kunyas: PhoneticWord[] = [];
  const kept: { text: string; role: NameWord["role"] }[] = [];
  const initialsOf: { letter: string; kind: "word" | "article" | "connector" }[] = [];
  let filiation = false;
  let kunyaNext = false;
  let connected = false;
  for (let i = 0; i < all.length; i++) {
    const w = all[i];
    const next = all[i + 1];
    const afterArticle = i > 0 && ARTICLES.has(all[i - 1]);
    if (next !== undefined && ARTICLES.has(w) && !ARTICLES.has(next)) {
      initialsOf.push({ letter: w[0], kind: "article" });
    } else if (CONNECTORS.has(w) && all.length > 1) {
      initialsOf.push({ letter: w[0], kind: "connector" });
      connected ||= PHRASE_CONNECTORS.has(w) && kept.length > 0;
    } else if (HONORIFICS.has(w) && all.length > 1) {
      honorifics.push(w);
    } else if (KUNYA_MARKERS.has(w) && next !== undefined) {
      // The kunya is the next kept word, past any article: "Abu al-Layth" → "layth".
      kunyaNext = true;
      initialsOf.push({ letter: w[0], kind: "word" });
    } else if (FILIATION.has(w) && next !== undefined && (w !== "b" || kept.length > 0)) {
      // "Bin Ladin" alone is "Ladin", as in "Usama bin Ladin"; a lone "b" first is an initial.
      filiation = true;
      initialsOf.push({ letter: w[0], kind: "connector" });
    } else {
      const role = kunyaNext ? "kunya" : afterArticle && /i$/.test(w) ? "nisba" : "name";
      if (kunyaNext) kunyas.push(phoneticWord(w));
      kunyaNext = false;
      kept.push({ text: w, role });
      initialsOf.push({ letter: w[0], kind: "word" });
    }
  }
  const words = kept.map(({ text: t, role }) => {
    const p = phoneticWord(t);
    return {
      text: t,
      role,
      ...p,
      common: COMMON.has(p.vowels),
      generic: GENERIC.has(p.vowels),
      label: LABELS.has(p.vowels),
    };
  });
  const shape = shapeOf(words, honorifics, kunyas.length > 0 || filiation || inverted, acronym || connected);
  return {
    raw,
    folded: all.join(" "),
    words,
    honorifics,
    kunyas,
    acronym,
    initials: words.length > 1 ? initialsFrom(initialsOf) : [],
    joined: phoneticWord(words.map((w) => w.text).join("")),
    shape,
  };
}

/** "Abdul Rahman", "Abdurrahman", "Abd al-Rahman" → "abdrahman"; "Alqaeda" → "al qaeda". */
function splitCompounds(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const joined = ABD_JOINED.exec(w);
    if (ABD_ALONE.test(w) || joined) {
      let rest = joined ? joined[2] : undefined;
      if (!rest) {
        while (i + 1 < words.length && ARTICLES.has(words[i + 1])) i++;
        rest = words[++i];
      }
      out.push(rest ? `abd${ALLAH.test(rest) ? "lah" : rest.replace(/^(.)\1/, "$1")}` : "abd");
      continue;
    }
    const article = JOINED_ARTICLE.exec(w);
    const previous = out[out.length - 1];
    if (article && w.length >= 7 && (previous === undefined || !ARTICLES.has(previous))) out.push("al", article[1]);
    else out.push(w);
  }
  return out;
}

/** Whether a folded word makes a name an organization's ("Front", "Islamic"). */
export function isOrgWord(word: string): boolean {
  return ORG_HEADS.has(word) || ORG_COMMON_WORDS.has(word);
}

/** Organization heads decide; then marks of a person's name; then acronyms and phrases ("X in Iraq"). */
function shapeOf(words: NameWord[], honorifics: string[], personMarks: boolean, groupMarks: unknown): NameShape {
  if (words.some((w) => HEADS.has(w.vowels))) return "organization";
  if (personMarks || honorifics.some((h) => PERSON_TITLES.has(h))) return "person";
  if (groupMarks || words.some((w) => w.generic)) return "organization";
  return "unknown";
}

/** Acronyms from initials: of the significant words, and with articles and/or connectors too. */
function initialsFrom(parts: { letter: string; kind: "word" | "article" | "connector" }[]): string[] {
  const pick = (kinds: string[]) =>
    parts
      .filter((p) => kinds.includes(p.kind))
      .map((p) => p.letter)
      .join("");
  return [
    ...new Set([
      pick(["word"]),
      pick(["word", "article"]),
      pick(["word", "connector"]),
      pick(["word", "article", "connector"]),
    ]),
  ];
}
