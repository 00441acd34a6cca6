import type { Migration } from "./index.js";

/**
 * What the distributed ingest keeps beside the job queue's own tables: documents set aside after
 * failing, and the queue workers alive, so a crashed worker's jobs can be given to another.
 */
export const ingestQueue: Migration = {
  version: 3,
  name: "ingest-queue",
  statements: [
    // One row per document text: failing again replaces the row. `document` is the queued
    // document as JSON text (json, not jsonb: jsonb refuses the \u0000 a hostile text may hold),
    // kept so the document can be queued again without its original file.
    `CREATE TABLE ingest_failures (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      sha256 text NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      source text NOT NULL,
      code text NOT NULL,
      message text NOT NULL,
      attempts integer NOT NULL CHECK (attempts >= 1),
      document json NOT NULL,
      failed_at timestamptz NOT NULL DEFAULT now()
    )`,
    // A worker pool's last sign of life, by the database's clock so machines need not agree on
    // the time. pool_id is the queue library's name for the pool, which it writes as the lock
    // holder on the jobs the pool has taken.
    `CREATE TABLE queue_workers (
      pool_id text PRIMARY KEY,
      host text NOT NULL,
      pid integer NOT NULL,
      started_at timestamptz NOT NULL DEFAULT now(),
      seen_at timestamptz NOT NULL DEFAULT now()
    )`,
  ],
};
