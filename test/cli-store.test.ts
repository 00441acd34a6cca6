/**
 * The built CLI against a temporary PGlite store: what a user types, what they see, and the
 * exit codes scripts rely on.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "..");

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

describe("linkage CLI with a store", () => {
  let dir: string;
  let db: string;

  /** Run the built CLI; never throws on a non-zero exit, which tests check instead. */
  async function linkage(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
    const options = { cwd: dir, env: { ...process.env, LINKAGE_DB: "", ...env }, timeout: 120_000 };
    try {
      const { stdout, stderr } = await run("node", [join(ROOT, "bin/linkage.js"), ...args], options);
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
    }
  }

  beforeAll(async () => {
    await run("npx", ["tsc", "-p", "tsconfig.json"], { cwd: ROOT });
    dir = await mkdtemp(join(tmpdir(), "linkage-cli-"));
    db = join(dir, "store");
    await writeFile(
      join(dir, "a.txt"),
      "The Islamic Movement of Uzbekistan pledged allegiance to the Islamic State in 2015.\n",
    );
    await writeFile(join(dir, "b.txt"), "In 2001 the Taliban sheltered al-Qaeda in Afghanistan.\n");
    await writeFile(join(dir, "nul.txt"), "text with a \u0000 NUL character\n");
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("ingests a file once, and reports it unchanged the second time", async () => {
    const first = await linkage(["ingest", "a.txt", "--db", db]);
    expect(first).toMatchObject({ code: 0, stdout: "1 added, 0 unchanged, 0 failed\n" });
    // stderr is not a terminal here: no progress bar.
    expect(first.stderr).toBe("");
    const second = await linkage(["ingest", "a.txt", "--db", db]);
    expect(second).toMatchObject({ code: 0, stdout: "0 added, 1 unchanged, 0 failed\n" });
  });

  it("stores the good files of a batch, names the bad ones, and exits 1", async () => {
    const batch = await linkage(["ingest", "b.txt", "missing.txt", "nul.txt", "--db", db]);
    expect(batch.code).toBe(1);
    expect(batch.stdout).toBe("1 added, 0 unchanged, 2 failed\n");
    expect(batch.stderr).toMatch(/^linkage: missing\.txt: no such file/m);
    // Whoever refuses it (reader or store), the message names the file.
    expect(batch.stderr).toMatch(/^linkage: nul\.txt: \S/m);
    const docs = await linkage(["documents", "--format", "json"], { LINKAGE_DB: db });
    expect(JSON.parse(docs.stdout).map((d: { source: string }) => d.source)).toEqual(["a.txt", "b.txt"]);
  });

  it("shows a document as JSON with its text, and as a table", async () => {
    const json = await linkage(["show-doc", "1", "--db", db, "--format", "json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({
      id: 1,
      source: "a.txt",
      text: expect.stringContaining("Islamic State"),
    });
    const table = await linkage(["show-doc", "1", "--db", db]);
    expect(table.stdout).toMatch(/^source +a\.txt$/m);
    expect((await linkage(["show-doc", "7", "--db", db])).stderr).toBe("linkage: no document has id 7\n");
  });

  it("prints lists as table, JSON or CSV", async () => {
    const table = await linkage(["documents", "--db", db]);
    expect(table.stdout.split("\n")[0]).toMatch(/^id +title +published +source +words +assertions +ingested_at$/);
    const csv = await linkage(["relations", "--db", db, "--format", "csv"]);
    expect(csv.stdout.startsWith("id,time,subject,type,object,polarity,modality,attributed_to,")).toBe(true);
    expect(JSON.parse((await linkage(["actors", "--db", db, "--format", "json"])).stdout)).toBeInstanceOf(Array);
  });

  it("refuses bad flags with a message naming the flag, before touching the store", async () => {
    const cases: [string[], RegExp][] = [
      [["relations", "--format", "xml"], /--format.*expected one of table, json, csv, found "xml"/],
      [["relations", "--as-of", "2015-02-30"], /--as-of: expected a date.*"2015-02-30"/],
      [["relations", "--type", "befriended"], /--type: expected one of leader_of.*found "befriended"/],
      [["show-doc", "first"], /expected a document id/],
    ];
    for (const [args, message] of cases) {
      const out = await linkage([...args, "--db", join(dir, "never-created")]);
      expect(out.code, args.join(" ")).toBe(1);
      expect(out.stderr).toMatch(message);
    }
    expect(existsSync(join(dir, "never-created"))).toBe(false);
    const unknown = await linkage(["relations", "--actor", "Nobody Atall", "--db", db]);
    expect(unknown).toMatchObject({ code: 1, stderr: 'linkage: no actor is named "Nobody Atall"\n' });
    expect((await linkage(["timeline", "Nobody", "Islamic State", "--db", db])).stderr).toContain('"Nobody"');
  });
});
