/**
 * `linkage export` and `linkage import` as a user runs them: output to stdout, a file or a
 * folder; flags checked before the store is opened; bad bundles named with exit code 1.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stixProblems } from "./helpers/stix-validator.js";

const run = promisify(execFile);

function mtime(path: string): number {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** The newest modification time of a TypeScript file under `dir`. */
function newestMtime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(path) : entry.name.endsWith(".ts") ? mtime(path) : 0;
    return Math.max(newest, time);
  }, 0);
}
const ROOT = resolve(import.meta.dirname, "..");

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

// Each command opens a PGlite store in a new process: seconds each on a busy machine.
describe("linkage export and import", { timeout: 240_000 }, () => {
  let dir: string;
  let db: string;

  async function linkage(args: string[]): Promise<Outcome> {
    const options = {
      cwd: dir,
      env: { ...process.env, LINKAGE_DB: db },
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    };
    try {
      const { stdout, stderr } = await run("node", [join(ROOT, "bin/linkage.js"), ...args], options);
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
    }
  }

  beforeAll(async () => {
    // Other suites run the built CLI too: rebuilding under them while they run would race, so
    // build only when a source file is newer than the build.
    if (newestMtime(join(ROOT, "src")) > mtime(join(ROOT, "dist/cli.js"))) {
      await run("npx", ["tsc", "-p", "tsconfig.json"], { cwd: ROOT });
    }
    dir = await mkdtemp(join(tmpdir(), "linkage-export-cli-"));
    db = join(dir, "store");
    await writeFile(
      join(dir, "a.txt"),
      "In 2015 the Islamic Movement of Uzbekistan pledged allegiance to the Islamic State. The Taliban fought the Islamic State in 2015.\n",
    );
    expect((await linkage(["ingest", "a.txt"])).code).toBe(0);
  }, 300_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("writes a valid STIX bundle to stdout by default, and to a file with --out", async () => {
    const out = await linkage(["export"]);
    expect(out).toMatchObject({ code: 0, stderr: "" });
    expect(stixProblems(JSON.parse(out.stdout))).toEqual([]);
    const toFile = await linkage(["export", "--format", "stix", "--out", "bundle.json"]);
    expect(toFile).toMatchObject({ code: 0, stdout: "" });
    expect(await readFile(join(dir, "bundle.json"), "utf8")).toBe(out.stdout);
  });

  it("writes nodes.csv and edges.csv into the --out folder, and refuses CSV without one", async () => {
    expect((await linkage(["export", "--format", "csv", "--out", "csv"])).code).toBe(0);
    expect((await readdir(join(dir, "csv"))).sort()).toEqual(["edges.csv", "nodes.csv"]);
    const none = await linkage(["export", "--format", "csv"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^linkage: --out: csv writes two files/);
  });

  it("names a bad flag with what it expected, before opening the store", async () => {
    const format = await linkage(["export", "--format", "pdf", "--db", join(dir, "never")]);
    expect(format).toMatchObject({
      code: 1,
      stderr: 'linkage: --format: expected one of stix, gexf, graphml, csv, json, found "pdf"\n',
    });
    expect((await readdir(dir)).includes("never")).toBe(false);
    expect((await linkage(["export", "--depth", "2"])).stderr).toMatch(
      /^linkage: --depth: only makes sense with --actor/,
    );
    expect((await linkage(["export", "--as-of", "June"])).stderr).toMatch(/^linkage: --as-of: expected a date/);
    expect((await linkage(["export", "--actor", "Nobody Known"])).stderr).toMatch(/no actor is named "Nobody Known"/);
  });

  it("exports GEXF and GraphML around an actor", async () => {
    const gexf = await linkage(["export", "--format", "gexf", "--actor", "Islamic State", "--depth", "1"]);
    expect(gexf.code).toBe(0);
    expect(gexf.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf /);
    expect((await linkage(["export", "--format", "graphml", "--as-of", "2015"])).stdout).toContain("<graphml ");
  });

  it("imports a bundle into another store, and refuses a bad one naming the file", async () => {
    const other = join(dir, "other");
    const ok = await linkage(["import", "bundle.json", "--db", other, "--format", "json"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ file: "bundle.json", created: { documents: 1 } });
    const again = await linkage(["export", "--db", other]);
    const ids = (text: string) =>
      JSON.parse(text)
        .objects.map((o: { id: string }) => o.id)
        .sort();
    expect(ids(again.stdout)).toEqual(ids(await readFile(join(dir, "bundle.json"), "utf8")));
    await writeFile(join(dir, "bad.json"), "[1, 2");
    const bad = await linkage(["import", "bad.json", "--db", other]);
    expect(bad).toMatchObject({ code: 1, stdout: "" });
    expect(bad.stderr).toMatch(/^linkage: bad\.json: expected JSON/);
  });
});
