import pg from "pg";
import { type Db, type Params, type Queryable, TYPE_PARSERS } from "../db.js";

/** Parsers for this pool only: pg's global type registry is left as other code expects it. */
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    TYPE_PARSERS[oid] ?? pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/** Connect to a PostgreSQL server; `url` is a postgres:// or postgresql:// connection string. */
export async function openPostgresDb(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, types, max: 4 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", () => {});
  // Fail at open, with the server's reason, rather than at the first command.
  (await pool.connect()).release();

  const run = (target: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params?: Params) {
      const result = await target.query(sql, params ? [...params] : undefined);
      return result.rows as T[];
    },
  });
  return {
    engine: "postgres",
    ...run(pool),
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      // A connection lost mid-transaction (the server restarted) is also reported as an 'error'
      // event on the client, which the pool listens for only while the client is idle; unheard,
      // it would end the process. The failing query reports it; here it only marks the client.
      const onLost = (err: Error) => {
        broken = err;
      };
      client.on("error", onLost);
      try {
        await client.query("BEGIN");
        const result = await fn(run(client));
        await client.query("COMMIT");
        return result;
      } catch (err) {
        await client.query("ROLLBACK").catch((rollbackErr: Error) => {
          broken = rollbackErr; // the connection is unusable: discard it rather than return it to the pool
        });
        throw err;
      } finally {
        client.off("error", onLost);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
