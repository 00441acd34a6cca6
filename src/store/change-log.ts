/**
 * What every curation change shares: taking the rows it changes under lock and checking the
 * version the analyst saw (optimistic concurrency), and writing its audit entry, whose details
 * hold what undo needs.
 */
import { LinkageError } from "../errors.js";
import type { EntityType } from "../types.js";
import type { Queryable } from "./db.js";

export interface LockedActor {
  id: number;
  name: string;
  type: EntityType;
  version: number;
  created_at: string;
}

/**
 * Lock actors (in id order, so two changes cannot deadlock) and check versions.
 * @throws LinkageError NOT_FOUND naming a missing id; CONFLICT when an actor is no longer at the
 *   version expected for it.
 */
export async function lockActors(
  tx: Queryable,
  expected: ReadonlyArray<{ id: number; version?: number }>,
): Promise<Map<number, LockedActor>> {
  const ids = [...new Set(expected.map((e) => e.id))].sort((a, b) => a - b);
  const rows = await tx.query<LockedActor>(
    "SELECT id, name, type, version, created_at FROM actors WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE",
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const e of expected) {
    const row = byId.get(e.id);
    if (!row) throw new LinkageError("NOT_FOUND", `no actor has id ${e.id}`);
    if (e.version !== undefined && row.version !== e.version) {
      throw new LinkageError(
        "CONFLICT",
        `actor ${e.id} is at version ${row.version}, not ${e.version}: someone changed it meanwhile; reload and try again`,
      );
    }
  }
  return byId;
}

/** Mark actors changed: their versions go up (see migration 002) and updated_at moves. */
export async function touchActors(tx: Queryable, ids: readonly number[]): Promise<void> {
  await tx.query("UPDATE actors SET updated_at = clock_timestamp() WHERE id = ANY($1::bigint[])", [ids]);
}

/** Write one audit entry; @returns its id, which names the change for undo. */
export async function recordChange(
  tx: Queryable,
  change: { user: string; action: string; kind: string; entityId: number | string; details: unknown },
): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO audit_log (performed_by, action, entity_kind, entity_id, details)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [change.user, change.action, change.kind, String(change.entityId), JSON.stringify(change.details)],
  );
  return row.id;
}
