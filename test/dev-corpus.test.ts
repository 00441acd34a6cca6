/**
 * The whole flow over the real dev documents, with the built CLI: extraction finds the actors and
 * relations of an analytic essay, and ingesting the corpus twice stores each assertion once.
 * Needs ../shared/corpus beside the checkout; skipped, visibly, where it is absent.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "..");
const CORPUS = resolve(ROOT, "../shared/corpus/dev");
const IMU = join(CORPUS, "imu-joins-is-2015.txt");

async function linkage(args: string[]): Promise<string> {
  const { stdout } = await run("node", [join(ROOT, "bin/linkage.js"), ...args], {
    env: { ...process.env, LINKAGE_DB: "" },
    maxBuffer: 1 << 26,
    timeout: 300_000,
  });
  return stdout;
}

interface Named {
  name: string;
}

describe.skipIf(!existsSync(IMU))("the dev corpus (../shared/corpus/dev)", () => {
  let db: string;

  beforeAll(async () => {
    // The CLI as built by `npm ci` (prepare) or `npm run build`.
    db = await mkdtemp(join(tmpdir(), "linkage-dev-"));
  });

  afterAll(async () => {
    if (db) await rm(db, { recursive: true, force: true });
  });

  it("extracts the essay's actors, with mentions, and its relations", async () => {
    const out = JSON.parse(await linkage(["extract", IMU, "--format", "json"]));
    expect(out.document.published).toBe("2015-08-11");
    expect(out.entities.length).toBeGreaterThanOrEqual(20);
    expect(out.entities.every((e: { mentions: unknown[] }) => e.mentions.length > 0)).toBe(true);
    expect(out.relations.length).toBeGreaterThanOrEqual(10);
    const name = new Map(out.entities.map((e: { id: string; name: string }) => [e.id, e.name]));
    const pledges = out.relations
      .filter((r: { type: string }) => r.type === "pledged_allegiance_to")
      .map((r: { subject: string; object: string }) => `${name.get(r.subject)} -> ${name.get(r.object)}`);
    expect(pledges).toContain("Islamic Movement of Uzbekistan -> Islamic State");
  }, 300_000);

  it("stores the corpus once, however often it is ingested", async () => {
    await linkage(["ingest", CORPUS, "--db", db]);
    const first = JSON.parse(await linkage(["relations", "--db", db, "--format", "json"]));
    expect(await linkage(["ingest", CORPUS, "--db", db])).toMatch(/0 added, 4 unchanged, 0 failed/);
    const second = JSON.parse(await linkage(["relations", "--db", db, "--format", "json"]));
    expect(second.length).toBe(first.length);
    const pledge = second.filter(
      (r: { type: string; subject: Named; object: Named; evidence: { text: string } }) =>
        r.type === "pledged_allegiance_to" &&
        r.subject.name === "Islamic Movement of Uzbekistan" &&
        r.object.name === "Islamic State" &&
        /bay`a/.test(r.evidence.text),
    );
    expect(pledge).toHaveLength(1);
  }, 600_000);
});
