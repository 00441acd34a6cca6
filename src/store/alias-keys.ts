/**
 * Aliases as the matcher finds them: each row carries the blocking keys of its surface form
 * (src/resolve/blocking.ts), indexed with GIN, so an entity's candidates are the actors sharing
 * a key with it: "Osama bin Laden" finds "Usama bin Ladin" through "w:ldn".
 */
import { type ActorCandidate, aliasKeys, normalizeName } from "../resolve/actor-matching.js";
import type { EntityType } from "../types.js";
import type { Queryable } from "./db.js";

/** One alias row to insert. `documentId` null and `addedBy` set: added by an analyst. */
export interface AliasRow {
  actorId: number;
  type: EntityType;
  alias: string;
  documentId: number | null;
  addedBy: string | null;
}

/**
 * Insert aliases with their keys; one already stored for the same actor and document, or one
 * an analyst excluded from that actor, is skipped. @returns the ids of the rows inserted.
 */
export async function insertAliasRows(tx: Queryable, rows: readonly AliasRow[]): Promise<number[]> {
  const kept = rows.filter((r) => normalizeName(r.alias));
  if (kept.length === 0) return [];
  const inserted = await tx.query<{ id: number }>(
    `INSERT INTO actor_aliases (actor_id, alias, normalized, document_id, added_by, match_keys)
     SELECT a.actor_id, a.alias, a.normalized, a.document_id, a.added_by,
            CASE WHEN a.keys = '' THEN '{}'::text[] ELSE string_to_array(a.keys, chr(31)) END
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[])
            AS a (actor_id, alias, normalized, document_id, added_by, keys)
      WHERE NOT EXISTS (SELECT 1 FROM actor_alias_exclusions x
                         WHERE x.actor_id = a.actor_id AND x.normalized = a.normalized)
        AND NOT EXISTS (SELECT 1 FROM actor_aliases o
                         WHERE o.actor_id = a.actor_id AND o.alias = a.alias
                           AND o.document_id IS NOT DISTINCT FROM a.document_id)
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [
      kept.map((r) => r.actorId),
      kept.map((r) => r.alias),
      kept.map((r) => normalizeName(r.alias)),
      kept.map((r) => r.documentId),
      kept.map((r) => r.addedBy),
      // Keys travel as one string per row (unit separator between keys): arrays of arrays
      // cannot be unnested row by row.
      kept.map((r) => aliasKeys(r.alias, r.type).join("\u001f")),
    ],
  );
  return inserted.map((r) => r.id);
}

/** Fill in the keys of aliases stored before keys existed (or by code that does not set them). */
export async function backfillAliasKeys(tx: Queryable): Promise<void> {
  for (;;) {
    const rows = await tx.query<{ id: number; alias: string; type: EntityType }>(
      `SELECT al.id, al.alias, ac.type FROM actor_aliases al JOIN actors ac ON ac.id = al.actor_id
        WHERE al.match_keys IS NULL ORDER BY al.id LIMIT 2000`,
    );
    if (rows.length === 0) return;
    await tx.query(
      `UPDATE actor_aliases al SET match_keys =
              CASE WHEN k.keys = '' THEN '{}'::text[] ELSE string_to_array(k.keys, chr(31)) END
         FROM unnest($1::bigint[], $2::text[]) AS k (id, keys) WHERE al.id = k.id`,
      [rows.map((r) => r.id), rows.map((r) => aliasKeys(r.alias, r.type).join("\u001f"))],
    );
  }
}

/** Actors of the given types with an alias sharing one of `keys`, each with all its aliases. */
export async function findCandidates(
  tx: Queryable,
  keys: readonly string[],
  types: readonly EntityType[],
): Promise<ActorCandidate[]> {
  if (keys.length === 0) return [];
  const rows = await tx.query<{ id: number; name: string; type: EntityType; aliases: string[] }>(
    // Each spelling once, in the order first read (migration 007): an actor named in a
    // thousand documents has a thousand alias rows, one per document, but only a few spellings.
    `SELECT ac.id, ac.name, ac.type, array_agg(s.alias ORDER BY s.first_alias_id) AS aliases
       FROM actors ac JOIN actor_spellings s ON s.actor_id = ac.id
      WHERE ac.type = ANY($2::text[])
        AND ac.id IN (SELECT actor_id FROM actor_spellings WHERE match_keys && $1::text[])
      GROUP BY ac.id`,
    [keys, types],
  );
  return rows.map((r) => ({ actorId: r.id, type: r.type, name: r.name, aliases: r.aliases }));
}
