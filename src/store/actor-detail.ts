/** One actor with its version and the provenance of each alias; and naming an actor by id or name. */
import { LinkageError } from "../errors.js";
import type { EntityType } from "../types.js";
import { findActors } from "./actors.js";
import type { ActorDetail, AliasRecord } from "./curation-records.js";
import type { Queryable } from "./db.js";

const ACTOR = `SELECT id, name, type, version, created_at, updated_at FROM actors WHERE id = $1`;

const ALIASES = `
  SELECT al.alias, al.document_id, d.title, al.added_by, al.created_at
    FROM actor_aliases al LEFT JOIN documents d ON d.id = al.document_id
   WHERE al.actor_id = $1
   ORDER BY al.created_at, al.id`;

/** The actor with this id, or null. */
export async function getActor(db: Queryable, id: number): Promise<ActorDetail | null> {
  const [actor] = await db.query<Omit<ActorDetail, "aliases" | "excluded_aliases"> & { type: EntityType }>(ACTOR, [id]);
  if (!actor) return null;
  const rows = await db.query<{
    alias: string;
    document_id: number | null;
    title: string | null;
    added_by: string | null;
    created_at: string;
  }>(ALIASES, [id]);
  const aliases: AliasRecord[] = rows.map((r) => ({
    alias: r.alias,
    document: r.document_id === null ? null : { id: r.document_id, title: r.title },
    added_by: r.added_by,
    added_at: r.created_at,
  }));
  const excluded = await db.query<{ normalized: string }>(
    "SELECT normalized FROM actor_alias_exclusions WHERE actor_id = $1 ORDER BY normalized",
    [id],
  );
  return { ...actor, aliases, excluded_aliases: excluded.map((x) => x.normalized) };
}

/**
 * The actor a user means: "#12" or "12" is an id; anything else a name or alias, which must
 * name exactly one actor. @throws LinkageError NOT_FOUND, or BAD_ARGUMENT listing the actors
 * an ambiguous name fits.
 */
export async function resolveActor(db: Queryable, ref: string): Promise<number> {
  const id = /^#?\d{1,15}$/.test(ref.trim()) ? Number(ref.trim().replace("#", "")) : null;
  if (id !== null) {
    const [row] = await db.query<{ id: number }>("SELECT id FROM actors WHERE id = $1", [id]);
    if (!row) throw new LinkageError("NOT_FOUND", `no actor has id ${id}`);
    return id;
  }
  const found = await findActors(db, ref);
  if (found.length === 0) throw new LinkageError("NOT_FOUND", `no actor is named "${ref}"`);
  if (found.length > 1) {
    const which = found.map((a) => `#${a.id} ${a.name} (${a.type})`).join(", ");
    throw new LinkageError("BAD_ARGUMENT", `"${ref}" names ${found.length} actors: ${which}; give an id`);
  }
  return found[0].id;
}
