/** The history of changes: who did what, when, to which actor or assertion, and whether it was undone. */
import type { ChangeQuery, ChangeRecord } from "./curation-records.js";
import type { Queryable } from "./db.js";

/**
 * $1 actor id as text or null, $2 assertion id as text or null, $3 limit. An actor's history
 * includes the merge that absorbed another actor into it and the split that made it.
 */
const CHANGES = `
  SELECT id, at, performed_by, action, entity_kind, entity_id, details, undone_by
    FROM audit_log
   WHERE ($1::text IS NULL OR (entity_kind = 'actor' AND entity_id = $1)
          OR details->>'absorbed_id' = $1 OR details->>'created_id' = $1)
     AND ($2::text IS NULL OR (entity_kind = 'assertion' AND entity_id = $2))
   ORDER BY id DESC
   LIMIT $3`;

/** Changes, newest first. */
export async function listChanges(db: Queryable, query: ChangeQuery = {}): Promise<ChangeRecord[]> {
  const actor = query.actor === undefined ? null : String(query.actor);
  const assertion = query.assertion === undefined ? null : String(query.assertion);
  return db.query<ChangeRecord>(CHANGES, [actor, assertion, query.limit ?? 100]);
}
