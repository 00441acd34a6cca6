/**
 * Failing jobs: a document whose storing keeps failing is retried with growing delays, then set
 * aside with its error; an error in the document itself sets it aside at once; `linkage failures
 * --retry` queues set-aside documents again. The worker runs in this process (the built code, so
 * its threads can start) with an extraction that fails on cue.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config, WorkConfig } from "../../src/config.js";
import type * as Errors from "../../src/errors.js";
import type * as Enqueue from "../../src/queue/enqueue.js";
import type * as RunWorker from "../../src/queue/run-worker.js";
import { openStore } from "../../src/store/index.js";
import type { DocumentInput, Extraction } from "../../src/types.js";
import { type BuiltCli, buildCli } from "../helpers/built-cli.js";
import { ENGINES } from "../helpers/engines.js";
import { extraction, makeDoc } from "../helpers/extraction.js";

const postgres = ENGINES.find((e) => e.name === "postgres");

describe.skipIf(!postgres?.available)("queued documents that fail", () => {
  let cli: BuiltCli;
  let db: string;
  let config: Config;
  let runWorker: typeof RunWorker.runWorker;
  let openQueue: typeof Enqueue.openQueue;
  // The built code's own class: an error made from the sources' class would not be recognised.
  let LinkageError: typeof Errors.LinkageError;
  // Two attempts: the one retry comes after the queue's first delay (e¹ ≈ 2.7 s).
  const work: WorkConfig = { threads: 1, concurrency: 2, maxAttempts: 2, staleSeconds: 5, extractTimeoutSeconds: 60 };

  beforeAll(async () => {
    [cli, db] = await Promise.all([buildCli("queue-retry"), postgres?.create() as Promise<string>]);
    const built = join(cli.entry, "..");
    ({ runWorker } = (await import(join(built, "queue/run-worker.js"))) as typeof RunWorker);
    ({ openQueue } = (await import(join(built, "queue/enqueue.js"))) as typeof Enqueue);
    ({ LinkageError } = (await import(join(built, "errors.js"))) as typeof Errors);
    config = { db, maxInputBytes: 1 << 20, format: "json", user: "tester" } as unknown as Config;
  });
  afterAll(async () => {
    if (db) await postgres?.drop(db);
  });

  /** Queue documents, then run a worker until the queue is empty, with `extract` as its extraction. */
  async function queueAndWork(docs: DocumentInput[], extract: (doc: DocumentInput) => Promise<Extraction>) {
    const queue = await openQueue(config, work);
    for (const doc of docs) await queue.add(doc);
    await queue.close();
    const log: string[] = [];
    const summary = await runWorker(config, work, {
      exitWhenIdle: true,
      extract,
      log: (l) => log.push(l),
      pollIntervalMs: 250,
    });
    return { summary, log };
  }

  it("retries a failing document, then sets it aside with its error", { timeout: 120_000 }, async () => {
    const flaky = makeDoc("The Harun Brigade fought the Nasir Front.", { source: "flaky.txt" });
    const broken = makeDoc("The Qamar Army met the Badr Front.", { source: "broken.txt" });
    const fine = makeDoc("The Zahir Battalion fought the Fajr Army.", { source: "fine.txt" });
    const failedOnce = new Set<string>();
    const started = Date.now();
    const { summary, log } = await queueAndWork([flaky, broken, fine], async (doc) => {
      if (doc.source === "broken.txt") throw new Error("the extraction thread stopped: exit code 1");
      if (doc.source === "flaky.txt" && !failedOnce.has(doc.source)) {
        failedOnce.add(doc.source);
        throw new Error("connection lost");
      }
      return extraction([], []);
    });
    expect(summary).toEqual({ added: 2, unchanged: 0, failed: 1, retried: 2 });
    // Both retries waited for the queue's backoff rather than coming back at once.
    expect(Date.now() - started).toBeGreaterThan(2500);
    expect(log.join("\n")).toMatch(
      /broken\.txt: the extraction thread stopped: exit code 1 \(set aside after 2 attempts\)/,
    );

    const failures = JSON.parse((await cli.run(["failures", "--db", db, "--format", "json"])).stdout);
    expect(failures).toMatchObject([
      { source: "broken.txt", code: "INTERNAL", attempts: 2, message: "the extraction thread stopped: exit code 1" },
    ]);
  });

  it("sets a document with an error of its own aside at once, and queues it again on request", async () => {
    const bad = makeDoc("The Safa Brigade fought the Nur Army.", { source: "bad.txt" });
    const refuse = async (doc: DocumentInput): Promise<Extraction> => {
      throw new LinkageError("INPUT_TOO_LARGE", "expected extraction to finish within 1 s; it did not", doc.source);
    };
    const { summary } = await queueAndWork([bad], refuse);
    expect(summary).toEqual({ added: 0, unchanged: 0, failed: 1, retried: 0 });
    const listed = JSON.parse((await cli.run(["failures", "--db", db, "--format", "json"])).stdout);
    expect(listed.find((f: { source: string }) => f.source === "bad.txt")).toMatchObject({
      code: "INPUT_TOO_LARGE",
      attempts: 1,
    });

    const retried = await cli.run(["failures", "--retry", "--db", db]);
    expect(retried).toMatchObject({ code: 0, stdout: "2 queued again\n" });
    const { summary: again } = await queueAndWork([], async () => extraction([], []));
    expect(again).toEqual({ added: 2, unchanged: 0, failed: 0, retried: 0 });
    expect(JSON.parse((await cli.run(["failures", "--db", db, "--format", "json"])).stdout)).toEqual([]);
    const store = await openStore({ db });
    const sources = (await store.listDocuments()).map((d) => d.source).sort();
    await store.close();
    expect(sources).toEqual(["bad.txt", "broken.txt", "fine.txt", "flaky.txt"]);
  });
});
