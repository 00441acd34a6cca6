/**
 * `linkage ingest DIR` on a folder of hostile files and one good one: each is stored or refused
 * with a clear error naming it, and the rest of the batch lands. Then the same folder through
 * the job queue, where the workers meet what reading let through.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { type BuiltCli, buildCli } from "../helpers/built-cli.js";
import { ENGINES } from "../helpers/engines.js";
import { type Expected, METACHAR_NAME, METACHAR_TEXT, writeHostileFiles } from "./hostile-files.js";

let cli: BuiltCli;
let dir: string;
let files: Map<string, Expected>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "linkage-hostile-"));
  [cli, files] = await Promise.all([buildCli("hostile-batch"), writeHostileFiles(join(dir, "in"))]);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const refused = () => [...files].filter(([, e]) => !e.stored) as [string, Expected & { stored: false }][];
const stored = () => [...files].filter(([, e]) => e.stored) as [string, Expected & { stored: true }][];

describe("a batch of hostile files", () => {
  it("stores what it can read, refuses the rest naming each file, and goes on", { timeout: 300_000 }, async () => {
    const db = join(dir, "store");
    const out = await cli.run(["ingest", join(dir, "in"), "--db", db, "--format", "json"]);
    expect(out.code).toBe(1);
    const summary = JSON.parse(out.stdout) as {
      added: number;
      unchanged: number;
      failed: { input: string; message: string }[];
    };
    for (const [name, expected] of refused()) {
      const path = join(dir, "in", name);
      expect(summary.failed.find((f) => f.input === path)?.message, name).toMatch(expected.error);
      expect(out.stderr).toContain(`linkage: ${path}: `);
    }
    expect(summary.failed).toHaveLength(refused().length);
    // The three UTF-16 files hold one text: stored once, then found unchanged twice.
    expect(summary).toMatchObject({ added: stored().length - 2, unchanged: 2 });

    await checkStored(db, dir, stored());
  });
});

const postgres = ENGINES.find((e) => e.name === "postgres");
describe.skipIf(!postgres?.available)("a batch of hostile files through the job queue", () => {
  let db: string;
  beforeAll(async () => {
    db = await (postgres?.create() as Promise<string>);
  });
  afterAll(async () => {
    if (db) await postgres?.drop(db);
  });

  it("refuses unreadable files when queuing, and the workers store the rest", { timeout: 300_000 }, async () => {
    const queued = await cli.run(["ingest", "--queue", join(dir, "in"), "--db", db, "--format", "json"]);
    expect(queued.code).toBe(1);
    const summary = JSON.parse(queued.stdout) as { queued: number; failed: { input: string; message: string }[] };
    expect(summary.failed.map((f) => f.input).sort()).toEqual(
      refused()
        .map(([n]) => join(dir, "in", n))
        .sort(),
    );
    expect(summary.queued).toBe(stored().length);

    const worker = cli.start(["worker", "--db", db, "--exit-when-idle", "--concurrency", "2"]);
    expect(await worker.ended(), worker.lines.join("\n")).toEqual({ code: 0, signal: null });
    await checkStored(db, dir, stored());
    expect(JSON.parse((await cli.run(["failures", "--db", db, "--format", "json"])).stdout)).toEqual([]);
  });
});

/**
 * Look in the store (opened here, once, rather than through a command per document): each file
 * that should be stored is, with the text it should have, and the good file has its assertion.
 * The file full of SQL and HTML metacharacters keeps its name and text exactly; the tables its
 * text names are all still there.
 */
async function checkStored(db: string, dir: string, expected: [string, Expected & { stored: true }][]): Promise<void> {
  const store = await openStore({ db });
  try {
    const documents = await store.listDocuments();
    // The three UTF-16 files hold one text: stored once, under the first name read.
    expect(documents).toHaveLength(expected.length - 2);
    for (const [name, want] of expected) {
      const summary = documents.find((d) => d.source === join(dir, "in", name));
      if (name.startsWith("utf16") && !summary) continue;
      expect(summary, name).toBeDefined();
      const doc = await store.getDocument(summary?.id as number);
      expect(doc?.text, name).toContain(want.contains);
      for (const bad of want.absent ?? []) expect(doc?.text, name).not.toContain(bad);
    }
    const meta = documents.find((d) => d.source === join(dir, "in", METACHAR_NAME));
    expect((await store.getDocument(meta?.id as number))?.text).toBe(METACHAR_TEXT);
    expect(documents.find((d) => d.source === join(dir, "in", "good.txt"))?.assertions).toBeGreaterThan(0);
    expect((await store.listActors()).length).toBeGreaterThan(0);
  } finally {
    await store.close();
  }
}
