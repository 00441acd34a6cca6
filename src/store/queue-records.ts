/**
 * What the ingest queue keeps in the store: documents set aside after failing, the queue workers
 * alive, and how much work the queue still holds. The jobs themselves belong to the queue
 * library (graphile-worker, schema graphile_worker); only its documented read-only `jobs` view
 * is read here.
 */
import type { DocumentInput } from "../types.js";
import type { Queryable } from "./db.js";

/** A document set aside after failing, with the error that stopped it. */
export interface FailureRecord {
  id: number;
  sha256: string;
  source: string;
  code: string;
  message: string;
  attempts: number;
  failed_at: string;
}

/** A failure as recorded: the record plus the document, so it can be queued again. */
export interface FailureInput extends Omit<FailureRecord, "id" | "failed_at"> {
  document: DocumentInput;
}

/** Jobs of one task still to be done: waiting (now or after a retry delay) or taken by a worker. */
export interface Backlog {
  waiting: number;
  running: number;
}

export interface QueueRecords {
  /** Record (or replace) the failure of the document with this SHA-256. */
  recordFailure(failure: FailureInput): Promise<void>;
  /** Every failure, oldest first, without the documents. */
  listFailures(): Promise<FailureRecord[]>;
  /** The documents of the failures with these ids (of all, when null), to queue them again. */
  failedDocuments(ids: readonly number[] | null): Promise<{ id: number; sha256: string; document: DocumentInput }[]>;
  /** Forget the failures of these texts: stored since, queued again, or given up on. */
  clearFailures(sha256s: readonly string[]): Promise<void>;
  /** Forget the failures with these ids (all, when null); returns how many there were. */
  dropFailures(ids: readonly number[] | null): Promise<number>;
  /** Record that a worker pool is alive now. */
  beat(poolId: string, host: string, pid: number): Promise<void>;
  /** Pools not seen for `staleSeconds`: crashed, or cut off from the database. */
  stalePools(staleSeconds: number): Promise<string[]>;
  /** Drop pools from the list of the living (their jobs have been freed, or they stopped). */
  forgetPools(poolIds: readonly string[]): Promise<void>;
  /** The jobs of `task` not yet done; zero when the queue's tables do not exist yet. */
  backlog(task: string): Promise<Backlog>;
}

/** QueueRecords over an open, migrated database. */
export function queueRecords(db: Queryable): QueueRecords {
  return {
    async recordFailure(f) {
      await db.query(
        `INSERT INTO ingest_failures (sha256, source, code, message, attempts, document)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (sha256) DO UPDATE SET source = EXCLUDED.source, code = EXCLUDED.code,
           message = EXCLUDED.message, attempts = EXCLUDED.attempts, document = EXCLUDED.document, failed_at = now()`,
        [f.sha256, f.source, f.code, f.message, f.attempts, JSON.stringify(f.document)],
      );
    },
    listFailures: () =>
      db.query<FailureRecord>(
        "SELECT id, sha256, source, code, message, attempts, failed_at FROM ingest_failures ORDER BY failed_at, id",
      ),
    async failedDocuments(ids) {
      // document::text: the JSON as written, parsed here, so both engines return the same thing.
      const rows = await db.query<{ id: number; sha256: string; document: string }>(
        `SELECT id, sha256, document::text AS document FROM ingest_failures
          WHERE $1::bigint[] IS NULL OR id = ANY($1::bigint[]) ORDER BY id`,
        [ids ? [...ids] : null],
      );
      return rows.map((r) => ({ id: r.id, sha256: r.sha256, document: JSON.parse(r.document) as DocumentInput }));
    },
    async clearFailures(sha256s) {
      await db.query("DELETE FROM ingest_failures WHERE sha256 = ANY($1::text[])", [[...sha256s]]);
    },
    async dropFailures(ids) {
      const rows = await db.query(
        "DELETE FROM ingest_failures WHERE $1::bigint[] IS NULL OR id = ANY($1::bigint[]) RETURNING id",
        [ids ? [...ids] : null],
      );
      return rows.length;
    },
    async beat(poolId, host, pid) {
      await db.query(
        `INSERT INTO queue_workers (pool_id, host, pid) VALUES ($1, $2, $3)
         ON CONFLICT (pool_id) DO UPDATE SET seen_at = now()`,
        [poolId, host, pid],
      );
    },
    async stalePools(staleSeconds) {
      const rows = await db.query<{ pool_id: string }>(
        "SELECT pool_id FROM queue_workers WHERE seen_at < now() - make_interval(secs => $1)",
        [staleSeconds],
      );
      return rows.map((r) => r.pool_id);
    },
    async forgetPools(poolIds) {
      await db.query("DELETE FROM queue_workers WHERE pool_id = ANY($1::text[])", [[...poolIds]]);
    },
    async backlog(task) {
      const [exists] = await db.query<{ ok: boolean }>("SELECT to_regclass('graphile_worker.jobs') IS NOT NULL AS ok");
      if (!exists?.ok) return { waiting: 0, running: 0 };
      // A job whose attempts are used up and which nobody holds is finished, failed for good.
      const [row] = await db.query<Backlog>(
        `SELECT count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts)::int AS waiting,
                count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS running
           FROM graphile_worker.jobs WHERE task_identifier = $1`,
        [task],
      );
      return row ?? { waiting: 0, running: 0 };
    },
  };
}
