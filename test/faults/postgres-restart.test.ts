/**
 * The database server restarted in the middle of a queued ingest: the workers lose every
 * connection, reconnect on their own, and the batch completes with each document stored once.
 * The server is a cluster of this test's own, so restarting it disturbs no other suite.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltCli, buildCli } from "../helpers/built-cli.js";
import { type PgCluster, startCluster } from "../helpers/pg-cluster.js";
import { writeSyntheticDocs } from "../helpers/synthetic-docs.js";

const COUNT = 60;
const ENV = { LINKAGE_WORKER_STALE_SECONDS: "3" };

describe.skipIf(!process.env.LINKAGE_TEST_PG_URL)("queue workers across a PostgreSQL restart", () => {
  let cli: BuiltCli;
  let cluster: PgCluster;
  let dir: string;

  beforeAll(async () => {
    [cli, cluster, dir] = await Promise.all([
      buildCli("postgres-restart"),
      startCluster(),
      mkdtemp(join(tmpdir(), "linkage-restart-")),
    ]);
    await writeSyntheticDocs(join(dir, "docs"), COUNT);
  });
  afterAll(async () => {
    await cluster?.destroy();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const mode of ["immediate", "fast"] as const) {
    it(`completes the batch when the server restarts (${mode} shutdown)`, { timeout: 240_000 }, async () => {
      const db = await cluster.createDatabase(`restart_${mode}`);
      const queued = await cli.run(["ingest", "--queue", "--db", db, join(dir, "docs")]);
      expect(queued).toMatchObject({ code: 0, stdout: `${COUNT} queued, 0 failed\n` });
      const workers = [1, 2].map(() =>
        cli.start(["worker", "--db", db, "--concurrency", "1", "--exit-when-idle"], ENV),
      );
      await Promise.race(workers.map((w) => w.waitFor(/^linkage worker: added /)));
      await cluster.restart(mode);

      const ends = await Promise.all(workers.map((w) => w.ended()));
      expect(ends, workers.map((w) => w.lines.join("\n")).join("\n---\n")).toEqual([
        { code: 0, signal: null },
        { code: 0, signal: null },
      ]);
      // Proof the restart hit them while at work: some document needed another attempt or connection.
      const log = workers.flatMap((w) => w.lines).join("\n");
      expect(log).toMatch(/will retry|lost the database|queue: /);

      const listed = await cli.run(["documents", "--db", db, "--format", "json"]);
      const documents = JSON.parse(listed.stdout) as { sha256: string; assertions: number }[];
      expect(documents).toHaveLength(COUNT);
      expect(new Set(documents.map((d) => d.sha256)).size).toBe(COUNT);
      expect(documents.filter((d) => d.assertions === 0)).toEqual([]);
      const failures = await cli.run(["failures", "--db", db, "--format", "json"]);
      expect(JSON.parse(failures.stdout)).toEqual([]);
    });
  }
});
