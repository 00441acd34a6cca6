/**
 * Names the gazetteer does not know, found by their shape: runs of capitalised words with the
 * small words names allow inside ("Abu al-Walid al-Misri", "Islamic Movement of Uzbekistan",
 * "Jabhat al-Nusra", "Rami Makanesi"), typed by their head, opener or title.
 */
import {
  FUNCTION_WORDS,
  NAME_CONNECTORS,
  NEVER_NAMES,
  NON_ACTOR_HEADS,
  ORG_CONNECTORS,
  ORG_HEADS,
  ORG_OPENERS,
  PERSON_OPENERS,
  PERSON_TITLES,
  PLACE_HEADS,
} from "../../lexicon/name-words.js";
import type { EntityType, Mention } from "../../types.js";
import type { NameLexicon } from "../names.js";
import { adjacent, isAcronym, lowerWord } from "./phrases.js";
import type { SentenceView } from "./sentence-view.js";
import type { Word } from "./words.js";

const ARTICLE_WORD = /^(?:al|el|ad|an|ar|as|ash|at|az)[-‐]/iu;
const LEADING_MODIFIERS = new Set([
  "suspected",
  "alleged",
  "former",
  "late",
  "then",
  "current",
  "future",
  "young",
  "veteran",
  "acting",
  "slain",
  "jailed",
  "exiled",
  "notorious",
  "so-called",
  "self-styled",
  "elusive",
  "radical",
  "militant",
  "rival",
  "powerful",
  "influential",
  "prominent",
  "senior",
  "top",
  "deputy",
]);
/** Offices and departments stripped from the front of a person's name (religious titles stay: "Mullah Omar"). */
const OFFICE_WORDS = new Set([
  "president",
  "vice",
  "prime",
  "minister",
  "secretary",
  "representative",
  "senator",
  "congressman",
  "congresswoman",
  "governor",
  "mayor",
  "ambassador",
  "director",
  "chairman",
  "judge",
  "justice",
  "general",
  "colonel",
  "major",
  "captain",
  "lieutenant",
  "admiral",
  "sergeant",
  "agent",
  "special",
  "deputy",
  "chief",
  "defense",
  "defence",
  "state",
  "interior",
  "foreign",
  "treasury",
  "homeland",
  "information",
  "former",
  "late",
  "us",
  "u.s",
  "fbi",
  "cia",
  "egyptian",
  "secretary-general",
  "commander",
  "dr",
  "mr",
  "mrs",
  "ms",
]);
/** "Usama bin Ladin", "Ahmad ibn Hanbal": filiation makes a person's name. */
const FILIATION = new Set(["bin", "ibn", "bint", "ben"]);
/** Names that go on with "in": "al-Qaeda in Iraq", "Islamic State in Iraq". */
const IN_NAME_HEADS = new Set(["qaeda", "qaida", "al qaeda", "al qaida", "al qa ida", "state", "jihad"]);

const ENGLISH_LOOKALIKES = new Set(["at", "as", "an", "ad"]);

/**
 * Titles written in lower case before a single name make it a person's: "Egyptian president
 * Mubarak", "the group's emir Abdelmalek". Words that are also adjectives ("major", "general")
 * are left out: "a major Hezbollah operation".
 */
const LOWERCASE_TITLES = new Set([
  ...[...PERSON_TITLES].filter(
    (t) => !/^(?:general|major|prime|justice|judge|secretary|agent|cardinal|[dm]rs?\.?|ms\.?)$/u.test(t),
  ),
  "premier",
  "dictator",
  "ruler",
]);

/** Find name-shaped runs among the words no earlier finder claimed. */
export function nameShapeMentions(text: string, view: SentenceView, lexicon: NameLexicon): Mention[] {
  const { words, claimed } = view;
  const out: Mention[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    // A sentence's first word is capitalised anyway: it starts a name only if tagged a proper noun.
    const opener = i === 0 && view.pos[0] !== "PROPN" && !isAcronym(w.text);
    if (claimed[i] || !w.capitalized || FUNCTION_WORDS.has(lowerWord(w)) || opener) {
      i++;
      continue;
    }
    const j = runEnd(text, view, i);
    const mention = classify(text, view, i, j, lexicon);
    // In a title every word is capitalised: a name there counts only when the text names it too
    // ("The FARC and the ELN" over a note about both, never "A Longstanding Antagonism").
    if (mention && (!view.heading || namedOutside(text, view, mention))) {
      out.push(mention);
      for (let k = i; k < j; k++) claimed[k] = true;
    }
    i = j;
  }
  return out;
}

/** End (exclusive) of the run of name words starting at `i`. */
function runEnd(text: string, view: SentenceView, i: number): number {
  const { words, claimed } = view;
  let j = i + 1;
  let orgSoFar = isOrgWord(words[i]);
  while (j < words.length && !claimed[j]) {
    const prev = words[j - 1] as Word;
    const w = words[j] as Word;
    if (!adjacent(text, prev, w) && !possessiveInName(text, view, j)) break;
    const lw = lowerWord(w);
    // A capitalised verb ends a title-case run: "Bin Ladin Moves to Sudan".
    // …unless an organization's head word follows: "Indian Peace Keeping Force".
    const verb = view.pos[j] === "VERB" && !isOrgWord(w) && !isOrgWord(words[j + 1]);
    if (w.capitalized && !FUNCTION_WORDS.has(lw) && !verb) {
      orgSoFar ||= isOrgWord(w);
      j++;
      continue;
    }
    // A connector only joins when a capitalised word follows it within two words.
    const connector =
      NAME_CONNECTORS.has(lw) ||
      (lw === "and" && !orgSoFar) ||
      (lw === "in" && IN_NAME_HEADS.has(lowerWord(prev))) ||
      // "Republican Action Against Drugs", "Citizens Against Terror": only a group's name goes on so.
      lw === "against" ||
      (ORG_CONNECTORS.has(lw) && lw !== "and" && lw !== "in" && (orgSoFar || lw === "of"));
    if (!connector) break;
    let k = j + 1;
    while (k < words.length && k < j + 3 && !(words[k] as Word).capitalized) {
      const lk = lowerWord(words[k]);
      if (
        !(NAME_CONNECTORS.has(lk) || ORG_CONNECTORS.has(lk)) ||
        !adjacent(text, words[k - 1] as Word, words[k] as Word)
      )
        break;
      k++;
    }
    const after = words[k];
    if (!after || claimed[k] || !after.capitalized || !adjacent(text, words[k - 1] as Word, after)) break;
    // Articles that are English words too ("at", "as", "an", "ad") join only right before a
    // name word: "Jaysh at Tawhid", never "the Center at the Farouq Mosque".
    if (ENGLISH_LOOKALIKES.has(lw) && k !== j + 1) break;
    // "of" joins only an organization name ("Movement of Uzbekistan", "Sons of the River Front").
    if (lw === "of" && !orgSoFar && !endsWithOrgHead(view, k)) break;
    // "Popular Arab and Islamic Conference", never "Hezbollah and Hamas" or "X and the Y".
    if (lw === "and" && (k !== j + 1 || !endsWithOrgHead(view, k))) break;
    j = k;
  }
  return j;
}

/** Owners named inside an organization's name: "Kurdistan Workers' Party", "People's Protection Units". */
const OWNERS_IN_NAMES = new Set([
  "people",
  "workers",
  "women",
  "children",
  "martyrs",
  "toilers",
  "peasants",
  "farmers",
  "students",
  "youth",
  "nation",
  "citizens",
  "mujahideen",
  "god",
  "allah",
]);

/** Word `j` goes on a name past a possessive: "Workers' Party", never "Hezbollah's Secretary". */
function possessiveInName(text: string, view: SentenceView, j: number): boolean {
  const prev = view.words[j - 1] as Word;
  const w = view.words[j] as Word;
  return (
    prev.possessive &&
    w.capitalized &&
    OWNERS_IN_NAMES.has(lowerWord(prev)) &&
    /^['’]s?\s$/u.test(text.slice(prev.end, w.start)) &&
    endsWithOrgHead(view, j)
  );
}

function isOrgWord(w: Word | undefined): boolean {
  const lw = lowerWord(w);
  return ORG_HEADS.has(lw) || ORG_OPENERS.has(lw.split(" ")[0] ?? "");
}

function endsWithOrgHead(view: SentenceView, k: number): boolean {
  for (let m = k; m < Math.min(view.words.length, k + 4); m++) {
    const w = view.words[m];
    if (!w?.capitalized) return false;
    if (ORG_HEADS.has(lowerWord(w))) return true;
  }
  return false;
}

function classify(text: string, view: SentenceView, i: number, j: number, lexicon: NameLexicon): Mention | null {
  const words = view.words.slice(i, j);
  // Trailing connectors never end a name.
  while (words.length > 1 && !(words[words.length - 1] as Word).capitalized) words.pop();
  // "Former Hezbollah secretary general", "the late Mullah Omar": modifiers are no part of a name.
  while (words.length > 1 && LEADING_MODIFIERS.has(lowerWord(words[0]))) words.shift();
  // Offices are not part of a name: "President Barack Obama", "Defense Secretary Leon Panetta".
  while (words.length > 2 && OFFICE_WORDS.has(lowerWord(words[0]))) words.shift();
  // "Chief of Army Staff" less its office word is no name: an office is not an actor.
  if (!(words[0] as Word).capitalized) return null;
  const first = words[0] as Word;
  const last = words[words.length - 1] as Word;
  const lowered = words.map((w) => lowerWord(w));
  const head = lowered[lowered.length - 1] ?? "";
  const opener = (lowered[0] ?? "").split(" ")[0] ?? "";
  let type: EntityType | null = null;
  let source = "";
  if (NON_ACTOR_HEADS.has(head) || lowered.some((l) => l === "operation" || l === "war")) return null;
  // A name the gazetteer knows as a whole ("Khartoum" after "… Front in") is left to it.
  if (lexicon.lookup(lowered.join(" "), text.slice(first.start, last.end)).length > 0) return null;
  // "Brigade", "Organization", "Caliphate": a head word alone names nothing in particular.
  if (
    words.length === 1 &&
    (ORG_HEADS.has(lowered[0] ?? "") || PLACE_HEADS.has(lowered[0] ?? "") || NON_ACTOR_HEADS.has(lowered[0] ?? ""))
  )
    return null;
  // "Secretary", "General": a title alone names nobody.
  if (lowered.every((l) => PERSON_TITLES.has(l) || OFFICE_WORDS.has(l))) return null;
  // "Islamist", "Tajik Islamist", "Soviet": adjectives and creeds, not actors.
  // …and their plurals: "Bosnian Islamists", "Afghan Islamists".
  const singular = (l: string) => l.replace(/s$/u, "");
  if (lowered.every((l) => NEVER_NAMES.has(l) || lexicon.demonym(l) || NEVER_NAMES.has(singular(l)))) return null;
  if (PLACE_HEADS.has(head) && words.length > 1 && !ORG_OPENERS.has(opener))
    [type, source] = ["location", "place-shape"];
  else if (lowered.some((l) => ORG_HEADS.has(l) || l === "against") || ORG_OPENERS.has(opener))
    [type, source] = ["organization", "org-shape"];
  else if (PERSON_TITLES.has(opener) || PERSON_OPENERS.has(opener)) [type, source] = ["person", "person-title"];
  else if (words.length >= 2 && words.slice(1).some((w) => ARTICLE_WORD.test(w.text) || FILIATION.has(lowerWord(w))))
    [type, source] = ["person", "arabic-name"];
  else if (words.length >= 2 && lexicon.isGivenName(first.text)) [type, source] = ["person", "given-name"];
  else if (words.length === 1 && isAcronym(first.text)) [type, source] = ["organization", "acronym"];
  else if (words.length === 1 && titledBefore(text, view, first)) [type, source] = ["person", "titled-name"];
  else if (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => w.capitalized || NAME_CONNECTORS.has(lowerWord(w)))
  )
    // People seldom take an article: "the Golden Chain" is a group, "Rami Makanesi" a man.
    [type, source] = /\bthe\s+["“]?$/iu.test(text.slice(Math.max(0, first.start - 6), first.start))
      ? ["organization", "the-name"]
      : ["person", "capitalized-pair"];
  // "al-Shabaab", "al-Nusra" name groups; "al-Baghdadi", "al-Libi" (a nisba in -i) name people.
  else if (words.length === 1 && ARTICLE_WORD.test(first.text) && first.text.length > 5)
    [type, source] = /i$/u.test(first.text) ? ["person", "nisba"] : ["organization", "arabic-article"];
  else if (words.length === 1) [type, source] = [null, "single-word"];
  if (!source) return null;
  return {
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    // A single unknown word ("Makanesi") is kept, untyped, until clustering finds whose short name it is.
    type: type ?? "person",
    kind: words.length === 1 && isAcronym(first.text) ? "acronym" : "name",
    source,
  };
}

/** A lower-case title right before a word: "president Mubarak". */
function titledBefore(text: string, view: SentenceView, w: Word): boolean {
  const at = view.words.indexOf(w);
  const prev = view.words[at - 1];
  return !!prev && !prev.capitalized && LOWERCASE_TITLES.has(prev.text) && adjacent(text, prev, w);
}

function namedOutside(text: string, view: SentenceView, m: Mention): boolean {
  const { start, end } = view.sentence;
  for (let at = text.indexOf(m.text); at >= 0; at = text.indexOf(m.text, at + 1))
    if (at < start || at >= end) return true;
  return false;
}
