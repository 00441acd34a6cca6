/** One assertion with its version and the decision kept for it, for review and concurrency. */
import type { AssertionDetail } from "./curation-records.js";
import type { Queryable } from "./db.js";
import { RELATION_SELECT } from "./relation-sql.js";
import { type RelationRow, toRecord } from "./relations.js";

/** The assertion with this id, whatever its review status, or null. */
export async function getAssertionDetail(db: Queryable, id: number): Promise<AssertionDetail | null> {
  const [row] = await db.query<RelationRow & { version: number; natural_key: string; sha256: string }>(
    `SELECT q.*, a.version, a.natural_key, d.sha256
       FROM (${RELATION_SELECT} WHERE a.id = $1) AS q
       JOIN assertions a ON a.id = q.id JOIN documents d ON d.id = a.document_id`,
    [id],
  );
  if (!row) return null;
  const [decision] = await db.query<NonNullable<AssertionDetail["decision"]>>(
    `SELECT status, corrections, note, decided_by, decided_at FROM assertion_decisions
      WHERE document_sha256 = $1 AND natural_key = $2`,
    [row.sha256, row.natural_key],
  );
  return { relation: toRecord(row), version: row.version, natural_key: row.natural_key, decision: decision ?? null };
}
