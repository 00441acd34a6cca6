/**
 * What the gazetteer of real actors (src/lexicon/gazetteer/) knows about a name: which entries
 * it may name, found by the gazetteer's own normal form and by the phonetic key of
 * src/resolve/name-form.ts, so "Usamah bin Ladin" finds the entry spelled "Usama bin Ladin".
 * Two names identified with one entry are the same actor whatever their spelling ("Party of
 * God" = "Hizballah"); two names identified with different entries are different actors.
 *
 * The gazetteer is optional: when its data is absent, names are compared by spelling alone.
 */
import { type Gazetteer, loadGazetteer } from "../lexicon/gazetteer/index.js";
import type { EntityType } from "../types.js";
import { stripListMarks, unInvert } from "./fold-name.js";
import { isOrgWord, type NameForm, parseName } from "./name-form.js";

interface Index {
  gazetteer: Gazetteer;
  /** Phonetic key → ids of the entries with a name or alias of that key. */
  byKey: Map<string, Set<string>>;
}

let index: Index | null | undefined;

/**
 * The phonetic key of a name: its significant words' consonant skeletons, in order, so
 * "Mohammed" and "Muhammad" (whose vowels disagree) meet. Keys shared by two entries are
 * ambiguous and identify neither.
 */
export function phoneticKey(form: NameForm): string {
  return form.words.map((w) => w.skeleton).join(" ");
}

function load(): Index | null {
  if (index !== undefined) return index;
  try {
    const gazetteer = loadGazetteer();
    const byKey = new Map<string, Set<string>>();
    for (const entry of gazetteer.entries) {
      for (const name of [entry.name, ...entry.aliases]) {
        const form = parseName(name);
        // Acronyms and one-word forms are found by their exact spelling only, below.
        if (form.acronym || form.words.length < 2) continue;
        const key = phoneticKey(form);
        const ids = byKey.get(key);
        if (ids) ids.add(entry.id);
        else byKey.set(key, new Set([entry.id]));
      }
    }
    index = { gazetteer, byKey };
  } catch {
    index = null;
  }
  return index;
}

/** Whether a gazetteer is available to identify names. */
export function hasGazetteer(): boolean {
  return load() !== null;
}

/**
 * Ids of the gazetteer entries `form` may name, of a type compatible with `type` (a country is
 * a place and, as a state, an organization). Several ids mean the name is ambiguous.
 */
export function gazetteerIds(form: NameForm, type: EntityType | null = null): string[] {
  const idx = load();
  if (!idx) return [];
  // Remembered: an actor's aliases are looked up again for every entity they are compared with.
  const memoKey = `${type ?? ""}\u0000${form.raw}`;
  const known = memo.get(memoKey);
  if (known) return known;
  const found = lookup(idx, form, type);
  if (memo.size >= 100_000) memo.clear();
  memo.set(memoKey, found);
  return found;
}

const memo = new Map<string, string[]>();

function lookup(idx: Index, form: NameForm, type: EntityType | null): string[] {
  const ids = new Set<string>();
  const cleaned = stripListMarks(form.raw);
  const { text } = unInvert(cleaned, isOrgWord);
  // The gazetteer's own lookup keeps its rule that forms made of common English words ("US",
  // "Direct Action") match only with their casing.
  for (const spelling of new Set([cleaned, text])) for (const e of idx.gazetteer.find(spelling)) ids.add(e.id);
  if (ids.size === 0 && !form.acronym && form.words.length >= 2) {
    for (const id of idx.byKey.get(phoneticKey(form)) ?? []) ids.add(id);
  }
  const found = [...ids].filter((id) => compatible(idx.gazetteer, id, type));
  // Without a type, an actor is meant rather than a place: "Islamic Emirate of Afghanistan" is
  // the Taliban's name as well as a former name of the country.
  const actors = found.filter((id) => idx.gazetteer.byId(id)?.type !== "location");
  return type === null && actors.length > 0 ? actors : found;
}

/**
 * Whether a folded word names a country or its people ("pakistani", "iraq", "afghan"), so that
 * "Pakistani Taliban" is not read as a longer spelling of "Taliban". False without a gazetteer.
 */
export function isPlaceWord(word: string): boolean {
  const idx = load();
  if (!idx) return false;
  if (idx.gazetteer.demonyms.has(word)) return true;
  return idx.gazetteer.lookup(word).some((e) => e.type === "location" && e.kind === "country");
}

/** The one entry `form` names, or null when none or several. */
export function gazetteerId(form: NameForm, type: EntityType | null = null): string | null {
  const ids = gazetteerIds(form, type);
  return ids.length === 1 ? ids[0] : null;
}

function compatible(gazetteer: Gazetteer, id: string, type: EntityType | null): boolean {
  if (type === null) return true;
  const entry = gazetteer.byId(id);
  if (!entry) return false;
  if (entry.type === type) return true;
  return type === "organization" && entry.type === "location" && entry.actor === true;
}

/** The entry an entity or actor is identified with: its name's, else the one its aliases agree on. */
export function identify(name: NameForm, aliases: readonly NameForm[], type: EntityType | null): string | null {
  const own = gazetteerIds(name, type);
  if (own.length === 1) return own[0];
  if (own.length > 1) return null;
  // Ambiguous aliases ("Islamic Jihad") say nothing; the others must all point one way.
  const agreed = new Set(aliases.map((a) => gazetteerIds(a, type)).flatMap((ids) => (ids.length === 1 ? ids : [])));
  return agreed.size === 1 ? [...agreed][0] : null;
}
