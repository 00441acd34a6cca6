/**
 * Countries named through their people or adjective:
 *   "the Pakistani army", "Saudi government"      → the state, as an actor (span covers both)
 *   "American and Israeli officials"              → both states
 *   "Egyptian President Mohamed Morsi"            → the state, so "X President Y" reads as a role
 *   "Saudi aid", "American weapons"               → the state, as the giver
 *   "Iranian-backed"                              → the state, acting
 *   "Syrian rebels", "the Afghan mujahideen"      → a non-state group of that country
 *   "the Saudis joined the coalition"             → the state (see state-actors.ts)
 *   "the Uzbeks", "the Saudi"                     → descriptors, resolved by coreference
 * A demonym used as a plain adjective ("a Saudi construction magnate") is no mention.
 */

import { GROUP_NOUNS, ROLE_WORDS, SUPPORT_NOUNS } from "../../lexicon/group-nouns.js";
import { QUANTIFIERS } from "../../lexicon/institutions.js";
import type { Mention } from "../../types.js";
import type { KnownActor, NameLexicon } from "../names.js";
import { institutionAfter } from "./country-role.js";
import { lowerWord } from "./phrases.js";
import type { SentenceView } from "./sentence-view.js";
import type { Word } from "./words.js";

export function demonymMentions(text: string, view: SentenceView, lexicon: NameLexicon): Mention[] {
  const { words, claimed } = view;
  const out: Mention[] = [];
  const state = (from: Word, to: Word, country: KnownActor): Mention => ({
    start: from.start,
    end: to.end,
    text: text.slice(from.start, to.end),
    type: "organization",
    kind: "name",
    source: "state-institution",
    canonical: country.name,
    key: `gaz:${country.id}`,
  });
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (claimed[i] || !w.capitalized) continue;
    // "Sri Lankan", "South African": two words naming one country's people.
    const next = words[i + 1];
    const pair =
      next?.capitalized && !claimed[i + 1] && next.start - w.end === 1
        ? lexicon.demonym(`${w.text} ${next.text}`)
        : undefined;
    const country = pair ?? lexicon.demonym(w.text);
    // "Philippines" is a demonym's plural and the country's name: the name wins.
    if (!country || (!pair && lexicon.lookup(lowerWord(w), w.text).length > 0)) continue;
    const width = pair ? 2 : 1;
    const end = words[i + width - 1] as Word;
    const after = i + width;
    const inst = end.possessive ? 0 : institutionAfter(view, after);
    const group = end.possessive ? 0 : groupAfter(view, after);
    if (end.suffix || isRoleWord(view, after) || coordinatedWithState(view, i, lexicon)) {
      out.push(state(w, end, country));
      for (let k = i; k < after; k++) claimed[k] = true;
      i = after - 1;
    } else if (inst > 0) {
      out.push(state(w, words[after - 1 + inst] ?? end, country));
      for (let k = i; k < after + inst; k++) claimed[k] = true;
      i = after - 1 + inst;
    } else if (group > 0) {
      const last = words[after - 1 + group] ?? end;
      const noun = GROUP_NOUNS.get(lowerWord(words[after])) ?? "group";
      out.push({
        start: w.start,
        end: last.end,
        text: text.slice(w.start, last.end),
        type: "organization",
        kind: "name",
        source: "demonym-group",
        key: `group:${country.id}:${noun}`,
      });
      for (let k = i; k < after + group; k++) claimed[k] = true;
      i = after - 1 + group;
    } else if (width === 1) {
      const d = descriptor(text, view, i, country);
      if (d) {
        out.push(d);
        claimed[i] = true;
      }
    }
  }
  return out;
}

/** "the Saudi" (a person), "the Uzbeks" (a people, a state or a group), unless an adjective. */
function descriptor(text: string, view: SentenceView, i: number, country: KnownActor): Mention | null {
  const { words, pos } = view;
  const w = words[i] as Word;
  const prev = lowerWord(words[i - 1]);
  const nextPos = pos[i + 1] ?? "PUNCT";
  const nextIsNoun =
    (nextPos === "NOUN" || nextPos === "PROPN" || nextPos === "ADJ") && (words[i + 1]?.start ?? 0) - w.end <= 1;
  if (nextIsNoun || QUANTIFIERS.has(prev) || /^\d/.test(prev)) return null;
  const plural = /s$|ese$/i.test(w.text) && w.text.toLowerCase() !== country.name.toLowerCase();
  if (prev !== "the" && !plural) return null;
  const start = prev === "the" ? (words[i - 1]?.start ?? w.start) : w.start;
  return {
    start,
    end: w.end,
    text: text.slice(start, w.end),
    type: plural ? "organization" : "person",
    kind: "descriptor",
    source: plural ? "demonym-plural" : "demonym-singular",
    canonical: country.name,
    key: `gaz:${country.id}`,
  };
}

/** Words after `j` naming a non-state group: "rebels", "opposition", "mujahideen". */
function groupAfter(view: SentenceView, j: number): number {
  const first = lowerWord(view.words[j]);
  if (!GROUP_NOUNS.has(first)) return 0;
  return 1;
}

/** "Egyptian President Mohamed Morsi", "Israeli prime minister Ehud Barak". */
function isRoleWord(view: SentenceView, j: number): boolean {
  const one = lowerWord(view.words[j]);
  const two = `${one} ${lowerWord(view.words[j + 1])}`;
  return ROLE_WORDS.has(two) || ROLE_WORDS.has(one) || SUPPORT_NOUNS.has(one);
}

/** "American and Israeli officials": the first demonym shares the second's institution. */
function coordinatedWithState(view: SentenceView, i: number, lexicon: NameLexicon): boolean {
  const { words } = view;
  if (lowerWord(words[i + 1]) !== "and") return false;
  const other = words[i + 2];
  if (!other || !lexicon.demonym(other.text)) return false;
  return institutionAfter(view, i + 3) > 0 || isRoleWord(view, i + 3);
}
