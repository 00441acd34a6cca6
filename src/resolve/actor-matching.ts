/**
 * Linking a document's entities to global actors: plain functions over candidates the store
 * fetched by blocking key (src/resolve/blocking.ts), so matching never touches SQL.
 *
 * An entity names an actor of its own type when
 * - the gazetteer identifies both with one entry (whatever their spellings: "Party of God" =
 *   "Hizballah"), and never when it identifies them with two;
 * - or their names are judged the same by compareNames (transliteration-aware), or an alias of
 *   one is the same as a name or alias of the other, while their names do not contradict each
 *   other ("Abu Yahya al-Libi" and "Abu al-Layth al-Libi" share the alias "al-Libi", but their
 *   kunyas differ). One-word aliases of people ("Tahir", "al-Libi") link only to a full name.
 */
import type { EntityType } from "../types.js";
import { blockingKeys } from "./blocking.js";
import { compareNames } from "./compare-names.js";
import { gazetteerIds, identify } from "./gazetteer-links.js";
import { type NameForm, parseName } from "./name-form.js";

/** A global actor as the matcher sees it: every surface form it was read or named under. */
export interface ActorCandidate {
  actorId: number;
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

/** What the matcher needs to know about a document entity. */
export interface EntityNames {
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

/** Below this score a name match does not link. */
export const LINK_THRESHOLD = 0.85;

/**
 * The key names are stored and looked up by: case, diacritics, apostrophe-like marks (al-Qa`ida,
 * al-Qa'ida, al-Qaʿida), hyphens and spacing and a leading "the" do not matter.
 * "The Islamic State" → "islamic state"; "al-Qa`ida" → "al qaida".
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['`ʿʾ‘’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/** The distinct normalized keys of an entity, its name first; empty keys are dropped. */
export function entityKeys(entity: Pick<EntityNames, "name" | "aliases">): string[] {
  const keys = [entity.name, ...entity.aliases].map(normalizeName).filter((k) => k.length > 0);
  return [...new Set(keys)];
}

/**
 * The name a new actor gets: the entity's, unless it is written in capitals ("AL QAEDA", read
 * from a heading) and the document also spells it in mixed case.
 */
export function actorName(entity: Pick<EntityNames, "name" | "aliases">): string {
  const shouting = (s: string) => /\s/.test(s.trim()) && !/\p{Ll}/u.test(s);
  if (!shouting(entity.name)) return entity.name;
  const key = normalizeName(entity.name);
  return entity.aliases.find((a) => normalizeName(a) === key && !shouting(a)) ?? entity.name;
}

/** Blocking keys of one surface form, with the gazetteer entries of its type: what the store indexes. */
export function aliasKeys(alias: string, type: EntityType): string[] {
  const form = parsed(alias);
  return blockingKeys(form, gazetteerIds(form, type));
}

/** Blocking keys of an entity's name and aliases: the store's candidates share at least one. */
export function entityBlockingKeys(entity: EntityNames): string[] {
  return [...new Set([entity.name, ...entity.aliases].flatMap((a) => aliasKeys(a, entity.type)))];
}

/**
 * Pick the actor an entity names, or null for a new actor. Candidates in `taken` (already
 * linked to another entity of the same document, which the pipeline judged distinct) qualify
 * only through the gazetteer or when the entity's name is one of theirs, letter for letter (an
 * analyst may have merged what the pipeline keeps apart). Ties go to the oldest actor.
 */
export function matchActor(
  entity: EntityNames,
  candidates: readonly ActorCandidate[],
  taken: ReadonlySet<number> = new Set(),
): number | null {
  let best: { actorId: number; score: number } | null = null;
  for (const c of candidates) {
    if (c.type !== entity.type) continue;
    const match = scoreActor(entity, c);
    if (!match || (taken.has(c.actorId) && !match.certain)) continue;
    if (!best || match.score > best.score || (match.score === best.score && c.actorId < best.actorId)) {
      best = { actorId: c.actorId, score: match.score };
    }
  }
  return best?.actorId ?? null;
}

/** How well an entity matches one candidate of its type, or null when it does not. */
export function scoreActor(entity: EntityNames, candidate: ActorCandidate): { score: number; certain: boolean } | null {
  const type = entity.type;
  const [eName, ...eAliases] = forms(entity.name, entity.aliases);
  const [cName, ...cAliases] = forms(candidate.name, candidate.aliases);
  const eId = identify(eName, eAliases, type);
  const cId = identify(cName, cAliases, type);
  if (eId && cId) return eId === cId ? { score: 1, certain: true } : null;
  const names = compareNames(eName, cName, type);
  if (names.verdict === "different") return null;
  // The entity's own name spelled exactly as the actor is known, analysts' aliases included.
  if (names.reason === "identical" || cAliases.some((c) => c.folded === eName.folded))
    return { score: 1, certain: true };
  let score = names.verdict === "same" ? names.score : 0;
  for (const e of [eName, ...eAliases].filter((f) => linkable(f, type))) {
    for (const c of [cName, ...cAliases].filter((f) => linkable(f, type))) {
      if (e === eName && c === cName) continue;
      const full = e === eName || c === cName;
      // One-word names of people, and acronyms, mean something only against a full name.
      if (!full && (short(e, type) || short(c, type))) continue;
      const v = compareNames(e, c, type);
      if (v.verdict === "same") score = Math.max(score, v.score * (full ? 0.97 : 0.95));
    }
  }
  return score >= LINK_THRESHOLD ? { score, certain: false } : null;
}

/** A form worth matching on: not only a common given name or nisba, not only generic words. */
function linkable(form: NameForm, type: EntityType): boolean {
  if (form.acronym) return true;
  if (form.words.length === 0) return false;
  if (type === "person") return form.words.some((w) => !w.common);
  return form.words.length > 1 || !form.words[0].generic;
}

function short(form: NameForm, type: EntityType): boolean {
  return form.acronym !== null || (type === "person" && form.words.length < 2);
}

function forms(name: string, aliases: readonly string[]): NameForm[] {
  return [parsed(name), ...[...new Set(aliases)].filter((a) => a !== name).map(parsed)];
}

/** Parsed names, remembered: one actor's aliases are compared with every entity of a document. */
const cache = new Map<string, NameForm>();
function parsed(name: string): NameForm {
  let form = cache.get(name);
  if (!form) {
    if (cache.size > 50_000) cache.clear();
    form = parseName(name);
    cache.set(name, form);
  }
  return form;
}
