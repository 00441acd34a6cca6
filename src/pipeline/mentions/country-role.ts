/**
 * A country named in prose is either a place ("traveled from Pakistan to Sudan") or an actor
 * ("Pakistan backed the rebels", "the Pakistani army"). Both are mentions of the same country
 * (one key), told apart by type so the graph keeps the state and the territory distinct.
 */
import { SUPPORT_NOUNS } from "../../lexicon/group-nouns.js";
import { LOCATIVE_PREPOSITIONS, STATE_INSTITUTIONS } from "../../lexicon/institutions.js";
import type { Mention } from "../../types.js";
import type { KnownActor } from "../names.js";
import { lowerWord } from "./phrases.js";
import type { SentenceView } from "./sentence-view.js";
import type { Word } from "./words.js";

const INSTITUTIONS = STATE_INSTITUTIONS.map((s) => s.split(" "));
const PLACE_NOUNS = new Set([
  "border",
  "borders",
  "frontier",
  "boundary",
  "region",
  "regions",
  "area",
  "areas",
  "coast",
  "territory",
  "soil",
  "province",
  "provinces",
  "countryside",
  "capital",
  "cities",
  "city",
  "villages",
  "mountains",
]);
const ACTOR_NOUNS = new Set([
  ...STATE_INSTITUTIONS.filter((s) => !s.includes(" ")),
  "king",
  "president",
  "leader",
  "leaders",
  "ruler",
  "rulers",
  "ally",
  "allies",
  "enemy",
  "enemies",
  "support",
  "backing",
  "help",
  "intervention",
  "invasion",
  "position",
  "policy",
  "interests",
  "agents",
  "emir",
  "prime",
  "minister",
  "ambassador",
  "envoy",
  "representatives",
  "delegation",
  "proxy",
  "proxies",
  "client",
  "patron",
]);

/** Number of words after position `j` that name a state institution ("security forces" → 2). */
export function institutionAfter(view: SentenceView, j: number): number {
  for (const parts of INSTITUTIONS) {
    if (parts.every((p, k) => lowerWord(view.words[j + k]) === p)) return parts.length;
  }
  // One modifier may come between: "counter-terrorism officials", "security officials".
  const modifier = view.words[j];
  if (
    modifier &&
    !modifier.capitalized &&
    (modifier.text.includes("-") || INSTITUTION_MODIFIERS.has(lowerWord(modifier)))
  ) {
    for (const parts of INSTITUTIONS) {
      if (parts.every((p, k) => lowerWord(view.words[j + 1 + k]) === p)) return parts.length + 1;
    }
  }
  return 0;
}

const INSTITUTION_MODIFIERS = new Set([
  "security",
  "military",
  "intelligence",
  "government",
  "federal",
  "senior",
  "top",
  "local",
  "border",
  "naval",
  "defense",
  "defence",
  "elite",
  "regular",
  "special",
]);

export function isCountry(actor: KnownActor): boolean {
  return actor.kind === "country";
}

/** The mention of country `hit` at words `[i, j)`, typed by its role; null when `hit` is no country. */
export function countryMention(
  text: string,
  view: SentenceView,
  i: number,
  j: number,
  hit: KnownActor,
): Mention | null {
  if (!isCountry(hit)) return null;
  const { words } = view;
  const first = words[i];
  const lastName = words[j - 1];
  if (!first || !lastName) return null;
  const inst = lastName.possessive ? 0 : institutionAfter(view, j);
  const last = words[j - 1 + inst] ?? lastName;
  const role = inst > 0 ? "organization" : countryRole(view, i, j);
  return {
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    type: role,
    kind: "name",
    source: inst > 0 ? "state-institution" : `country-as-${role === "location" ? "place" : "actor"}`,
    canonical: hit.name,
    key: `gaz:${hit.id}`,
  };
}

/**
 * "in Pakistan", "from Sudan to Yemen", "from Egypt, Jordan and Libya" are places; "Pakistan
 * supported", "invaded Kuwait", "funded by Iran", "ties with Iran" are actors. After a locative
 * preposition (which a list's later items share) a country is a place, unless used attributively
 * ("at the U.S. air base"); elsewhere it acts.
 */
export function countryRole(view: SentenceView, i: number, j: number): "organization" | "location" {
  const start = listStart(view, i);
  const prev = lowerWord(view.words[start - 1] ?? undefined);
  const prevPrev = lowerWord(view.words[start - 2] ?? undefined);
  // "the government of Iran", "the king of Jordan", "an ally of Syria" name the state.
  if (prev === "of" && ACTOR_NOUNS.has(prevPrev)) return "organization";
  // "assistance from the United States", "funded by Iran": the giver is the state.
  if ((prev === "from" || prev === "by") && (SUPPORT_NOUNS.has(prevPrev) || ACTOR_NOUNS.has(prevPrev)))
    return "organization";
  // "King Faisal of Jordan", "the Kingdom of Saudi Arabia": a name of the state's own.
  if (prev === "of" && view.words[start - 2]?.capitalized) return "organization";
  // "the border with Pakistan", "the Afghanistan-Pakistan border region": the territory.
  if ((prev === "with" && PLACE_NOUNS.has(prevPrev)) || PLACE_NOUNS.has(lowerWord(view.words[j]))) return "location";
  const locative = LOCATIVE_PREPOSITIONS.has(prev) || (prev === "the" && LOCATIVE_PREPOSITIONS.has(prevPrev));
  if (!locative) return "organization";
  // "the U.S. air base", "Pakistani security forces": a country used attributively is the state.
  const next = view.words[j];
  const nextPos = view.pos[j] ?? "";
  if (
    next &&
    !next.capitalized &&
    (nextPos === "NOUN" || nextPos === "ADJ") &&
    next.start - (view.words[j - 1]?.end ?? 0) <= 1
  ) {
    return "organization";
  }
  return "location";
}

/** First word of the list a name stands in: "from Egypt, Jordan and Libya" → "Egypt". */
function listStart(view: SentenceView, i: number): number {
  const { words } = view;
  let start = i;
  for (let guard = 0; guard < 20; guard++) {
    if (lowerWord(words[start - 1]) === "the") start--;
    const before = words[start - 1];
    const cur = words[start];
    if (!before || !cur) break;
    const comma = /^\s*,\s*$/u.test(view.text.slice(before.end, cur.start));
    const conj = ["and", "or"].includes(lowerWord(before));
    if (!comma && !conj) break;
    let k = conj ? start - 2 : start - 1;
    if (conj && !/^\s*,?\s*$/u.test(view.text.slice((words[k] as Word | undefined)?.end ?? 0, before.start))) break;
    if (!words[k]?.capitalized) break;
    while (
      k > 0 &&
      words[k - 1]?.capitalized &&
      /^\s+$/u.test(view.text.slice((words[k - 1] as Word).end, (words[k] as Word).start))
    )
      k--;
    start = k;
  }
  return start;
}
