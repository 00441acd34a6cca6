import { type ActorCandidate, actorName, entityBlockingKeys, matchActor } from "../resolve/actor-matching.js";
import type { Entity } from "../types.js";
import { backfillAliasKeys, findCandidates, insertAliasRows } from "./alias-keys.js";
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
  const keysOf = new Map(entities.map((e) => [e.id, entityBlockingKeys(e)]));
  const lockKeys = [...new Set(entities.flatMap((e) => (keysOf.get(e.id) ?? []).map((k) => `${e.type}:${k}`)))].sort();
  // Two transactions creating the same new actor (or two spellings of it, which share a
  // blocking key) would otherwise both miss it and make two. Locks are taken in sorted order
  // so two documents sharing names cannot deadlock.
  await tx.query(
    "SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM (SELECT unnest($1::text[]) AS k ORDER BY 1) AS keys",
    [lockKeys],
  );
  await backfillAliasKeys(tx);
  const candidates = await findCandidates(
    tx,
    [...new Set([...keysOf.values()].flat())],
    [...new Set(entities.map((e) => e.type))],
  );
  const byEntity = new Map<string, number>();
  const taken = new Set<number>();
  let created = 0;
  for (const entity of entities) {
    let actorId = matchActor(entity, candidates, taken);
    if (actorId === null) {
      const [row] = await tx.query<{ id: number }>("INSERT INTO actors (name, type) VALUES ($1, $2) RETURNING id", [
        actorName(entity),
        entity.type,
      ]);
      actorId = row.id;
      created++;
      // Later entities of this document may still name it, but only as the gazetteer says
      // (it is `taken`): "Bin Ladin" read twice as two entities is one man.
      candidates.push({ actorId, type: entity.type, name: entity.name, aliases: entity.aliases });
    } else {
      const known = candidates.find((c) => c.actorId === actorId) as ActorCandidate;
      known.aliases = [...known.aliases, entity.name, ...entity.aliases];
    }
    byEntity.set(entity.id, actorId);
    taken.add(actorId);
  }
  await insertAliasRows(
    tx,
    entities.flatMap((e) =>
      [...new Set([e.name, ...e.aliases])].map((alias) => ({
        actorId: byEntity.get(e.id) as number,
        type: e.type,
        alias,
        documentId,
        addedBy: null,
      })),
    ),
  );
  return { byEntity, created };
}
