/**
 * Known actors by longest match against the gazetteer: "Islamic Movement of Uzbekistan",
 * "Tehrik-i-Taliban Pakistan", "Kabul". A country becomes an actor or a place by its context
 * (see country-role.ts).
 */
import { NEVER_NAMES } from "../../lexicon/name-words.js";
import type { Mention } from "../../types.js";
import type { NameLexicon } from "../names.js";
import { countryMention } from "./country-role.js";
import { isAcronym, phraseKey, unbroken } from "./phrases.js";
import type { SentenceView } from "./sentence-view.js";

export function gazetteerMentions(text: string, view: SentenceView, lexicon: NameLexicon): Mention[] {
  const { words, claimed } = view;
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    if (!first || claimed[i] || !first.capitalized) continue;
    for (let j = Math.min(words.length, i + lexicon.maxWords); j > i; j--) {
      const last = words[j - 1];
      if (!last || !(last.capitalized || isAcronym(last.text)) || !unbroken(text, words, i, j)) continue;
      const key = phraseKey(words, i, j);
      if (j === i + 1 && NEVER_NAMES.has(key)) continue;
      const hits = lexicon.lookup(key);
      const hit = hits[0];
      if (!hit) continue;
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
