import { LinkageError } from "../errors.js";
import type { Db } from "./db.js";
import { MIGRATIONS, type Migration } from "./migrations/index.js";

/**
 * Key of the transaction-level advisory lock taken while migrating: two processes opening the
 * same PostgreSQL database at once take turns, and the second finds the work done.
 */
const MIGRATION_LOCK_KEY = 4_242_001_731;

/**
 * Apply every migration not yet recorded in schema_migrations, all in one transaction
 * (PostgreSQL DDL is transactional: a failure leaves the schema as it was).
 * @returns the versions applied by this call, empty when the schema was up to date.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ version: number }>("SELECT version FROM schema_migrations");
    const applied = new Set(rows.map((r) => r.version));
    const newest = Math.max(0, ...applied);
    const known = Math.max(0, ...migrations.map((m) => m.version));
    if (newest > known) {
      throw new LinkageError(
        "STORE_FAILED",
        `the database schema is at version ${newest}, newer than this linkage knows (${known}): upgrade linkage`,
      );
    }
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        migration.version,
        migration.name,
      ]);
      done.push(migration.version);
    }
    return done;
  });
}
