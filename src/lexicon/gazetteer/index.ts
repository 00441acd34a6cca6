/**
 * Gazetteers of real actors — armed groups and other organizations, people with their offices,
 * countries, cities and regions — built from the Phoenix actor dictionaries and hand-written
 * supplements by scripts/build-gazetteer.mjs (sources and licences: ATTRIBUTION.md).
 *
 * The data files are read with readFileSync beside this module, so the build must copy
 * src/lexicon/gazetteer/*.json into dist/ (tsc copies only JSON that is imported).
 *
 *   const g = loadGazetteer();
 *   g.find("Hizballah")                  // → [Hezbollah]
 *   g.lookup(normalizeName("al-Qa`ida")) // → [al-Qaeda]
 *   g.demonyms.get("pakistanis")         // → Pakistan
 */
import type { EntityType } from "../../types.js";
import { CATEGORY_FILES, type CategoryData, type GazetteerEntry, readCategory } from "./entries.js";
import { foldName, normalizeName } from "./normalize.js";

export type { DatedCode, GazetteerEntry } from "./entries.js";
export { foldName, normalizeName } from "./normalize.js";

export interface Gazetteer {
  /** Entries with a name or alias whose normal form is `form` (already normalized). */
  lookup(form: string): readonly GazetteerEntry[];
  /**
   * Entries for a span of text as written. Forms made only of common English words ("US",
   * "Direct Action", "Nice") match only when the text has the casing of one of the entry's names.
   */
  find(text: string): readonly GazetteerEntry[];
  /** True for forms made only of common English words: accept them only with exact casing. */
  isCaseSensitive(form: string): boolean;
  /** Every normalized surface form, for building a matcher (unordered). */
  readonly forms: readonly string[];
  /** The most words in any form: the longest window a matcher needs. */
  readonly maxFormWords: number;
  /** Normalized demonym, adjective or plural → its country: "pakistani", "saudis", "uzbek". */
  readonly demonyms: ReadonlyMap<string, GazetteerEntry>;
  byId(id: string): GazetteerEntry | undefined;
  readonly entries: readonly GazetteerEntry[];
  readonly counts: Readonly<Record<EntityType, number>>;
}

let cached: Gazetteer | undefined;

/** The gazetteer shipped beside this module, read and indexed on first use, then shared. */
export function loadGazetteer(): Gazetteer {
  cached ??= loadGazetteerFrom(new URL(".", import.meta.url));
  return cached;
}

/** A gazetteer from the category files in `dir` (a directory URL ending in "/"). */
export function loadGazetteerFrom(dir: URL): Gazetteer {
  return buildGazetteer(CATEGORY_FILES.map(([file, type]) => readCategory(dir, file, type)));
}

/** Index category data by normal form, id and demonym. */
export function buildGazetteer(categories: readonly CategoryData[]): Gazetteer {
  const byForm = new Map<string, GazetteerEntry[]>();
  const byId = new Map<string, GazetteerEntry>();
  const demonyms = new Map<string, GazetteerEntry>();
  const caseSensitive = new Set<string>();
  const entries: GazetteerEntry[] = [];
  const counts: Record<EntityType, number> = { organization: 0, person: 0, location: 0 };

  const index = (name: string, entry: GazetteerEntry) => {
    const form = normalizeName(name);
    const list = byForm.get(form);
    if (!list) byForm.set(form, [entry]);
    else if (list.at(-1) !== entry) list.push(entry); // two spellings of one entry can share a form
  };

  for (const category of categories) {
    for (const form of category.caseSensitive) caseSensitive.add(form);
    for (const entry of category.entries) {
      entries.push(entry);
      byId.set(entry.id, entry);
      counts[entry.type]++;
      index(entry.name, entry);
      for (const alias of entry.aliases) index(alias, entry);
      for (const d of entry.demonyms ?? []) demonyms.set(normalizeName(d), entry);
    }
  }

  let forms: string[] | undefined;
  let maxFormWords: number | undefined;
  const lookup = (form: string): readonly GazetteerEntry[] => byForm.get(form) ?? [];
  return {
    lookup,
    find(text) {
      const form = normalizeName(text);
      const hits = lookup(form);
      if (!caseSensitive.has(form) || hits.length === 0) return hits;
      // "US" the country, not "us" the pronoun: keep entries that spell the form with this casing.
      const folded = foldName(text);
      return hits.filter((e) => [e.name, ...e.aliases].some((n) => sameCasing(folded, foldName(n))));
    },
    isCaseSensitive: (form) => caseSensitive.has(form),
    get forms() {
      forms ??= [...byForm.keys()];
      return forms;
    },
    get maxFormWords() {
      if (maxFormWords === undefined) {
        maxFormWords = 0;
        for (const f of byForm.keys()) maxFormWords = Math.max(maxFormWords, 1 + (f.match(/ /g)?.length ?? 0));
      }
      return maxFormWords;
    },
    demonyms,
    byId: (id) => byId.get(id),
    entries,
    counts,
  };
}

/**
 * Whether text is cased like a name, word by word: an acronym ("US") must be upper case, a
 * capitalized word ("Turkey", "Action") capitalized, a lower-case particle ("al", "of") either.
 * So "Al Qaeda" matches "al Qaeda", but "us" does not match "US" nor "direct action" "Direct Action".
 */
const PARTICLES = new Set(["bin", "ibn", "bint", "al", "el"]);

function sameCasing(text: string, name: string): boolean {
  const t = text.split(" ");
  const n = name.split(" ");
  if (t.length !== n.length) return false;
  return n.every((word, i) => {
    const w = t[i] ?? "";
    if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return w === word;
    const initial = word[0] ?? "";
    // Particles are written either way: "Bin Laden" and "bin Laden" are one spelling.
    if (initial === initial.toLowerCase() || PARTICLES.has(word.toLowerCase())) return true;
    return (w[0] ?? "") === initial;
  });
}
