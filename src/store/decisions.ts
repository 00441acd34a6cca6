/**
 * Analyst decisions on assertions: accept, reject, or correct the type, the ends, polarity,
 * modality or time. The assertion row carries the reading in force, so every query sees it;
 * the decision is also kept apart, keyed by document SHA-256 and natural key, and applied
 * again whenever the document is re-extracted or stored anew.
 */
import { LinkageError } from "../errors.js";
import { RELATION_TYPES } from "../types.js";
import { type AssertionState, type Corrections, correct, STATE_COLUMNS, writeState } from "./assertion-state.js";
import { recordChange } from "./change-log.js";
import type { AssertionDecisionInput, CurationOptions } from "./curation-records.js";
import type { Db, Queryable } from "./db.js";
import { dayRange } from "./validity.js";

interface DecisionRow {
  status: string;
  corrections: Corrections;
  note: string | null;
  version: number;
  decided_by: string;
  decided_at: string;
}

/** Record a decision; @returns the audit id. @throws NOT_FOUND, CONFLICT (stale version), BAD_ARGUMENT. */
export async function decideAssertion(
  db: Db,
  id: number,
  input: AssertionDecisionInput,
  opts: CurationOptions,
): Promise<number> {
  const corrections = checkDecision(input);
  return db.transaction(async (tx) => {
    const [row] = await tx.query<AssertionState>(
      `SELECT ${STATE_COLUMNS}, d.sha256 FROM assertions a JOIN documents d ON d.id = a.document_id WHERE a.id = $1 FOR UPDATE OF a`,
      [id],
    );
    if (!row) throw new LinkageError("NOT_FOUND", `no assertion has id ${id}`);
    if (opts.expectedVersion !== undefined && row.version !== opts.expectedVersion) {
      throw new LinkageError(
        "CONFLICT",
        `assertion ${id} is at version ${row.version}, not ${opts.expectedVersion}: someone changed it meanwhile; reload and decide again`,
      );
    }
    await checkActors(tx, [corrections.subject, corrections.object]);
    const [previous] = await tx.query<DecisionRow>(
      `SELECT status, corrections, note, version, decided_by, decided_at FROM assertion_decisions
        WHERE document_sha256 = $1 AND natural_key = $2`,
      [row.sha256, row.natural_key],
    );
    const next = correct(row, corrections);
    const version = await writeState(tx, row.id, { ...next, review_status: input.status, reviewed_by: opts.user });
    await tx.query(
      `INSERT INTO assertion_decisions (document_sha256, natural_key, key_subject, key_object, status, corrections,
          note, version, decided_by)
       VALUES ($1, $2, substring($2 FROM '^[a-z_]+:(\\d+):')::bigint, substring($2 FROM '^[a-z_]+:\\d+:(\\d+):')::bigint,
          $3, $4, $5, $6, $7)
       ON CONFLICT (document_sha256, natural_key) DO UPDATE SET status = $3, corrections = $4, note = $5,
          version = $6, decided_by = $7, decided_at = now()`,
      [
        row.sha256,
        row.natural_key,
        input.status,
        JSON.stringify({ ...(previous?.corrections ?? {}), ...corrections }),
        input.note ?? previous?.note ?? null,
        version,
        opts.user,
      ],
    );
    const details = {
      before: row,
      previous_decision: previous ?? null,
      status: input.status,
      corrections,
      note: input.note,
    };
    return recordChange(tx, { user: opts.user, action: "assertion.decide", kind: "assertion", entityId: id, details });
  });
}

/** Put an assertion and its decision back as they were before a decision. */
export async function undoDecision(
  tx: Queryable,
  d: { before: AssertionState; previous_decision: DecisionRow | null },
): Promise<void> {
  const b = d.before;
  // By document and natural key: the row may have been re-extracted (a new id) since.
  const rows = await tx.query<{ id: number }>(
    `SELECT a.id FROM assertions a JOIN documents doc ON doc.id = a.document_id
      WHERE doc.sha256 = $1 AND a.natural_key = $2 FOR UPDATE OF a`,
    [b.sha256, b.natural_key],
  );
  // Its version goes up, not back: an analyst holding the version before the undo must reload.
  for (const r of rows) await writeState(tx, r.id, { ...b, version: undefined });
  if (d.previous_decision === null) {
    await tx.query("DELETE FROM assertion_decisions WHERE document_sha256 = $1 AND natural_key = $2", [
      b.sha256,
      b.natural_key,
    ]);
    return;
  }
  const p = d.previous_decision;
  await tx.query(
    `UPDATE assertion_decisions SET status = $3, corrections = $4, note = $5, decided_by = $6, decided_at = $7
      WHERE document_sha256 = $1 AND natural_key = $2`,
    [b.sha256, b.natural_key, p.status, JSON.stringify(p.corrections), p.note, p.decided_by, p.decided_at],
  );
}

/**
 * Apply the decisions stored for a document's assertions: after ingest and re-extraction, so
 * re-reading a document never overwrites an analyst. @returns how many were applied.
 */
export async function applyDecisions(tx: Queryable, documentId: number): Promise<number> {
  const rows = await tx.query<AssertionState & DecisionRow>(
    `SELECT ${STATE_COLUMNS}, d.sha256, dd.status, dd.corrections, dd.version AS decision_version, dd.decided_by, dd.decided_at
       FROM assertions a JOIN documents d ON d.id = a.document_id
       JOIN assertion_decisions dd ON dd.document_sha256 = d.sha256 AND dd.natural_key = a.natural_key
      WHERE a.document_id = $1`,
    [documentId],
  );
  for (const r of rows) {
    const decided = r as unknown as { decision_version: number };
    await writeState(tx, r.id, {
      ...correct(r, r.corrections),
      review_status: r.status as AssertionState["review_status"],
      reviewed_by: r.decided_by,
      reviewed_at: r.decided_at,
      version: decided.decision_version,
    });
  }
  return rows.length;
}

/**
 * Before re-extraction replaces a document's assertions: statuses set without a decision
 * record (by an older linkage, or straight in the database) become decisions, so they survive.
 */
export async function keepReviewedStatuses(tx: Queryable, documentId: number): Promise<void> {
  await tx.query(
    `INSERT INTO assertion_decisions (document_sha256, natural_key, key_subject, key_object, status, version, decided_by, decided_at)
     SELECT d.sha256, a.natural_key, substring(a.natural_key FROM '^[a-z_]+:(\\d+):')::bigint,
            substring(a.natural_key FROM '^[a-z_]+:\\d+:(\\d+):')::bigint, a.review_status, a.version,
            coalesce(a.reviewed_by, 'unknown'), coalesce(a.reviewed_at, now())
       FROM assertions a JOIN documents d ON d.id = a.document_id
      WHERE a.document_id = $1 AND a.review_status <> 'pending'
     ON CONFLICT DO NOTHING`,
    [documentId],
  );
}

function checkDecision(input: AssertionDecisionInput): Corrections {
  const bad = (message: string) => new LinkageError("BAD_ARGUMENT", message);
  if (!["accepted", "rejected", "corrected"].includes(input.status)) {
    throw bad(`expected a decision accepted, rejected or corrected; found "${input.status}"`);
  }
  const c = input.corrections ?? {};
  const given = Object.values(c).some((v) => v !== undefined);
  if (input.status === "corrected" && !given)
    throw bad("a correction needs something to correct: type, ends, polarity, modality or time");
  if (input.status !== "corrected" && given) throw bad(`corrections go with status "corrected", not "${input.status}"`);
  if (c.type !== undefined && !(RELATION_TYPES as readonly string[]).includes(c.type)) {
    throw bad(`expected one of ${RELATION_TYPES.join(", ")}; found "${c.type}"`);
  }
  if (c.polarity !== undefined && !["affirmed", "negated"].includes(c.polarity))
    throw bad(`bad polarity "${c.polarity}"`);
  if (c.modality !== undefined && !["asserted", "hedged"].includes(c.modality))
    throw bad(`bad modality "${c.modality}"`);
  for (const date of [c.time?.start, c.time?.end]) {
    if (date && !(/^\d{4}(s|-\d{2}(-\d{2})?)?$/.test(date) && dayRange(date))) {
      throw bad(`expected a date YYYY, YYYY-MM, YYYY-MM-DD or a decade YYYYs; found "${date}"`);
    }
  }
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as Corrections;
}

async function checkActors(tx: Queryable, ids: (number | undefined)[]): Promise<void> {
  for (const id of ids) {
    if (id === undefined) continue;
    const [row] = await tx.query("SELECT 1 FROM actors WHERE id = $1", [id]);
    if (!row) throw new LinkageError("NOT_FOUND", `no actor has id ${id}`);
  }
}
