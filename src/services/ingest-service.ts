/**
 * Ingesting a batch: expand the paths, then for each input read it, extract, and store it. Each
 * input stands alone: its failure is recorded and the batch goes on.
 *
 * Reading and extracting (`prepare`) is kept apart from storing, and takes and returns plain
 * data, so it can move to worker threads (or a job queue) without touching the rest.
 */
import { isLinkageError } from "../errors.js";
import { expandInputs } from "../ingest/expand-inputs.js";
import { readInput } from "../ingest/read-input.js";
import type { Store } from "../store/index.js";
import type { DocumentInput, Extraction } from "../types.js";

/** One input read and extracted, ready to store. */
export interface Prepared {
  doc: DocumentInput;
  extraction: Extraction;
}

export interface IngestFailure {
  /** The path or URL as given or found in a folder. */
  input: string;
  message: string;
}

export interface IngestSummary {
  added: number;
  unchanged: number;
  failed: IngestFailure[];
}

export interface IngestProgress {
  /** Inputs finished so far, this one included, out of `total`. */
  done: number;
  total: number;
  input: string;
  outcome: "added" | "unchanged" | "failed";
}

export interface IngestPathsOptions {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  /** Who ingests, for the audit log. */
  user?: string;
  onProgress?: (progress: IngestProgress) => void;
  /** Read and extract one input; by default readInput() then extract(). */
  prepare?: (input: string, maxBytes: number) => Promise<Prepared>;
  /**
   * How many inputs `prepare` may work on at once (default 1): with a prepare that runs on
   * threads, the threads stay busy while the store writes. Inputs are stored in their order
   * whatever the concurrency, so a batch gives the same actors and ids every time.
   */
  concurrency?: number;
}

/** Read and extract one input on this thread. */
export async function readAndExtract(input: string, maxBytes: number): Promise<Prepared> {
  // Imported on first use: the NLP model takes a second to load, wasted when threads extract.
  const { extract } = await import("../pipeline/index.js");
  const doc = await readInput(input, { maxBytes });
  return { doc, extraction: extract(doc) };
}

/**
 * Ingest files, folders (their files, recursively) and URLs into `store`.
 * @returns how many documents were added, how many were already stored, and which inputs
 *   failed with what message; it throws only when the store itself is unusable.
 */
export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  opts: IngestPathsOptions,
): Promise<IngestSummary> {
  const prepare = opts.prepare ?? readAndExtract;
  const { inputs, errors } = await expandInputs([...paths]);
  const failed = errors.map((err) => ({ input: err.input ?? "", message: messageOf(err, err.input ?? "") }));
  const summary: IngestSummary = { added: 0, unchanged: 0, failed };
  let done = 0;
  const ahead = preparedAhead(inputs, (input) => prepare(input, opts.maxBytes), opts.concurrency ?? 1);
  for (const input of inputs) {
    let outcome: IngestProgress["outcome"];
    try {
      const { doc, extraction } = await ahead.next();
      const result = await store.ingestDocument(doc, extraction, { user: opts.user });
      outcome = result.created ? "added" : "unchanged";
      summary[outcome]++;
    } catch (err) {
      outcome = "failed";
      summary.failed.push({ input, message: messageOf(err, input) });
    }
    opts.onProgress?.({ done: ++done, total: inputs.length, input, outcome });
  }
  return summary;
}

/**
 * The prepared inputs in order, `window` of them being prepared while the caller stores the one
 * before. A failed preparation is held until its turn, so its error is reported against its input.
 */
function preparedAhead<T>(inputs: readonly string[], prepare: (input: string) => Promise<T>, window: number) {
  const pending: Promise<T>[] = [];
  let started = 0;
  const fill = () => {
    while (pending.length < Math.max(1, window) && started < inputs.length) {
      const promise = prepare(inputs[started++]);
      // Handled when its turn comes; until then it must not count as an unhandled rejection.
      promise.catch(() => {});
      pending.push(promise);
    }
  };
  return {
    next(): Promise<T> {
      fill();
      const promise = pending.shift() as Promise<T>;
      fill();
      return promise;
    },
  };
}

/** The error's own words, without the input name that LinkageError puts first. */
function messageOf(err: unknown, input: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const prefix = `${isLinkageError(err) && err.input ? err.input : input}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}
