import { LinkageError } from "../errors.js";
import type { Modality, Polarity, RelationType } from "../types.js";
import { findActors } from "./actors.js";
import type { Queryable } from "./db.js";
import type { RelationQuery, RelationRecord, ReviewStatus } from "./records.js";
import { DOCUMENT_RELATIONS, LIST_RELATIONS, PAIR_TIMELINE } from "./relation-sql.js";
import { dayRange } from "./validity.js";

/** An assertion row as RELATION_SELECT returns it. */
export interface RelationRow {
  id: number;
  subject_id: number;
  subject_name: string;
  type: RelationType;
  object_id: number;
  object_name: string;
  polarity: Polarity;
  modality: Modality;
  attributed_to: string | null;
  time_start: string | null;
  time_end: string | null;
  document_id: number;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  confidence: number;
  review_status: ReviewStatus;
}

/** See Store.listRelations. */
export async function listRelations(db: Queryable, query: RelationQuery = {}): Promise<RelationRecord[]> {
  const actorIds = query.actor === undefined ? null : await actorIdsNamed(db, query.actor);
  const asOf = query.asOf === undefined ? null : asOfDay(query.asOf);
  const rows = await db.query<RelationRow>(LIST_RELATIONS, [actorIds, query.type ?? null, asOf]);
  return rows.map(toRecord);
}

/** See Store.timeline. */
export async function timeline(db: Queryable, a: string, b: string): Promise<RelationRecord[]> {
  const rows = await db.query<RelationRow>(PAIR_TIMELINE, [await actorIdsNamed(db, a), await actorIdsNamed(db, b)]);
  return rows.map(toRecord);
}

/** Every assertion of one document, rejected ones included, in reading order. */
export async function documentRelations(db: Queryable, documentId: number): Promise<RelationRecord[]> {
  return (await db.query<RelationRow>(DOCUMENT_RELATIONS, [documentId])).map(toRecord);
}

/**
 * The day an as-of date stands for: "2015-06-01" itself; a partial date its last day, so that
 * `--as-of 2015` is the graph as it stood at the end of 2015.
 */
export function asOfDay(value: string): string {
  const range = /^\d{4}(-\d{2}){0,2}$/.test(value) ? dayRange(value) : null;
  if (!range)
    throw new LinkageError("BAD_ARGUMENT", `expected a date YYYY-MM-DD, YYYY-MM or YYYY, found "${value}"`, "--as-of");
  return range.last;
}

/** The ids of the actors a name or alias names. @throws LinkageError NOT_FOUND naming it when none does. */
export async function actorIdsNamed(db: Queryable, name: string): Promise<number[]> {
  const actors = await findActors(db, name);
  if (actors.length === 0) throw new LinkageError("NOT_FOUND", `no actor is named "${name}"`);
  return actors.map((a) => a.id);
}

/** A RELATION_SELECT row as the RelationRecord the CLI, API and exports share. */
export function toRecord(r: RelationRow): RelationRecord {
  return {
    id: r.id,
    subject: { id: r.subject_id, name: r.subject_name },
    type: r.type,
    object: { id: r.object_id, name: r.object_name },
    polarity: r.polarity,
    modality: r.modality,
    attributed_to: r.attributed_to,
    time: { start: r.time_start, end: r.time_end },
    evidence: { document: r.document_id, start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
    confidence: r.confidence,
    status: r.review_status,
  };
}
