/**
 * Renaming an actor and adding or removing its aliases, each undoable. A removed alias is also
 * excluded from the actor, so re-extracting a document does not bring it back.
 */
import { LinkageError } from "../errors.js";
import { normalizeName } from "../resolve/actor-matching.js";
import { insertAliasRows } from "./alias-keys.js";
import { lockActors, recordChange, touchActors } from "./change-log.js";
import type { CurationOptions } from "./curation-records.js";
import type { Db, Queryable } from "./db.js";

/** An alias row as stored, kept in the audit log so undo can put it back. */
interface AliasSnapshot {
  id: number;
  alias: string;
  normalized: string;
  document_id: number | null;
  added_by: string | null;
  created_at: string;
  match_keys: string[] | null;
}

function checkName(name: string, what: string): string {
  const trimmed = name.trim();
  if (!normalizeName(trimmed)) throw new LinkageError("BAD_ARGUMENT", `expected ${what}, found "${name}"`);
  return trimmed;
}

/** Rename an actor; the new name becomes an alias too. @returns the audit id. */
export async function renameActor(db: Db, id: number, name: string, opts: CurationOptions): Promise<number> {
  const to = checkName(name, "a new name");
  return db.transaction(async (tx) => {
    const actor = (await lockActors(tx, [{ id, version: opts.expectedVersion }])).get(id);
    if (!actor) throw new LinkageError("NOT_FOUND", `no actor has id ${id}`);
    await tx.query("UPDATE actors SET name = $2, updated_at = clock_timestamp() WHERE id = $1", [id, to]);
    const added = await insertAliasRows(tx, [
      { actorId: id, type: actor.type, alias: to, documentId: null, addedBy: opts.user },
    ]);
    await tx.query("DELETE FROM actor_alias_exclusions WHERE actor_id = $1 AND normalized = $2", [
      id,
      normalizeName(to),
    ]);
    const details = { from: actor.name, to, added_alias: added[0] ?? null };
    return recordChange(tx, { user: opts.user, action: "actor.rename", kind: "actor", entityId: id, details });
  });
}

/** Add an alias by hand (no document). @throws BAD_ARGUMENT when the actor already has it. */
export async function addAlias(db: Db, id: number, alias: string, opts: CurationOptions): Promise<number> {
  const text = checkName(alias, "an alias");
  return db.transaction(async (tx) => {
    const actor = (await lockActors(tx, [{ id, version: opts.expectedVersion }])).get(id);
    if (!actor) throw new LinkageError("NOT_FOUND", `no actor has id ${id}`);
    const [dup] = await tx.query("SELECT 1 FROM actor_aliases WHERE actor_id = $1 AND alias = $2", [id, text]);
    if (dup) throw new LinkageError("BAD_ARGUMENT", `actor ${id} already has the alias "${text}"`);
    const excluded = await tx.query<{ normalized: string }>(
      "DELETE FROM actor_alias_exclusions WHERE actor_id = $1 AND normalized = $2 RETURNING normalized",
      [id, normalizeName(text)],
    );
    const [aliasId] = await insertAliasRows(tx, [
      { actorId: id, type: actor.type, alias: text, documentId: null, addedBy: opts.user },
    ]);
    await touchActors(tx, [id]);
    const details = { alias: text, alias_id: aliasId, was_excluded: excluded.length > 0 };
    return recordChange(tx, { user: opts.user, action: "alias.add", kind: "actor", entityId: id, details });
  });
}

/**
 * Remove an alias (every document's record of it) and exclude it from the actor.
 * @throws NOT_FOUND when the actor has no such alias; BAD_ARGUMENT for its current name.
 */
export async function removeAlias(db: Db, id: number, alias: string, opts: CurationOptions): Promise<number> {
  const key = normalizeName(alias);
  return db.transaction(async (tx) => {
    const actor = (await lockActors(tx, [{ id, version: opts.expectedVersion }])).get(id);
    if (!actor) throw new LinkageError("NOT_FOUND", `no actor has id ${id}`);
    if (normalizeName(actor.name) === key) {
      throw new LinkageError("BAD_ARGUMENT", `"${alias}" is the name of actor ${id}: rename it first`);
    }
    const removed = await tx.query<AliasSnapshot>(
      `DELETE FROM actor_aliases WHERE actor_id = $1 AND normalized = $2
       RETURNING id, alias, normalized, document_id, added_by, created_at, match_keys`,
      [id, key],
    );
    if (removed.length === 0) throw new LinkageError("NOT_FOUND", `actor ${id} has no alias "${alias}"`);
    await tx.query(
      "INSERT INTO actor_alias_exclusions (actor_id, normalized, excluded_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
      [id, key, opts.user],
    );
    await touchActors(tx, [id]);
    const details = { alias, normalized: key, rows: removed };
    return recordChange(tx, { user: opts.user, action: "alias.remove", kind: "actor", entityId: id, details });
  });
}

/** Undo a rename: back to the old name, unless renamed again since. */
export async function undoRename(
  tx: Queryable,
  id: number,
  d: { from: string; to: string; added_alias: number | null },
) {
  const [actor] = await tx.query<{ name: string }>("SELECT name FROM actors WHERE id = $1 FOR UPDATE", [id]);
  if (!actor) throw new LinkageError("NOT_FOUND", `actor ${id} no longer exists`);
  if (actor.name !== d.to) {
    throw new LinkageError("CONFLICT", `actor ${id} was renamed again since (now "${actor.name}"): undo that first`);
  }
  await tx.query("UPDATE actors SET name = $2, updated_at = clock_timestamp() WHERE id = $1", [id, d.from]);
  if (d.added_alias !== null) await tx.query("DELETE FROM actor_aliases WHERE id = $1", [d.added_alias]);
}

export async function undoAddAlias(
  tx: Queryable,
  id: number,
  d: { alias: string; alias_id: number; was_excluded: boolean },
) {
  await tx.query("DELETE FROM actor_aliases WHERE id = $1", [d.alias_id]);
  if (d.was_excluded) {
    await tx.query(
      "INSERT INTO actor_alias_exclusions (actor_id, normalized, excluded_by) VALUES ($1, $2, 'undo') ON CONFLICT DO NOTHING",
      [id, normalizeName(d.alias)],
    );
  }
  await touchActors(tx, [id]);
}

export async function undoRemoveAlias(tx: Queryable, id: number, d: { normalized: string; rows: AliasSnapshot[] }) {
  await tx.query("DELETE FROM actor_alias_exclusions WHERE actor_id = $1 AND normalized = $2", [id, d.normalized]);
  for (const r of d.rows) {
    // The original ids come back, so later undo entries that name them still find them.
    await tx.query(
      `INSERT INTO actor_aliases (id, actor_id, alias, normalized, document_id, added_by, created_at, match_keys)
       OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [r.id, id, r.alias, r.normalized, r.document_id, r.added_by, r.created_at, r.match_keys],
    );
  }
  await touchActors(tx, [id]);
}
