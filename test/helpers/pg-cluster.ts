/**
 * A PostgreSQL cluster of a test's own, for tests that restart or break the server: the shared
 * one (LINKAGE_TEST_PG_URL) serves other suites at the same time and must stay up. Started with
 * scripts/ci-postgres.sh, so it needs what that script needs (PostgreSQL's server binaries).
 */
import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { ROOT } from "./built-cli.js";

const run = promisify(execFile);
const SCRIPT = join(ROOT, "scripts/ci-postgres.sh");

export interface PgCluster {
  url: string;
  /** A new, empty database on the cluster; returns its URL. `name`: letters, digits and _. */
  createDatabase(name: string): Promise<string>;
  /** Stop the server and start it again: every connection is cut. */
  restart(mode?: "fast" | "immediate"): Promise<void>;
  /** Stop the server and delete the cluster. */
  destroy(): Promise<void>;
}

/** Start a throwaway cluster on a free port; its database linkage_test is empty. */
export async function startCluster(): Promise<PgCluster> {
  const dir = await mkdtemp(join(tmpdir(), "linkage-pg-"));
  // A port away from the shared cluster's, picked at random so parallel suites rarely race for one.
  const port = String(55_000 + Math.floor(Math.random() * 3000));
  const { stdout } = await run(SCRIPT, ["start", dir, port], { cwd: ROOT });
  const bin = await serverBin();
  const asPostgres = (args: string[]) =>
    process.getuid?.() === 0 ? run("runuser", ["-u", "postgres", "--", ...args]) : run(args[0], args.slice(1));
  return {
    url: stdout.trim(),
    async createDatabase(name) {
      if (!/^\w+$/.test(name)) throw new Error(`not a plain database name: ${name}`);
      const url = new URL(stdout.trim());
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        // Identifiers cannot be parameters; the name was checked above.
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      url.pathname = `/${name}`;
      return url.toString();
    },
    async restart(mode = "fast") {
      // -l: the new server's output goes to its log; inheriting this pipe, it would hold it open for good.
      const log = join(dir, "server.log");
      await asPostgres([
        join(bin, "pg_ctl"),
        "-D",
        join(dir, "data"),
        "-l",
        log,
        "-m",
        mode,
        "-w",
        "-t",
        "60",
        "restart",
      ]);
    },
    async destroy() {
      await run(SCRIPT, ["stop", dir], { cwd: ROOT });
    },
  };
}

/** The folder of pg_ctl, found as scripts/ci-postgres.sh finds it. */
async function serverBin(): Promise<string> {
  const { stdout } = await run("bash", [
    "-c",
    'd=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1); if [ -n "$d" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; else dirname "$(readlink -f "$(command -v pg_ctl)")"; fi',
  ]);
  return stdout.trim();
}
