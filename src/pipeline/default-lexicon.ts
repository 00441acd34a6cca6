/**
 * The name lexicon the default pipeline uses, built once per process from the gazetteer data.
 */
import { readFileSync } from "node:fs";
import type { KnownActor, NameLexicon } from "./names.js";
import { normalizeName } from "./names.js";

interface CountryRow {
  iso3: string;
  name: string;
  aliases: string[];
  demonyms: string[];
}

let cached: NameLexicon | null = null;

export function defaultLexicon(): NameLexicon {
  cached ??= build();
  return cached;
}

function build(): NameLexicon {
  const byForm = new Map<string, KnownActor[]>();
  const demonyms = new Map<string, KnownActor>();
  let maxWords = 1;
  const add = (form: string, actor: KnownActor) => {
    const k = normalizeName(form);
    if (!k) return;
    maxWords = Math.max(maxWords, k.split(" ").length);
    const list = byForm.get(k) ?? [];
    if (!list.some((a) => a.id === actor.id)) list.push(actor);
    byForm.set(k, list);
  };
  const data = JSON.parse(readFileSync(new URL("../lexicon/gazetteer/supplement-countries.json", import.meta.url), "utf8")) as { countries: CountryRow[] };
  for (const c of data.countries) {
    const actor: KnownActor = { id: c.iso3, name: c.name, type: "location", kind: "country" };
    for (const f of [c.name, ...c.aliases]) add(f, actor);
    for (const d of c.demonyms) {
      demonyms.set(normalizeName(d), actor);
      demonyms.set(`${normalizeName(d)}s`, actor);
    }
  }
  return {
    lookup: (n) => byForm.get(n) ?? [],
    maxWords,
    demonym: (w) => demonyms.get(normalizeName(w)),
    isGivenName: () => false,
  };
}
