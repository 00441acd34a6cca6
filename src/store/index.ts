/**
 * The store: the one place that knows SQL and engines. Open it with `openStore({ db })`, where
 * `db` is a folder for the embedded PGlite engine or a postgres:// URL for a server.
 */
import { isLinkageError, LinkageError } from "../errors.js";
import type { Db } from "./db.js";
import { migrate } from "./migrate.js";
import { createStore, type Store } from "./store.js";

export type { ActorDocument, ActorProfile } from "./actor-profile.js";
export type * from "./aggregate-records.js";
export type * from "./curation-records.js";
export type { EdgeRecord } from "./graph-edges.js";
export type * from "./graph-records.js";
export type * from "./import-records.js";
export type { IngestOptions, IngestStage } from "./ingest-document.js";
export type { Backlog, FailureRecord, QueueRecords } from "./queue-records.js";
export type * from "./records.js";
export { asOfDay } from "./relations.js";
export { REVIEW_STATUSES, type ReviewItem, type ReviewQueuePage, type ReviewQueueQuery } from "./review.js";
export type { ActorHit, DocumentHit, SearchResults, SnippetPart } from "./search.js";
export type { Store } from "./store.js";
export { TOKEN_ROLES, type TokenRecord, type TokenRole, type TokenStore } from "./tokens.js";

/** postgres:// or postgresql:// selects a server; anything else is a PGlite folder. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * Open the store named by `config.db`, creating the PGlite folder if needed, and apply pending
 * migrations (safe when several processes open one PostgreSQL database at once).
 * @throws LinkageError STORE_FAILED naming the database (without its password).
 */
export async function openStore(config: { db: string }): Promise<Store> {
  const where = redact(config.db);
  let db: Db | undefined;
  try {
    // Engines are imported on demand: a PGlite user never loads pg, and the reverse.
    db = isPostgresUrl(config.db)
      ? await (await import("./engines/postgres-db.js")).openPostgresDb(config.db)
      : await (await import("./engines/pglite-db.js")).openPgliteDb(config.db);
    await migrate(db);
    return createStore(db);
  } catch (err) {
    await db?.close().catch(() => {});
    if (isLinkageError(err)) throw new LinkageError(err.code, err.message, where, { cause: err });
    const reason = err instanceof Error ? err.message : String(err);
    throw new LinkageError("STORE_FAILED", `cannot open the store: ${reason}`, where, { cause: err });
  }
}

/** The database as it may be shown: a URL's password replaced by "***". */
export function redact(db: string): string {
  if (!isPostgresUrl(db)) return db;
  try {
    const url = new URL(db);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "postgres://…";
  }
}
