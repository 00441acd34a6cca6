/**
 * Merging two actors into one, and undoing it. Everything of the absorbed actor (aliases with
 * their provenance, mentions, assertions at either end or as the source they are credited to)
 * moves to the kept one, and the absorbed actor is deleted. The audit entry lists every moved
 * row, so undo recreates the absorbed actor under its old id and moves exactly those rows back.
 */
import { LinkageError } from "../errors.js";
import { lockActors, recordChange, touchActors } from "./change-log.js";
import type { Db, Queryable } from "./db.js";
import { type Rekeyed, rekeyDecisions, restoreKeys } from "./decision-keys.js";

export interface MovedRows {
  aliases: number[];
  mentions: number[];
  subjects: number[];
  objects: number[];
  attributions: number[];
}

interface MergeDetails {
  absorbed_id: number;
  absorbed: { name: string; type: string; version: number; created_at: string };
  moved: MovedRows;
  /** Aliases the kept actor already had from the same document: deleted, restored on undo. */
  duplicates: Record<string, unknown>[];
  exclusions: Record<string, unknown>[];
  rekeyed: Rekeyed;
}

/** Merge `absorbId` into `keepId`; versions are checked against `expected` when given. @returns the audit id. */
export async function mergeActors(
  db: Db,
  keepId: number,
  absorbId: number,
  opts: { user: string; expected?: { keep?: number; absorb?: number } },
): Promise<number> {
  if (keepId === absorbId) throw new LinkageError("BAD_ARGUMENT", `cannot merge actor ${keepId} into itself`);
  return db.transaction(async (tx) => {
    const locked = await lockActors(tx, [
      { id: keepId, version: opts.expected?.keep },
      { id: absorbId, version: opts.expected?.absorb },
    ]);
    const [keep, absorb] = [locked.get(keepId), locked.get(absorbId)];
    if (!keep || !absorb) throw new LinkageError("NOT_FOUND", "actor vanished while locked");
    if (keep.type !== absorb.type) {
      throw new LinkageError(
        "BAD_ARGUMENT",
        `cannot merge a ${absorb.type} (${absorbId}) into a ${keep.type} (${keepId})`,
      );
    }
    const duplicates = await tx.query<Record<string, unknown>>(
      `DELETE FROM actor_aliases a WHERE a.actor_id = $2 AND EXISTS (
         SELECT 1 FROM actor_aliases k WHERE k.actor_id = $1 AND k.alias = a.alias
            AND k.document_id IS NOT DISTINCT FROM a.document_id)
       RETURNING id, alias, normalized, document_id, added_by, created_at, match_keys`,
      [keepId, absorbId],
    );
    const exclusions = await tx.query<Record<string, unknown>>(
      "DELETE FROM actor_alias_exclusions WHERE actor_id = $1 RETURNING normalized, excluded_by, excluded_at",
      [absorbId],
    );
    const moved = await moveAll(tx, absorbId, keepId);
    const rekeyed = await rekeyDecisions(tx, new Map([[absorbId, keepId]]), null);
    await tx.query("DELETE FROM actors WHERE id = $1", [absorbId]);
    await touchActors(tx, [keepId]);
    const details: MergeDetails = {
      absorbed_id: absorbId,
      absorbed: { name: absorb.name, type: absorb.type, version: absorb.version, created_at: absorb.created_at },
      moved,
      duplicates,
      exclusions,
      rekeyed,
    };
    return recordChange(tx, { user: opts.user, action: "actor.merge", kind: "actor", entityId: keepId, details });
  });
}

/** Point every row of actor `from` at actor `to`; @returns the ids moved, by table and column. */
export async function moveAll(tx: Queryable, from: number, to: number): Promise<MovedRows> {
  const move = async (sql: string) => (await tx.query<{ id: number }>(sql, [from, to])).map((r) => r.id);
  return {
    aliases: await move("UPDATE actor_aliases SET actor_id = $2 WHERE actor_id = $1 RETURNING id"),
    mentions: await move("UPDATE mentions SET actor_id = $2 WHERE actor_id = $1 RETURNING id"),
    subjects: await move("UPDATE assertions SET subject_id = $2 WHERE subject_id = $1 RETURNING id"),
    objects: await move("UPDATE assertions SET object_id = $2 WHERE object_id = $1 RETURNING id"),
    attributions: await move("UPDATE assertions SET attributed_to = $2 WHERE attributed_to = $1 RETURNING id"),
  };
}

/** Point the listed rows at actor `to`, wherever they are now. */
export async function moveBack(tx: Queryable, rows: MovedRows, to: number): Promise<void> {
  const move = (sql: string, ids: number[]) => (ids.length ? tx.query(sql, [ids, to]) : Promise.resolve([]));
  await move("UPDATE actor_aliases SET actor_id = $2 WHERE id = ANY($1::bigint[])", rows.aliases);
  await move("UPDATE mentions SET actor_id = $2 WHERE id = ANY($1::bigint[])", rows.mentions);
  await move("UPDATE assertions SET subject_id = $2 WHERE id = ANY($1::bigint[])", rows.subjects);
  await move("UPDATE assertions SET object_id = $2 WHERE id = ANY($1::bigint[])", rows.objects);
  await move("UPDATE assertions SET attributed_to = $2 WHERE id = ANY($1::bigint[])", rows.attributions);
}

/** Recreate the absorbed actor under its id and give it back what it had. */
export async function undoMerge(tx: Queryable, keepId: number, d: MergeDetails): Promise<void> {
  const [exists] = await tx.query("SELECT 1 FROM actors WHERE id = $1", [d.absorbed_id]);
  if (exists)
    throw new LinkageError("CONFLICT", `actor ${d.absorbed_id} exists again: this merge was already reversed`);
  // A version above the one it had: an analyst still holding the old version is refused.
  await tx.query(
    `INSERT INTO actors (id, name, type, version, created_at) OVERRIDING SYSTEM VALUE
     VALUES ($1, $2, $3, $4, $5)`,
    [d.absorbed_id, d.absorbed.name, d.absorbed.type, d.absorbed.version + 1, d.absorbed.created_at],
  );
  await moveBack(tx, d.moved, d.absorbed_id);
  for (const r of d.duplicates) {
    await tx.query(
      `INSERT INTO actor_aliases (id, actor_id, alias, normalized, document_id, added_by, created_at, match_keys)
       OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [r.id, d.absorbed_id, r.alias, r.normalized, r.document_id, r.added_by, r.created_at, r.match_keys],
    );
  }
  for (const x of d.exclusions) {
    await tx.query(
      `INSERT INTO actor_alias_exclusions (actor_id, normalized, excluded_by, excluded_at)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [d.absorbed_id, x.normalized, x.excluded_by, x.excluded_at],
    );
  }
  await restoreKeys(tx, d.rekeyed);
  await touchActors(tx, [keepId]);
}

export type { MergeDetails };
