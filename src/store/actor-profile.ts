/**
 * One actor seen whole: its names, every relation it takes part in and the documents that
 * name it. By id, not by name: two actors may share a name and a profile is of one of them.
 */
import type { Queryable } from "./db.js";
import type { ActorRecord, RelationRecord } from "./records.js";
import { RELATION_SELECT } from "./relation-sql.js";
import { type RelationRow, toRecord } from "./relations.js";

/** A document naming the actor, with how often. */
export interface ActorDocument {
  id: number;
  title: string | null;
  published: string | null;
  mentions: number;
}

export interface ActorProfile extends ActorRecord {
  /** Bumped by every curation change; a merge or split naming an older one is refused. */
  version: number;
  /** Relations (not rejected) with the actor at either end, in time order, undated last, each with its version. */
  relations: (RelationRecord & { version: number })[];
  documents: ActorDocument[];
}

const ACTOR = `
  SELECT ac.id, ac.name, ac.type, ac.version,
         coalesce(array_agg(DISTINCT al.alias ORDER BY al.alias) FILTER (WHERE al.alias <> ac.name), '{}') AS aliases
    FROM actors ac LEFT JOIN actor_aliases al ON al.actor_id = ac.id
   WHERE ac.id = $1
   GROUP BY ac.id`;

const RELATIONS = `SELECT q.*, v.version FROM (${RELATION_SELECT}
  WHERE a.review_status <> 'rejected' AND (a.subject_id = $1 OR a.object_id = $1)) AS q
  JOIN assertions v ON v.id = q.id JOIN documents d ON d.id = q.document_id
  ORDER BY q.time_start NULLS LAST, q.time_end NULLS LAST, d.published NULLS LAST, q.document_id, q.evidence_start, q.id`;

const DOCUMENTS = `
  SELECT d.id, d.title, d.published, count(*)::int AS mentions
    FROM mentions m JOIN documents d ON d.id = m.document_id
   WHERE m.actor_id = $1
   GROUP BY d.id
   ORDER BY d.published NULLS LAST, d.id`;

/** The profile of actor `id`, or null when there is none. */
export async function actorProfile(db: Queryable, id: number): Promise<ActorProfile | null> {
  const [actor] = await db.query<ActorRecord & { version: number }>(ACTOR, [id]);
  if (!actor) return null;
  const rows = await db.query<RelationRow & { version: number }>(RELATIONS, [id]);
  const relations = rows.map((r) => ({ ...toRecord(r), version: r.version }));
  const documents = await db.query<ActorDocument>(DOCUMENTS, [id]);
  return { ...actor, relations, documents };
}
