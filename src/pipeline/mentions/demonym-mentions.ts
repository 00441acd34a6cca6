/**
 * Countries named through their people or adjective:
 *   "the Pakistani army", "Saudi government"  → the state, as an actor (span covers both words)
 *   "the Saudis joined the coalition"         → the state, as an actor
 *   "the Uzbeks", "the Saudi"                 → descriptors, resolved by coreference
 * A demonym used as a plain adjective ("a Saudi construction magnate") is no mention.
 */
import { QUANTIFIERS } from "../../lexicon/institutions.js";
import type { Mention } from "../../types.js";
import type { NameLexicon } from "../names.js";
import { institutionAfter } from "./country-role.js";
import { lowerWord } from "./phrases.js";
import type { SentenceView } from "./sentence-view.js";

export function demonymMentions(text: string, view: SentenceView, lexicon: NameLexicon): Mention[] {
  const { words, claimed, pos } = view;
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || claimed[i] || !w.capitalized) continue;
    const country = lexicon.demonym(w.text);
    if (!country) continue;
    const key = `gaz:${country.id}`;
    // "Iranian-backed": the state, acting.
    if (w.suffix) {
      out.push({ start: w.start, end: w.end, text: w.text, type: "organization", kind: "name", source: "state-institution", canonical: country.name, key });
      claimed[i] = true;
      continue;
    }
    const inst = w.possessive ? 0 : institutionAfter(view, i + 1);
    if (inst > 0) {
      const last = words[i + inst] ?? w;
      out.push({ start: w.start, end: last.end, text: text.slice(w.start, last.end), type: "organization", kind: "name", source: "state-institution", canonical: country.name, key });
      for (let k = i; k <= i + inst; k++) claimed[k] = true;
      i += inst;
      continue;
    }
    const prev = lowerWord(words[i - 1]);
    const nextPos = pos[i + 1] ?? "PUNCT";
    const nextIsNoun = (nextPos === "NOUN" || nextPos === "PROPN" || nextPos === "ADJ") && (words[i + 1]?.start ?? 0) - w.end <= 1;
    if (nextIsNoun || QUANTIFIERS.has(prev) || /^\d/.test(prev)) continue;
    const plural = /s$|ese$/i.test(w.text) && w.text.toLowerCase() !== country.name.toLowerCase();
    if (prev !== "the" && !plural) continue;
    const start = prev === "the" ? (words[i - 1]?.start ?? w.start) : w.start;
    out.push({
      start,
      end: w.end,
      text: text.slice(start, w.end),
      type: plural ? "organization" : "person",
      kind: "descriptor",
      source: plural ? "demonym-plural" : "demonym-singular",
      canonical: country.name,
      key,
    });
    claimed[i] = true;
  }
  return out;
}
