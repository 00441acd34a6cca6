/**
 * Known actors by longest match against the gazetteer: "Islamic Movement of Uzbekistan",
 * "Tehrik-i-Taliban Pakistan", "Kabul". A country becomes an actor or a place by its context
 * (see country-role.ts).
 */
import { FUNCTION_WORDS, NEVER_NAMES, ORG_HEADS } from "../../lexicon/name-words.js";

// Lower-case words that still open a name: articles ("al Qaeda") and filiation ("bin Laden").
const ARTICLES = new Set(["al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "bin", "ibn"]);

import type { Mention } from "../../types.js";
import type { NameLexicon } from "../names.js";
import { countryMention } from "./country-role.js";
import { adjacent, isAcronym, lowerWord, phraseKey, unbroken } from "./phrases.js";
import type { SentenceView } from "./sentence-view.js";

export interface GazetteerPass {
  /** First pass: leave a country to the shape rules when it is part of a longer name. */
  deferCountriesInNames: boolean;
}

export function gazetteerMentions(
  text: string,
  view: SentenceView,
  lexicon: NameLexicon,
  pass: GazetteerPass,
): Mention[] {
  const { words, claimed } = view;
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    // "al Qaeda", "el Mahdi": an article written apart still opens the name.
    const article =
      !!first &&
      ARTICLES.has(first.text) &&
      !!words[i + 1]?.capitalized &&
      adjacent(text, first, words[i + 1] as typeof first);
    if (!first || claimed[i] || !(first.capitalized || article)) continue;
    for (let j = Math.min(words.length, i + lexicon.maxWords); j > i; j--) {
      const last = words[j - 1];
      if (!last || !(last.capitalized || isAcronym(last.text)) || !unbroken(text, words, i, j)) continue;
      const key = phraseKey(text, words, i, j);
      if (j === i + 1 && NEVER_NAMES.has(key)) continue;
      const hits = lexicon.lookup(key, text.slice(first.start, last.end));
      const hit = hits[0];
      if (!hit) continue;
      // "Police Service of Northern Ireland": a place inside a longer name, or right after a
      // capitalised word of the same name, is left whole to the shape rules; its own tail
      // ("Ireland") is no place of its own either.
      if (
        pass.deferCountriesInNames &&
        hit.type === "location" &&
        (insideLongerName(text, view, i, j) || extendsLeft(text, view, i, lexicon))
      ) {
        i = j - 1;
        break;
      }
      // "National Islamic Front" is not the "Islamic Front": a known name right after another
      // capitalised word may be the tail of a longer one, which the shape rules read whole.
      if (pass.deferCountriesInNames && hit.type !== "location" && extendsLeft(text, view, i, lexicon)) break;
      // "Islamic Jihad Organization" is not "Islamic Jihad": an organization's name going on
      // with another head word is read whole by the shape rules.
      if (pass.deferCountriesInNames && hit.type === "organization" && extendsRight(text, view, j)) break;
      // "Abu Talha" is known, but "Abu Talha al-Almani" is someone else: a person's name that
      // goes on is left whole to the shape rules.
      if (hit.type === "person" && continuesName(text, view, j)) continue;
      const mention = countryMention(text, view, i, j, hit) ?? {
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        type: hit.type,
        kind: isAcronym(last.text) && j === i + 1 ? "acronym" : "name",
        source: "gazetteer",
        canonical: hit.name,
        key: `gaz:${hit.id}`,
      };
      out.push(mention);
      const endWord = words.findIndex((w) => w.start >= mention.end);
      for (let k = i; k < (endWord < 0 ? words.length : endWord); k++) claimed[k] = true;
      i = (endWord < 0 ? words.length : endWord) - 1;
      break;
    }
  }
  return out;
}

/** "Movement of Uzbekistan", "Palestine Liberation Organization": the country is a name's part. */
function insideLongerName(text: string, view: SentenceView, i: number, j: number): boolean {
  const { words } = view;
  // "Armed Forces of the Philippines": look past an article.
  const article = lowerWord(words[i - 1]) === "the" ? 1 : 0;
  const prev = words[i - 1 - article];
  const prevPrev = words[i - 2 - article];
  if (
    prev &&
    prevPrev &&
    ["of", "in", "for"].includes(lowerWord(prev)) &&
    adjacent(text, prev, words[i - article] as (typeof words)[number])
  ) {
    // Walk back over the name before "of": "Popular Front for the Liberation of Arabia".
    for (let k = i - 2 - article; k >= Math.max(0, i - 8); k--) {
      const w = words[k];
      const after = words[k + 1];
      if (!w || !after || !adjacent(text, w, after)) break;
      const lw = lowerWord(w);
      if (ORG_HEADS.has(lw)) return true;
      if (!w.capitalized && !["of", "the", "for", "and"].includes(lw)) break;
    }
  }
  // "Palestine Liberation Organization", but not "US Secretary" or "Iraq Syria".
  for (let k = j; k < Math.min(words.length, j + 4); k++) {
    const w = words[k];
    const before = words[k - 1];
    if (!w || !before || !w.capitalized || !unbroken(text, view.words, k - 1, k + 1)) return false;
    if (ORG_HEADS.has(lowerWord(w))) return true;
  }
  return false;
}

/** The word after a name continues it: "Abu Talha al-Almani", "Ahmed Shah Massoud". */
function continuesName(text: string, view: SentenceView, j: number): boolean {
  const next = view.words[j];
  const last = view.words[j - 1];
  return !!(next && last && next.capitalized && adjacent(text, last, next) && !NEVER_NAMES.has(lowerWord(next)));
}

function extendsLeft(text: string, view: SentenceView, i: number, lexicon: NameLexicon): boolean {
  const prev = view.words[i - 1];
  const first = view.words[i];
  if (!prev || !first || !prev.capitalized || !adjacent(text, prev, first) || view.claimed[i - 1]) return false;
  if (i - 1 === 0 && view.pos[0] !== "PROPN") return false;
  const lw = lowerWord(prev);
  if (
    FUNCTION_WORDS.has(lw) ||
    NEVER_NAMES.has(lw) ||
    /^(?:former|late|then|new|old|current|future|acting|slain)$/u.test(lw)
  )
    return false;
  return !lexicon.demonym(prev.text) && lexicon.lookup(lw, prev.text).length === 0;
}

function extendsRight(text: string, view: SentenceView, j: number): boolean {
  const next = view.words[j];
  const last = view.words[j - 1];
  return !!(
    next &&
    last &&
    next.capitalized &&
    !view.claimed[j] &&
    adjacent(text, last, next) &&
    ORG_HEADS.has(lowerWord(next))
  );
}
