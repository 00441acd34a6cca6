/**
 * Planner statistics for PGlite. PostgreSQL's autovacuum refreshes them as tables grow; PGlite
 * runs no such daemon, so a store that grew from empty was planned as if it were still empty
 * (an as-of query on 100,000 relations scanned every later assertion of a type for each row
 * instead of looking up its ends). This does what autovacuum's analyze does: when the tables
 * have grown by a tenth since statistics were last gathered, gather them again.
 */
import type { Params } from "../db.js";

type Run = (sql: string, params?: Params) => Promise<Record<string, unknown>[]>;

/** Growth, as a share of the size at the last ANALYZE, that calls for another. */
const GROWTH = 0.1;
/** …and at least this many bytes, so that a small store is not analyzed after every write. */
const MIN_BYTES = 512 * 1024;
/** Sizes are read once every this many write transactions. */
const CHECK_EVERY = 10;

// pg_relation_size is the tables' size on disk now, which PGlite keeps current (its row
// counters stay at zero).
const SIZE = `
  SELECT coalesce(sum(pg_relation_size(c.oid)), 0)::float8 AS bytes
    FROM pg_class c
   WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace`;

/**
 * Statistics as of opening are taken as current: migration 006 analyzed every store once, and
 * this keeps them current from then on.
 */
export interface AutoAnalyze {
  /** Call once on open, to measure the size statistics are taken to describe. */
  start(): Promise<void>;
  /**
   * Call after each committed write transaction. Never throws: the write is done, and stale
   * statistics make queries slower, not wrong.
   */
  afterWrite(): Promise<void>;
}

export function autoAnalyze(run: Run): AutoAnalyze {
  let analyzedBytes = 0;
  let writes = 0;
  let running: Promise<void> | null = null;

  const size = async () => Number((await run(SIZE))[0]?.bytes ?? 0);

  return {
    async start() {
      analyzedBytes = await size();
    },
    async afterWrite() {
      if (++writes % CHECK_EVERY !== 0 || running) return;
      running = (async () => {
        const bytes = await size();
        if (bytes - analyzedBytes <= Math.max(MIN_BYTES, analyzedBytes * GROWTH)) return;
        await run("ANALYZE");
        analyzedBytes = bytes;
      })()
        .catch(() => {
          // Left for the next check: the caller's write has committed and must not be reported as failed.
        })
        .finally(() => {
          running = null;
        });
      await running;
    },
  };
}
