import { PGlite } from "@electric-sql/pglite";
import { type Db, type Params, type Queryable, TYPE_PARSERS } from "../db.js";
import { checkStoreFolder } from "./check-folder.js";
import { autoAnalyze } from "./pglite-analyze.js";

/**
 * Open (creating if needed) an embedded PGlite database in `dir`. PGlite is single-process:
 * one linkage process at a time should open a folder.
 */
export async function openPgliteDb(dir: string): Promise<Db> {
  await checkStoreFolder(dir);
  const pg = await PGlite.create(dir, { parsers: TYPE_PARSERS });
  const run = (target: Pick<PGlite, "query">): Queryable => ({
    async query<T>(sql: string, params?: Params) {
      const result = await target.query<T>(sql, params ? [...params] : undefined);
      return result.rows;
    },
  });
  // PGlite has no autovacuum: statistics are refreshed here as the store grows.
  const statistics = autoAnalyze((sql, params) => run(pg).query(sql, params));
  await statistics.start();
  return {
    engine: "pglite",
    ...run(pg),
    // PGlite's own transaction runs BEGIN/COMMIT and rolls back when the callback throws.
    async transaction(fn) {
      const result = await pg.transaction((tx) => fn(run(tx)));
      await statistics.afterWrite();
      return result;
    },
    close: () => pg.close(),
  };
}
