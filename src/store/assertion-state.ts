/**
 * The parts of an assertion an analyst can decide on, read and written as one: its reading
 * (type, ends, polarity, modality, time, and the days it holds, derived from them) and its
 * review status.
 */
import type { Modality, Polarity, RelationType, TimePrecision } from "../types.js";
import type { AssertionDecisionInput } from "./curation-records.js";
import type { Queryable } from "./db.js";
import type { ReviewStatus } from "./records.js";
import { validity } from "./validity.js";

export interface AssertionState {
  id: number;
  type: RelationType;
  subject_id: number;
  object_id: number;
  polarity: Polarity;
  modality: Modality;
  time_start: string | null;
  time_end: string | null;
  time_precision: TimePrecision | null;
  review_status: ReviewStatus;
  reviewed_by: string | null;
  reviewed_at: string | null;
  version: number;
  natural_key: string;
  /** The document's SHA-256, which decisions are keyed by with the natural key. */
  sha256: string;
}

export type Corrections = NonNullable<AssertionDecisionInput["corrections"]>;

/** The columns of AssertionState from `assertions a` (the caller joins documents d for sha256). */
export const STATE_COLUMNS = `a.id, a.type, a.subject_id, a.object_id, a.polarity, a.modality, a.time_start,
  a.time_end, a.time_precision, a.review_status, a.reviewed_by, a.reviewed_at, a.version, a.natural_key`;

type Reading = Pick<
  AssertionState,
  "type" | "subject_id" | "object_id" | "polarity" | "modality" | "time_start" | "time_end" | "time_precision"
>;

/** The reading with corrections applied. */
export function correct(s: Reading, c: Corrections): Reading {
  return {
    type: c.type ?? s.type,
    subject_id: c.subject ?? s.subject_id,
    object_id: c.object ?? s.object_id,
    polarity: c.polarity ?? s.polarity,
    modality: c.modality ?? s.modality,
    time_start: c.time === undefined ? s.time_start : (c.time?.start ?? null),
    time_end: c.time === undefined ? s.time_end : (c.time?.end ?? null),
    time_precision: c.time === undefined ? s.time_precision : (c.time?.precision ?? null),
  };
}

/**
 * Write a reading and review status to assertion `id`; the days it holds are derived again.
 * `version` is set only when given (decisions re-applied keep theirs); otherwise it goes up.
 * @returns the assertion's version afterwards.
 */
export async function writeState(
  tx: Queryable,
  id: number,
  s: Reading & {
    review_status: ReviewStatus;
    reviewed_by: string | null;
    reviewed_at?: string | null;
    version?: number;
  },
): Promise<number> {
  const time =
    s.time_start || s.time_end ? { start: s.time_start, end: s.time_end, precision: s.time_precision } : null;
  const valid = validity(s.type, time);
  const [row] = await tx.query<{ version: number }>(
    `UPDATE assertions SET type = $2, subject_id = $3, object_id = $4, polarity = $5, modality = $6,
            time_start = $7, time_end = $8, time_precision = $9, valid_from = $10, valid_to = $11,
            review_status = $12, reviewed_by = $13, reviewed_at = coalesce($14::timestamptz, now()),
            version = coalesce($15::int, version)
      WHERE id = $1 RETURNING version`,
    [
      id,
      s.type,
      s.subject_id,
      s.object_id,
      s.polarity,
      s.modality,
      s.time_start,
      s.time_end,
      s.time_precision,
      valid.from,
      valid.to,
      s.review_status,
      s.reviewed_by,
      s.reviewed_at ?? null,
      s.version ?? null,
    ],
  );
  return row.version;
}
