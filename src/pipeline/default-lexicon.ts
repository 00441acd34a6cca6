/**
 * The name lexicon the default pipeline uses: the shipped gazetteer seen through the narrow
 * NameLexicon interface, built once per process.
 */
import { type GazetteerEntry, loadGazetteer } from "../lexicon/gazetteer/index.js";
import type { KnownActor, NameLexicon } from "./names.js";
import { normalizeName } from "./names.js";

/** Longest name the matcher tries, in words: longer gazetteer forms are rare and slow the scan. */
const MAX_WORDS = 9;

let cached: NameLexicon | null = null;

export function defaultLexicon(): NameLexicon {
  cached ??= build();
  return cached;
}

function toActor(e: GazetteerEntry): KnownActor {
  return { id: e.id, name: e.name, type: e.type, kind: e.kind };
}

/** Where a form names several entries, a country wins, then a curated entry, then organizations. */
function rank(e: GazetteerEntry): number {
  if (e.kind === "country") return 0;
  const curated = e.source.includes("supplement") || e.source === "hand" ? 0 : 2;
  return 1 + curated + (e.type === "organization" ? 0 : e.type === "person" ? 1 : 2);
}

function build(): NameLexicon {
  const gazetteer = loadGazetteer();
  const givenNames = new Set<string>();
  for (const e of gazetteer.entries) {
    if (e.type !== "person") continue;
    const first = e.name.split(" ")[0] ?? "";
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(first)) givenNames.add(normalizeName(first));
  }
  const memo = new Map<string, readonly KnownActor[]>();
  return {
    lookup(form, text) {
      const key = text === undefined ? form : `${form}\u0000${text}`;
      let hit = memo.get(key);
      if (!hit) {
        const entries = text === undefined ? gazetteer.lookup(form) : gazetteer.find(text);
        hit = [...entries].sort((a, b) => rank(a) - rank(b)).map(toActor);
        memo.set(key, hit);
      }
      return hit;
    },
    maxWords: Math.min(MAX_WORDS, gazetteer.maxFormWords),
    demonym(word) {
      const e = gazetteer.demonyms.get(normalizeName(word));
      return e ? toActor(e) : undefined;
    },
    isGivenName: (word) => givenNames.has(normalizeName(word)),
  };
}
