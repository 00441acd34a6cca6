/**
 * The engines storage tests run on: PGlite always, PostgreSQL when LINKAGE_TEST_PG_URL names a
 * server (the suite is then reported as skipped, not silently absent). Each test suite gets a
 * database of its own: a temporary folder, or a new database on the server.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export interface TestEngine {
  name: "pglite" | "postgres";
  available: boolean;
  /** Whether two stores may open the same database at once (PGlite is single-process). */
  sharedAccess: boolean;
  /** A new, empty database; pass it to openStore({ db }). */
  create(): Promise<string>;
  /** Remove a database made by create(); stores on it must be closed first. */
  drop(db: string): Promise<void>;
}

const PG_URL = process.env.LINKAGE_TEST_PG_URL;

const pglite: TestEngine = {
  name: "pglite",
  available: true,
  sharedAccess: false,
  async create() {
    return join(await mkdtemp(join(tmpdir(), "linkage-test-")), "db");
  },
  async drop(db) {
    await rm(join(db, ".."), { recursive: true, force: true });
  },
};

const postgres: TestEngine = {
  name: "postgres",
  available: Boolean(PG_URL),
  sharedAccess: true,
  async create() {
    const name = `linkage_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    // Identifiers cannot be parameters; the name is made here from digits and letters only.
    await admin((c) => c.query(`CREATE DATABASE ${name}`));
    const url = new URL(PG_URL as string);
    url.pathname = `/${name}`;
    return url.toString();
  },
  async drop(db) {
    const name = new URL(db).pathname.slice(1);
    if (!/^linkage_t_\w+$/.test(name)) throw new Error(`refusing to drop ${name}`);
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  },
};

async function admin(fn: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}

/** Every engine, available or not: suites use describe.skipIf(!engine.available). */
export const ENGINES: readonly TestEngine[] = [pglite, postgres];
