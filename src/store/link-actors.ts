import { type ActorCandidate, entityKeys, matchActor, normalizeName } from "../resolve/actor-matching.js";
import type { Entity, EntityType } from "../types.js";
import type { Queryable } from "./db.js";

/** How a document's entities were linked to global actors. */
export interface LinkedActors {
  /** Entity id (document-local) → actor id (global). */
  byEntity: Map<string, number>;
  created: number;
}

/**
 * Link each entity to a global actor (see src/resolve/actor-matching.ts), creating actors for
 * the rest, and record every name and alias with this document as its provenance.
 */
export async function linkActors(
  tx: Queryable,
  documentId: number,
  entities: readonly Entity[],
): Promise<LinkedActors> {
  const lockKeys = [...new Set(entities.flatMap((e) => entityKeys(e).map((k) => `${e.type}:${k}`)))].sort();
  // Two transactions creating the same new actor would otherwise both miss it and make two.
  // Locks are taken in sorted order so two documents sharing names cannot deadlock.
  await tx.query(
    "SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM (SELECT unnest($1::text[]) AS k ORDER BY 1) AS keys",
    [lockKeys],
  );
  const candidates = await findCandidates(tx, [...new Set(entities.flatMap((e) => entityKeys(e)))]);
  const byEntity = new Map<string, number>();
  const taken = new Set<number>();
  let created = 0;
  for (const entity of entities) {
    let actorId = matchActor(entity, candidates, taken);
    if (actorId === null) {
      const [row] = await tx.query<{ id: number }>("INSERT INTO actors (name, type) VALUES ($1, $2) RETURNING id", [
        entity.name,
        entity.type,
      ]);
      actorId = row.id;
      created++;
    }
    byEntity.set(entity.id, actorId);
    taken.add(actorId);
  }
  await insertAliases(tx, documentId, entities, byEntity);
  return { byEntity, created };
}

async function findCandidates(tx: Queryable, keys: string[]): Promise<ActorCandidate[]> {
  const rows = await tx.query<{ actor_id: number; type: EntityType; normalized: string; name: string }>(
    `SELECT DISTINCT al.actor_id, ac.type, al.normalized, ac.name
       FROM actor_aliases al JOIN actors ac ON ac.id = al.actor_id
      WHERE al.normalized = ANY($1::text[])`,
    [keys],
  );
  return rows.map((r) => ({
    actorId: r.actor_id,
    type: r.type,
    normalized: r.normalized,
    isName: normalizeName(r.name) === r.normalized,
  }));
}

async function insertAliases(
  tx: Queryable,
  documentId: number,
  entities: readonly Entity[],
  byEntity: Map<string, number>,
): Promise<void> {
  const actorIds: number[] = [];
  const aliases: string[] = [];
  for (const entity of entities) {
    for (const alias of new Set([entity.name, ...entity.aliases])) {
      if (!normalizeName(alias)) continue;
      actorIds.push(byEntity.get(entity.id) as number);
      aliases.push(alias);
    }
  }
  await tx.query(
    `INSERT INTO actor_aliases (actor_id, alias, normalized, document_id)
     SELECT a.actor_id, a.alias, a.normalized, $1 FROM unnest($2::bigint[], $3::text[], $4::text[]) AS a (actor_id, alias, normalized)
     ON CONFLICT DO NOTHING`,
    [documentId, actorIds, aliases, aliases.map(normalizeName)],
  );
}
