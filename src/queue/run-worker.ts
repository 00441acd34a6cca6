/**
 * A queue worker: takes queued documents from the job queue in PostgreSQL and stores them,
 * `concurrency` at a time, each extracted on a thread of its own. Any number of workers may run,
 * on any number of machines, against one database.
 *
 * The worker outlives the database going away: the queue library retries its own statements,
 * and should its pool give up, a new pool is started after a pause. Jobs held by a pool that
 * ended badly are freed once it has been silent long enough, like a crashed worker's (see
 * worker-liveness.ts).
 */
import { EventEmitter } from "node:events";
import { type Runner, run, type WorkerEvents } from "graphile-worker";
import type { Config, WorkConfig } from "../config.js";
import { openStore } from "../store/index.js";
import type { DocumentInput, Extraction } from "../types.js";
import { createExtractPool, type ExtractPool } from "./extract-pool.js";
import { INGEST_TASK } from "./ingest-job.js";
import { ingestTask, type JobOutcome } from "./ingest-task.js";
import { startLiveness } from "./liveness.js";
import { pause } from "./pause.js";
import { type LogLine, queueOptions } from "./queue-options.js";
import { watchUntilIdle } from "./until-idle.js";

export interface RunWorkerOptions {
  /** Stop once the queue holds no job of linkage's, waiting or running, anywhere. */
  exitWhenIdle?: boolean;
  /** Stop (finishing the documents in hand) when this aborts. */
  signal?: AbortSignal;
  log?: LogLine;
  /** Extraction; by default a pool of `concurrency` threads. */
  extract?: (doc: DocumentInput) => Promise<Extraction>;
  /** How often to look for jobs due later (retries), in ms; new jobs are announced at once. */
  pollIntervalMs?: number;
}

/** What a worker did before it stopped. */
export type WorkerSummary = Record<Exclude<JobOutcome, "retrying">, number> & { retried: number };

/** A started queue runner, and what to do once it has ended (cleanly, or not). */
interface Started {
  runner: Runner;
  done: (clean: boolean) => void;
}

/** Pause before starting a new pool after the last one gave up. */
const RESTART_DELAY_MS = 2000;

/** Run a worker until it is told to stop (or, with exitWhenIdle, until the queue is empty). */
export async function runWorker(config: Config, work: WorkConfig, opts: RunWorkerOptions = {}): Promise<WorkerSummary> {
  const log = opts.log ?? (() => {});
  const shared = queueOptions(config.db, log);
  const summary: WorkerSummary = { added: 0, unchanged: 0, failed: 0, retried: 0 };
  const store = await openStore(config);
  const timeoutMs = work.extractTimeoutSeconds * 1000;
  const pool = opts.extract ? undefined : createExtractPool({ threads: work.concurrency, timeoutMs });
  const liveness = startLiveness({ db: config.db, staleSeconds: work.staleSeconds }, log);
  const task = ingestTask({
    store,
    extract: opts.extract ?? (pool as ExtractPool).extract,
    user: config.user,
    log,
    onOutcome: (o) => (o === "retrying" ? summary.retried++ : summary[o]++),
  });
  const pools = new Set<string>();
  const cleanlyEnded: string[] = [];
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  opts.signal?.addEventListener("abort", onAbort);
  if (opts.signal?.aborted) stop.abort();
  const idle = opts.exitWhenIdle ? watchUntilIdle(store, opts.pollIntervalMs ?? 1000, stop) : undefined;
  try {
    await supervise(stop.signal, log, async () => {
      const events = new EventEmitter() as WorkerEvents;
      let id = "";
      events.on("pool:create", ({ workerPool }) => {
        id = workerPool.id;
        pools.add(id);
        liveness.setPools([...pools]);
      });
      const runner = await run({
        ...shared,
        concurrency: work.concurrency,
        noHandleSignals: true,
        pollInterval: opts.pollIntervalMs ?? 2000,
        taskList: { [INGEST_TASK]: task },
        parsedCronItems: [],
        events,
        // Batched (even with no delay), a job that cannot be marked done or failed because the
        // database is away stops the pool, which supervise() replaces; unbatched, the library
        // leaves that promise unhandled and the process dies.
        preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
      });
      // However the pool ends, it gets no more signs of life: one that failed may still hold
      // jobs, which go to other pools once it has been silent long enough.
      const done = (clean: boolean) => {
        pools.delete(id);
        liveness.setPools([...pools]);
        if (clean) cleanlyEnded.push(id);
      };
      return { runner, done };
    });
    return summary;
  } finally {
    opts.signal?.removeEventListener("abort", onAbort);
    await idle;
    await liveness.stop(cleanlyEnded);
    await pool?.close();
    await store.close();
  }
}

/**
 * Keep a runner going until `signal` aborts: start one, and if it ends on its own (its pool gave
 * up on the database), start another after a pause.
 */
async function supervise(signal: AbortSignal, log: LogLine, start: () => Promise<Started>): Promise<void> {
  while (!signal.aborted) {
    let current: Started | undefined;
    const onAbort = () => void current?.runner.stop().catch(() => {});
    signal.addEventListener("abort", onAbort);
    try {
      current = await start();
      if (signal.aborted) onAbort();
      await current.runner.promise;
      current.done(signal.aborted);
      if (!signal.aborted) log("the queue's worker pool stopped; starting again");
    } catch (err) {
      current?.done(false);
      if (!signal.aborted) log(`the queue stopped (${err instanceof Error ? err.message : err}); starting again`);
    } finally {
      signal.removeEventListener("abort", onAbort);
    }
    if (!signal.aborted) await pause(RESTART_DELAY_MS, signal);
  }
}
