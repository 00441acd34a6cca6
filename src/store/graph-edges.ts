/**
 * Relations as bare edges: ends, type, polarity, modality and start, without names or evidence.
 * A network picture of 10,000 relations needs only this, and cutting each evidence sentence out
 * of its document is most of the cost of listing relations.
 */
import type { Modality, Polarity, RelationType } from "../types.js";
import type { Queryable } from "./db.js";

/** One assertion as an edge. */
export interface EdgeRecord {
  id: number;
  subject_id: number;
  type: RelationType;
  object_id: number;
  polarity: Polarity;
  modality: Modality;
  /** Partial ISO date, or null when undated. */
  time_start: string | null;
}

/**
 * A number that changes whenever the stored graph may have: the newest audit entry's id. Every
 * write (ingest, import, review, curation) records one in the same transaction, so a view
 * cached under this number is current as long as the number is.
 */
export async function dataVersion(db: Queryable): Promise<number> {
  const [row] = await db.query<{ v: number }>("SELECT coalesce(max(id), 0) AS v FROM audit_log");
  return Number(row.v);
}
