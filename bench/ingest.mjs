/**
 * Ingest throughput as the store grows: synthetic documents (templates over generated names,
 * types and dates, see synthetic.mjs) read, extracted and stored through ingestPaths — what
 * `linkage ingest FILES…` runs — into a fresh PGlite store per batch size. A flat cost per
 * document means the store does not slow down as it fills: per_doc_growth is the seconds per
 * document at the largest batch over those at the smallest.
 *
 * The largest batch has a time budget, so that a store that slows down as it fills cannot hold
 * the whole bench hostage: past it the batch stops, and the result says how many of its
 * documents were stored and timed (the per-document figure then understates the slowdown).
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { countWords, cpuMsSince, peakRssMb, round } from "./stats.mjs";
import { actorPool, groupByType, seeded, writeDocument } from "./synthetic.mjs";

/** Documents handed to ingestPaths at a time; the budget is checked between calls. */
const STEP = 20;

export async function benchIngest({ dist, quick, log }) {
  const load = (path) => import(pathToFileURL(join(dist, path)).href);
  const tools = {
    openStore: (await load("store/index.js")).openStore,
    ingestPaths: (await load("services/ingest-service.js")).ingestPaths,
    readInput: (await load("ingest/read-input.js")).readInput,
    extract: (await load("pipeline/index.js")).extract,
  };
  const sizes = quick ? [10, 30, 100] : [10, 100, 1000];
  const budgetSeconds = quick ? 60 : 240;
  const folder = await mkdtemp(join(tmpdir(), "linkage-bench-ingest-"));
  // One pool of actors for every batch: names recur across documents, as in a real corpus,
  // so linking to known actors (not only creating new ones) is part of what is timed.
  const byType = groupByType(actorPool(2000, 11));
  try {
    // Untimed: the model and lexicons load and the JIT warms up on a throwaway store.
    await ingestBatch(tools, { folder, name: "warmup", count: 5, byType, seed: 99 });
    const runs = [];
    for (const [i, count] of sizes.entries()) {
      const budget = i === sizes.length - 1 ? budgetSeconds : Number.POSITIVE_INFINITY;
      const run = await ingestBatch(tools, { folder, name: `n${count}`, count, byType, seed: i + 1, budget });
      const stopped = run.done < count ? ` (stopped after ${run.done}: over the ${budget} s budget)` : "";
      log(
        `ingest: ${run.done} documents in ${run.seconds.toFixed(1)} s${stopped}: extraction ${run.extractSeconds.toFixed(1)} s, reading and storing ${run.storeSeconds.toFixed(1)} s`,
      );
      runs.push(run);
    }
    const perDoc = (r, key = "seconds") => r[key] / r.done;
    const [first, last] = [runs[0], runs.at(-1)];
    return {
      docs: sizes,
      docs_done: runs.map((r) => r.done),
      seconds: runs.map((r) => round(r.seconds, 2)),
      extract_seconds: runs.map((r) => round(r.extractSeconds, 2)),
      store_seconds: runs.map((r) => round(r.storeSeconds, 2)),
      words_per_doc: Math.round(last.words / last.done),
      per_doc_growth: round(perDoc(last) / perDoc(first), 2),
      store_per_doc_growth: round(perDoc(last, "storeSeconds") / perDoc(first, "storeSeconds"), 2),
      cpu_seconds: runs.map((r) => round(r.cpuSeconds, 2)),
      cpu_per_doc_growth: round(perDoc(last, "cpuSeconds") / perDoc(first, "cpuSeconds"), 2),
      // The cost of the last documents stored against the average of the smallest batch: when
      // the largest batch stops early, this shows the slowdown its average hides.
      last_step_ms_per_doc: round(last.lastStepMsPerDoc, 0),
      marginal_growth: round(last.lastStepMsPerDoc / (1000 * perDoc(first)), 2),
      docs_per_second: round(last.done / last.seconds, 1),
      actors: last.actors,
      peak_rss_mb: peakRssMb(),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Write `count` documents to a folder and ingest them into a new store, STEP at a time until
 * done or past `budget` seconds; the store is closed after.
 */
async function ingestBatch(tools, { folder, name, count, byType, seed, budget = Number.POSITIVE_INFINITY }) {
  const { openStore, ingestPaths, readInput, extract } = tools;
  const random = seeded(seed);
  const dir = join(folder, `${name}-docs`);
  await mkdir(dir);
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = join(dir, `${String(i).padStart(5, "0")}.txt`);
    await writeFile(file, writeDocument(random, byType).text);
    files.push(file);
  }
  const store = await openStore({ db: join(folder, `${name}-db`) });
  try {
    // readAndExtract, with the extraction (synchronous, so its wall time is its CPU time) timed
    // apart: ingestPaths reads ahead while it stores, so timing the whole hook would count the
    // store's work as well.
    let extractMs = 0;
    let words = 0;
    const prepare = async (input, maxBytes) => {
      const doc = await readInput(input, { maxBytes });
      words += countWords(doc.text);
      const started = performance.now();
      const extraction = extract(doc);
      extractMs += performance.now() - started;
      return { doc, extraction };
    };
    const started = performance.now();
    const cpu = process.cpuUsage();
    let done = 0;
    let lastStepMsPerDoc = 0;
    while (done < count && (performance.now() - started) / 1000 < budget) {
      const step = files.slice(done, done + STEP);
      const stepStarted = performance.now();
      const summary = await ingestPaths(store, step, { maxBytes: 2 ** 20, user: "bench", prepare });
      if (summary.failed.length > 0) {
        throw new Error(`${summary.failed.length} synthetic documents failed: ${summary.failed[0].message}`);
      }
      lastStepMsPerDoc = (performance.now() - stepStarted) / step.length;
      done += step.length;
    }
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = cpuMsSince(cpu) / 1000;
    const actors = (await store.listActors()).length;
    const extractSeconds = extractMs / 1000;
    return {
      count,
      done,
      words,
      seconds,
      cpuSeconds,
      extractSeconds,
      storeSeconds: seconds - extractSeconds,
      actors,
      lastStepMsPerDoc,
    };
  } finally {
    await store.close();
  }
}
