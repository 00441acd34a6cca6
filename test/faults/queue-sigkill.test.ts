/**
 * 200 documents queued, two workers started, one killed with SIGKILL in the middle of its
 * documents and replaced: every document is stored exactly once, none half-written.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltCli, buildCli } from "../helpers/built-cli.js";
import { ENGINES } from "../helpers/engines.js";
import { writeSyntheticDocs } from "../helpers/synthetic-docs.js";

const postgres = ENGINES.find((e) => e.name === "postgres");
const COUNT = 200;
// Short, so the killed worker's documents come back within seconds rather than a minute.
const ENV = { LINKAGE_WORKER_STALE_SECONDS: "3" };

describe.skipIf(!postgres?.available)("queue workers on PostgreSQL, one killed with SIGKILL", () => {
  let cli: BuiltCli;
  let db: string;
  let dir: string;

  beforeAll(async () => {
    [cli, db, dir] = await Promise.all([
      buildCli("queue-sigkill"),
      postgres?.create() as Promise<string>,
      mkdtemp(join(tmpdir(), "linkage-sigkill-")),
    ]);
    await writeSyntheticDocs(join(dir, "docs"), COUNT);
  });
  afterAll(async () => {
    if (db) await postgres?.drop(db);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("stores every queued document exactly once, whole", { timeout: 240_000 }, async () => {
    const queued = await cli.run(["ingest", "--queue", "--db", db, join(dir, "docs")]);
    expect(queued).toMatchObject({ code: 0, stdout: `${COUNT} queued, 0 failed\n` });

    const doomed = cli.start(["worker", "--db", db, "--concurrency", "2"], ENV);
    const survivor = cli.start(["worker", "--db", db, "--concurrency", "1", "--exit-when-idle"], ENV);
    // Once it has stored a few, the doomed worker is always in the middle of its next documents.
    for (let n = 0; n < 5; n++) await doomed.waitFor(/^linkage worker: added /);
    doomed.kill("SIGKILL");
    expect(await doomed.exited).toMatchObject({ signal: "SIGKILL" });
    // The proof that it died mid-document: the queue still has jobs marked as its own.
    expect(await jobsHeldByProcess(db, doomed.pid)).toBeGreaterThan(0);

    const replacement = cli.start(["worker", "--db", db, "--exit-when-idle"], ENV);
    const ends = await Promise.all([survivor.ended(), replacement.ended()]);
    expect(ends).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);
    const log = [...survivor.lines, ...replacement.lines].join("\n");
    expect(log).toMatch(/freed the jobs of 1 silent worker pool/);

    const listed = await cli.run(["documents", "--db", db, "--format", "json"]);
    const documents = JSON.parse(listed.stdout) as { sha256: string; source: string; assertions: number }[];
    expect(documents).toHaveLength(COUNT);
    expect(new Set(documents.map((d) => d.sha256)).size).toBe(COUNT);
    expect(new Set(documents.map((d) => d.source)).size).toBe(COUNT);
    // Every document came with its assertions: none was stored half-way.
    expect(documents.filter((d) => d.assertions === 0)).toEqual([]);
    const failures = await cli.run(["failures", "--db", db, "--format", "json"]);
    expect(JSON.parse(failures.stdout)).toEqual([]);
  });
});

/** Jobs the queue holds for a worker process, by its pid, read straight from the database. */
async function jobsHeldByProcess(db: string, pid: number): Promise<number> {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM graphile_worker.jobs j JOIN queue_workers w ON w.pool_id = j.locked_by
        WHERE w.pid = $1`,
      [pid],
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}
