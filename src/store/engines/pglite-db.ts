import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { type Db, type Params, type Queryable, TYPE_PARSERS } from "../db.js";

/**
 * Open (creating if needed) an embedded PGlite database in `dir`. PGlite is single-process:
 * one linkage process at a time should open a folder.
 */
export async function openPgliteDb(dir: string): Promise<Db> {
  await mkdir(dir, { recursive: true });
  const pg = await PGlite.create(dir, { parsers: TYPE_PARSERS });
  const run = (target: Pick<PGlite, "query">): Queryable => ({
    async query<T>(sql: string, params?: Params) {
      const result = await target.query<T>(sql, params ? [...params] : undefined);
      return result.rows;
    },
  });
  return {
    engine: "pglite",
    ...run(pg),
    // PGlite's own transaction runs BEGIN/COMMIT and rolls back when the callback throws.
    transaction: (fn) => pg.transaction((tx) => fn(run(tx))),
    close: () => pg.close(),
  };
}
