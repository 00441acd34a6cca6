/**
 * Linking a document's entities to global actors: a plain function over candidates the store
 * fetched, so a better matcher (transliteration-aware, context-aware) can replace it without
 * touching SQL. This one matches on exact normalized names and aliases.
 */
import type { EntityType } from "../types.js";

/** One known surface form of a global actor, as the store finds it by normalized key. */
export interface ActorCandidate {
  actorId: number;
  type: EntityType;
  /** The normalized alias that matched. */
  normalized: string;
  /** Whether that alias is the actor's canonical name. */
  isName: boolean;
}

/** What the matcher needs to know about a document entity. */
export interface EntityNames {
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

/**
 * The key names are compared by: case, diacritics, apostrophe-like marks (al-Qa`ida, al-Qa'ida,
 * al-Qaʿida), hyphens and spacing and a leading "the" do not matter.
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
 * Pick the global actor an entity names, or null for a new actor. Only actors of the same type
 * qualify, and none in `taken` (already linked to another entity of the same document: the
 * pipeline judged those two distinct). A shared canonical name weighs most, then a name against
 * an alias, then two aliases; ties go to the oldest actor.
 */
export function matchActor(
  entity: EntityNames,
  candidates: readonly ActorCandidate[],
  taken: ReadonlySet<number> = new Set(),
): number | null {
  const [nameKey, ...aliasKeys] = entityKeys(entity);
  const scores = new Map<number, number>();
  for (const c of candidates) {
    if (c.type !== entity.type || taken.has(c.actorId)) continue;
    const entityName = c.normalized === nameKey;
    if (!entityName && !aliasKeys.includes(c.normalized)) continue;
    const weight = entityName && c.isName ? 4 : entityName || c.isName ? 2 : 1;
    scores.set(c.actorId, (scores.get(c.actorId) ?? 0) + weight);
  }
  let best: number | null = null;
  let bestScore = 0;
  for (const [actorId, score] of scores) {
    if (score > bestScore || (score === bestScore && best !== null && actorId < best)) {
      best = actorId;
      bestScore = score;
    }
  }
  return best;
}
