/**
 * The review queue: assertions by review status, a page at a time, each with the version an
 * analyst's decision must name (Store.decideAssertion refuses a decision on a changed one).
 */
import type { Queryable } from "./db.js";
import type { RelationRecord, ReviewStatus } from "./records.js";
import { RELATION_SELECT } from "./relation-sql.js";
import { type RelationRow, toRecord } from "./relations.js";

export const REVIEW_STATUSES: readonly ReviewStatus[] = ["pending", "accepted", "rejected", "corrected"];

/** Which assertions to list for review. */
export interface ReviewQueueQuery {
  status: ReviewStatus;
  /** Only this document's assertions. */
  document?: number;
  limit: number;
  offset: number;
}

/** An assertion awaiting (or past) review, with its version. */
export type ReviewItem = RelationRecord & { version: number };

export interface ReviewQueuePage {
  /** How many assertions have this status (and document), over all pages. */
  total: number;
  items: ReviewItem[];
}

/** $1 status, $2 document id or null; in reading order, document by document. */
const QUEUE = `SELECT q.*, v.version FROM (${RELATION_SELECT}
  WHERE a.review_status = $1 AND ($2::bigint IS NULL OR a.document_id = $2::bigint)
  ORDER BY a.document_id, a.evidence_start, a.id
  LIMIT $3 OFFSET $4) AS q JOIN assertions v ON v.id = q.id
  ORDER BY q.document_id, q.evidence_start, q.id`;

const QUEUE_COUNT = `SELECT count(*)::int AS n FROM assertions
  WHERE review_status = $1 AND ($2::bigint IS NULL OR document_id = $2::bigint)`;

/** One page of the review queue. */
export async function reviewQueue(db: Queryable, q: ReviewQueueQuery): Promise<ReviewQueuePage> {
  const document = q.document ?? null;
  const rows = await db.query<RelationRow & { version: number }>(QUEUE, [q.status, document, q.limit, q.offset]);
  const [{ n }] = await db.query<{ n: number }>(QUEUE_COUNT, [q.status, document]);
  return { total: n, items: rows.map((r) => ({ ...toRecord(r), version: r.version })) };
}
