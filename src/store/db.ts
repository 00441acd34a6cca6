/**
 * The one seam between linkage and its SQL engines. Everything above it speaks PostgreSQL SQL
 * through `query` and `transaction`; only `src/store/engines/` knows whether the rows come from
 * PGlite (in-process WebAssembly) or a PostgreSQL server.
 */

/** Bound values for `$1`, `$2`, …: SQL text never contains data. */
export type Params = readonly unknown[];

/** Anything that runs one parameterized statement: the database itself or an open transaction. */
export interface Queryable {
  /** Run one statement and return its rows, typed by the caller. */
  query<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T[]>;
}

/** A connection to one store, whatever the engine. */
export interface Db extends Queryable {
  /** Which engine answers, for messages and diagnostics only: no code branches on it. */
  readonly engine: "pglite" | "postgres";
  /** Run `fn` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** PostgreSQL type OIDs whose default JavaScript mapping differs between the two engines. */
const INT8 = 20;
const DATE = 1082;
const TIMESTAMPTZ = 1184;

/**
 * Text-to-value parsers both engines use, so rows look the same whichever answers:
 * bigint ids as numbers (identity columns stay far below 2^53), dates as "YYYY-MM-DD"
 * (a JavaScript Date would shift them by the local time zone), timestamps as ISO strings.
 */
export const TYPE_PARSERS: Readonly<Record<number, (value: string) => unknown>> = {
  [INT8]: (value) => Number(value),
  [DATE]: (value) => value,
  [TIMESTAMPTZ]: (value) => timestampToIso(value),
};

/** "2026-11-26 00:13:55.642+00" (PostgreSQL's text form) → "2026-11-26T00:13:55.642Z". */
export function timestampToIso(value: string): string {
  const iso = value.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00");
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
