/**
 * A pool of extraction threads. Extraction is CPU-bound and synchronous, so on one thread a batch
 * uses one core and a long document stalls everything else in the process (a queue worker's
 * heartbeat included). Threads start on demand, up to `threads`, and take requests in order.
 */
import { Worker } from "node:worker_threads";
import { LinkageError } from "../errors.js";
import type { Prepared } from "../services/ingest-service.js";
import type { DocumentInput, Extraction } from "../types.js";
import { fromWire, type WireError } from "./wire-errors.js";

/** The work itself: read and extract an input, or extract a document already read. */
type Work = { kind: "prepare"; input: string; maxBytes: number } | { kind: "extract"; doc: DocumentInput };

/** What the pool asks of a thread: work, numbered so the answer can be matched to it. */
export type ThreadRequest = Work & { id: number };

/** What a thread sends back: `doc` only for "prepare", which read it. */
export interface ThreadValue {
  doc?: DocumentInput;
  extraction: Extraction;
}

/** A thread's answer to request `id`. */
export type ThreadReply = { id: number; ok: true; value: ThreadValue } | { id: number; ok: false; error: WireError };

export interface ExtractPool {
  /** Read and extract one input on a thread: the `prepare` hook of ingestPaths. */
  prepare(input: string, maxBytes: number): Promise<Prepared>;
  /** Extract a document already read. */
  extract(doc: DocumentInput): Promise<Extraction>;
  /** Stop the threads; requests still waiting are refused. */
  close(): Promise<void>;
}

export interface ExtractPoolOptions {
  threads: number;
  /** The thread's script; the built extract-thread.js beside this module by default. */
  script?: URL;
  /** Heap limit of each thread: a document that exhausts it fails alone instead of ending the process. */
  maxHeapMb?: number;
  /**
   * Longest one document may take, in ms; its thread is then stopped and the document refused.
   * Extraction time grows faster than the text, so a huge or freakish document could otherwise
   * hold a thread (and a queue worker) for hours.
   */
  timeoutMs?: number;
}

interface Task {
  request: ThreadRequest;
  resolve: (value: ThreadValue) => void;
  reject: (err: Error) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

const DEFAULT_MAX_HEAP_MB = 2048;

/** Start a pool; no thread runs until there is work. */
export function createExtractPool(opts: ExtractPoolOptions): ExtractPool {
  const script = opts.script ?? new URL("./extract-thread.js", import.meta.url);
  const slots: Slot[] = [];
  const waiting: Task[] = [];
  let nextId = 1;
  let closed = false;

  function spawn(): Slot {
    const worker = new Worker(script, {
      resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb ?? DEFAULT_MAX_HEAP_MB },
    });
    const slot: Slot = { worker, task: null };
    worker.on("message", (reply: ThreadReply) => {
      const task = slot.task;
      slot.task = null;
      clearTimeout(task?.timer);
      if (task && reply.id === task.request.id) {
        if (reply.ok) task.resolve(reply.value);
        else task.reject(fromWire(reply.error));
      }
      dispatch();
    });
    // A thread that dies (out of memory, a crash in native code) takes only its own document down.
    const lost = (reason: string) => {
      const at = slots.indexOf(slot);
      if (at < 0) return;
      slots.splice(at, 1);
      clearTimeout(slot.task?.timer);
      slot.task?.reject(new Error(`the extraction thread stopped: ${reason}`));
      slot.task = null;
      dispatch();
    };
    worker.on("error", (err) => lost(err.message));
    worker.on("exit", (code) => lost(`exit code ${code}`));
    slots.push(slot);
    return slot;
  }

  function dispatch(): void {
    while (!closed && waiting.length > 0) {
      const slot = slots.find((s) => s.task === null) ?? (slots.length < opts.threads ? spawn() : undefined);
      if (!slot) return;
      const task = waiting.shift() as Task;
      slot.task = task;
      if (opts.timeoutMs) task.timer = setTimeout(() => overtime(slot, opts.timeoutMs as number), opts.timeoutMs);
      slot.worker.postMessage(task.request);
    }
  }

  // The thread is stopped, not asked: it is busy in synchronous code and would not hear.
  function overtime(slot: Slot, ms: number): void {
    const task = slot.task;
    if (!task) return;
    slot.task = null;
    const { request } = task;
    const input = request.kind === "prepare" ? request.input : request.doc.source;
    const limit = `expected extraction to finish within ${ms / 1000} s; it did not (the document is too long or too unusual)`;
    task.reject(new LinkageError("INPUT_TOO_LARGE", limit, input));
    void slot.worker.terminate();
  }

  function submit(work: Work): Promise<ThreadValue> {
    if (closed) return Promise.reject(new Error("the extraction pool is closed"));
    return new Promise((resolve, reject) => {
      waiting.push({ request: { ...work, id: nextId++ }, resolve, reject });
      dispatch();
    });
  }

  return {
    async prepare(input, maxBytes) {
      const { doc, extraction } = await submit({ kind: "prepare", input, maxBytes });
      return { doc: doc as DocumentInput, extraction };
    },
    async extract(doc) {
      return (await submit({ kind: "extract", doc })).extraction;
    },
    async close() {
      closed = true;
      for (const task of waiting.splice(0)) task.reject(new Error("the extraction pool is closed"));
      const running = slots.splice(0);
      for (const slot of running) slot.task?.reject(new Error("the extraction pool is closed"));
      await Promise.all(running.map((s) => s.worker.terminate()));
    },
  };
}
