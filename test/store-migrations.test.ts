import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../src/store/db.js";
import { openPgliteDb } from "../src/store/engines/pglite-db.js";
import { openPostgresDb } from "../src/store/engines/postgres-db.js";
import { isPostgresUrl, openStore, redact } from "../src/store/index.js";
import { migrate } from "../src/store/migrate.js";
import { MIGRATIONS } from "../src/store/migrations/index.js";
import { ENGINES } from "./helpers/engines.js";

/** The raw database under a store, to look at schema_migrations directly. */
const openDb = (db: string): Promise<Db> => (isPostgresUrl(db) ? openPostgresDb(db) : openPgliteDb(db));

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`migrations on ${engine.name}`, () => {
    let db: string;
    beforeAll(async () => {
      db = await engine.create();
    });
    afterAll(async () => {
      await engine.drop(db);
    });

    it("applies each migration once, however often the store is opened", async () => {
      await (await openStore({ db })).close();
      await (await openStore({ db })).close();
      const raw = await openDb(db);
      try {
        const rows = await raw.query<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version");
        expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
        expect(await migrate(raw)).toEqual([]);
      } finally {
        await raw.close();
      }
    });

    it.skipIf(!engine.sharedAccess)("lets several processes open a new database at once", async () => {
      const fresh = await engine.create();
      try {
        const stores = await Promise.all([1, 2, 3].map(() => openStore({ db: fresh })));
        await Promise.all(stores.map((s) => s.close()));
        const raw = await openDb(fresh);
        const rows = await raw.query("SELECT version FROM schema_migrations");
        await raw.close();
        expect(rows).toHaveLength(MIGRATIONS.length);
      } finally {
        await engine.drop(fresh);
      }
    });

    it("refuses a database migrated by a newer linkage", async () => {
      const raw = await openDb(db);
      try {
        await raw.query("INSERT INTO schema_migrations (version, name) VALUES (9999, 'from the future')");
        await expect(openStore({ db })).rejects.toThrow(/version 9999, newer than this linkage knows/);
      } finally {
        await raw.query("DELETE FROM schema_migrations WHERE version = 9999");
        await raw.close();
      }
    });
  });
}

describe("openStore", () => {
  it("names the database, without its password, when it cannot be opened", async () => {
    const url = "postgres://someone:secret@127.0.0.1:1/nowhere";
    await expect(openStore({ db: url })).rejects.toThrow(
      /^postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere: cannot open/,
    );
    expect(redact(url)).not.toContain("secret");
  });
});
