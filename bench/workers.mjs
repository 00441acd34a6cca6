/**
 * Extraction on worker threads: corpus throughput with 2 threads against 1, through the
 * extraction pool the CLI uses (src/queue/extract-pool.ts). Each pool runs the batch once
 * untimed, so its threads have loaded the model and compiled their code, then once timed: the
 * figure is steady-state throughput, as in a long ingest.
 *
 * Beside it, the same batch through wink-nlp's readDoc alone (the extraction section's
 * baseline) on 2 threads against 1: work that shares nothing between threads, but allocates as
 * much, scales only so far on a small or shared machine, and that is the ceiling to read the
 * pipeline's figure against.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { readCorpus } from "./corpus.mjs";
import { round } from "./stats.mjs";
import { createReadDocPool } from "./thread-pool.mjs";

export async function benchWorkers({ dist, quick, corpus, log }) {
  const { docs, reason } = await readCorpus(dist, corpus);
  if (!docs) return { skipped: reason };
  const poolModule = join(dist, "queue", "extract-pool.js");
  const createPool = existsSync(poolModule)
    ? (await import(pathToFileURL(poolModule).href)).createExtractPool
    : (await import("./thread-pool.mjs")).createBenchPool(dist);
  // Several copies of the corpus, so that two threads are not left waiting on one long document.
  const copies = quick ? 2 : 8;
  const batch = Array.from({ length: copies }, () => docs).flat();
  const seconds = await timeThreads("workers", createPool, batch, log);
  // readDoc takes a fraction of the pipeline's time: more copies, for a batch long enough to time.
  const readBatch = Array.from({ length: 4 }, () => batch).flat();
  const baseline = await timeThreads("workers: readDoc", createReadDocPool(), readBatch, log);
  return {
    via: existsSync(poolModule) ? "extract pool" : "bench threads",
    documents: batch.length,
    seconds_1: round(seconds[1], 2),
    seconds_2: round(seconds[2], 2),
    speedup_2: round(seconds[1] / seconds[2], 2),
    baseline_documents: readBatch.length,
    baseline_seconds_1: round(baseline[1], 2),
    baseline_seconds_2: round(baseline[2], 2),
    baseline_speedup_2: round(baseline[1] / baseline[2], 2),
  };
}

/** Seconds the batch takes on a pool of 1 thread and on one of 2, each after an untimed pass. */
async function timeThreads(label, createPool, batch, log) {
  const seconds = {};
  for (const threads of [1, 2]) {
    const pool = createPool({ threads });
    try {
      // Untimed: one pass over the batch, so that every thread has loaded the model and its
      // code is compiled (V8 compiles per thread) before the pass that is timed.
      await Promise.all(batch.map((doc) => pool.extract(doc)));
      const started = performance.now();
      await Promise.all(batch.map((doc) => pool.extract(doc)));
      seconds[threads] = (performance.now() - started) / 1000;
      log(`${label}: ${threads} thread(s): ${batch.length} documents in ${seconds[threads].toFixed(2)} s`);
    } finally {
      await pool.close();
    }
  }
  return seconds;
}
