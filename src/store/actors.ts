import { normalizeName } from "../resolve/actor-matching.js";
import type { Queryable } from "./db.js";
import type { ActorRecord } from "./records.js";

/** An actor with every other surface form it was seen under. $1: ids to keep, or null for all. */
const ACTORS = `
  SELECT ac.id, ac.name, ac.type,
         coalesce(array_agg(DISTINCT al.alias ORDER BY al.alias) FILTER (WHERE al.alias <> ac.name), '{}') AS aliases
    FROM actors ac LEFT JOIN actor_aliases al ON al.actor_id = ac.id
   WHERE $1::bigint[] IS NULL OR ac.id = ANY($1::bigint[])
   GROUP BY ac.id
   ORDER BY lower(ac.name), ac.id`;

/** See Store.listActors. */
export async function listActors(db: Queryable): Promise<ActorRecord[]> {
  return db.query<ActorRecord>(ACTORS, [null]);
}

/** See Store.findActors. */
export async function findActors(db: Queryable, name: string): Promise<ActorRecord[]> {
  const key = normalizeName(name);
  if (!key) return [];
  const ids = await db.query<{ actor_id: number }>(
    "SELECT DISTINCT actor_id FROM actor_aliases WHERE normalized = $1",
    [key],
  );
  if (ids.length === 0) return [];
  return db.query<ActorRecord>(ACTORS, [ids.map((r) => r.actor_id)]);
}
