/**
 * What a worker does with one job: extract the document, store it (a no-op when its text is
 * already stored), and decide what a failure means. Errors in the document itself are final and
 * set it aside at once; anything else (the database gone, a thread lost) is thrown back to the
 * queue, which retries with growing delays, until the attempts run out and the document is set
 * aside with its last error.
 */
import type { JobHelpers } from "graphile-worker";
import { type ErrorCode, isLinkageError } from "../errors.js";
import type { Store } from "../store/index.js";
import type { DocumentInput, Extraction } from "../types.js";
import { parsePayload, textHash } from "./ingest-job.js";
import { detailOf } from "./wire-errors.js";

/** How a job ended, for the worker's tally. */
export type JobOutcome = "added" | "unchanged" | "failed" | "retrying";

export interface IngestTaskDeps {
  store: Store;
  /** Extraction, on a thread in practice. */
  extract: (doc: DocumentInput) => Promise<Extraction>;
  /** Who ingests, for the audit log. */
  user: string;
  log: (line: string) => void;
  onOutcome?: (outcome: JobOutcome) => void;
}

/** Errors the same document would meet again on every attempt: retrying them is wasted work. */
const FINAL_CODES: ReadonlySet<ErrorCode> = new Set([
  "INPUT_EMPTY",
  "INPUT_BINARY",
  "INPUT_TOO_LARGE",
  "INPUT_MALFORMED",
  "INPUT_UNREADABLE",
]);

/** The queue task that ingests one queued document. */
export function ingestTask(deps: IngestTaskDeps): (payload: unknown, helpers: JobHelpers) => Promise<void> {
  const { store, log } = deps;
  const report = (outcome: JobOutcome) => deps.onOutcome?.(outcome);
  return async (payload, helpers) => {
    const { attempts, max_attempts: maxAttempts, id } = helpers.job;
    let document: DocumentInput;
    try {
      document = parsePayload(payload).document;
    } catch (err) {
      // Not a document at all: nothing to set aside or retry, so the job is dropped, visibly.
      log(`job ${id}: ${detailOf(err)}; dropped`);
      report("failed");
      return;
    }
    const sha256 = textHash(document.text);
    try {
      const extraction = await deps.extract(document);
      const result = await store.ingestDocument(document, extraction, { user: deps.user });
      await store.queue.clearFailures([sha256]);
      log(`${result.created ? "added" : "unchanged"} ${document.source} (document ${result.documentId})`);
      report(result.created ? "added" : "unchanged");
    } catch (err) {
      const final = isLinkageError(err) && FINAL_CODES.has(err.code);
      if (!final && attempts < maxAttempts) {
        log(`${document.source}: ${detailOf(err)} (attempt ${attempts} of ${maxAttempts}; will retry)`);
        report("retrying");
        throw err;
      }
      // If this write fails too, the error goes to the queue, which keeps the job and retries.
      await store.queue.recordFailure({
        sha256,
        source: document.source,
        code: isLinkageError(err) ? err.code : "INTERNAL",
        message: detailOf(err),
        attempts,
        document,
      });
      log(`${document.source}: ${detailOf(err)} (set aside after ${attempts} attempt${attempts === 1 ? "" : "s"})`);
      report("failed");
    }
  };
}
