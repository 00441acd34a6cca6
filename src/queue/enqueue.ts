/**
 * `linkage ingest --queue`: read each input here and now, and queue it for the workers. Reading
 * errors (a missing file, a binary one) are reported at once, naming the input, as without the
 * queue; what can only fail later (extraction, storing) is the workers' to retry or set aside.
 */
import { makeWorkerUtils } from "graphile-worker";
import type { Config, WorkConfig } from "../config.js";
import { expandInputs } from "../ingest/expand-inputs.js";
import { readInput } from "../ingest/read-input.js";
import type { IngestFailure } from "../services/ingest-service.js";
import type { Store } from "../store/index.js";
import type { DocumentInput } from "../types.js";
import { INGEST_TASK, jobKey } from "./ingest-job.js";
import { type LogLine, queueOptions } from "./queue-options.js";
import { detailOf } from "./wire-errors.js";

/** Somewhere to put documents for the workers. */
export interface Queue {
  add(document: DocumentInput): Promise<void>;
  close(): Promise<void>;
}

/**
 * Connect to the queue in the database `config.db`, creating the queue's tables if needed.
 * @throws LinkageError BAD_ARGUMENT when the database is not a PostgreSQL server.
 */
export async function openQueue(config: Config, work: WorkConfig, log: LogLine = () => {}): Promise<Queue> {
  const utils = await makeWorkerUtils(queueOptions(config.db, log));
  try {
    await utils.migrate();
  } catch (err) {
    await utils.release();
    throw err;
  }
  return {
    async add(document) {
      await utils.addJob(
        INGEST_TASK,
        { document },
        { jobKey: jobKey(document), jobKeyMode: "replace", maxAttempts: work.maxAttempts },
      );
    },
    async close() {
      await utils.release();
    },
  };
}

export interface EnqueueSummary {
  queued: number;
  failed: IngestFailure[];
}

/** Read files, folders (recursively) and URLs and queue each document; failures are listed, not thrown. */
export async function enqueuePaths(
  config: Config,
  work: WorkConfig,
  paths: readonly string[],
  onQueued?: (input: string) => void,
): Promise<EnqueueSummary> {
  const { inputs, errors } = await expandInputs([...paths]);
  const summary: EnqueueSummary = {
    queued: 0,
    failed: errors.map((err) => ({ input: err.input ?? "", message: detailOf(err) })),
  };
  const queue = await openQueue(config, work);
  try {
    for (const input of inputs) {
      let document: DocumentInput;
      try {
        document = await readInput(input, { maxBytes: config.maxInputBytes });
      } catch (err) {
        summary.failed.push({ input, message: detailOf(err) });
        continue;
      }
      // Not caught: a queue that refuses a job is a database problem that will refuse the rest.
      await queue.add(document);
      summary.queued++;
      onQueued?.(input);
    }
  } finally {
    await queue.close();
  }
  return summary;
}

/**
 * Queue set-aside documents again (those with these failure ids, or all), and forget their
 * failures once queued: a document failing again is set aside again.
 * @returns how many documents were queued.
 */
export async function requeueFailures(
  config: Config,
  work: WorkConfig,
  store: Store,
  ids: readonly number[] | null,
): Promise<number> {
  const failed = await store.queue.failedDocuments(ids);
  if (failed.length === 0) return 0;
  const queue = await openQueue(config, work);
  try {
    for (const f of failed) await queue.add(f.document);
  } finally {
    await queue.close();
  }
  await store.queue.clearFailures(failed.map((f) => f.sha256));
  return failed.length;
}
