/**
 * The worker's side of the liveness thread: tell it which pools this process runs, and stop it.
 */
import { Worker } from "node:worker_threads";
import type { LogLine } from "./queue-options.js";

/** What the thread is started with. */
export interface LivenessSettings {
  db: string;
  staleSeconds: number;
}

/** What the worker tells the thread: the pools it runs now, or to stop (forgetting some pools). */
export type LivenessMessage = { kind: "pools"; pools: string[] } | { kind: "stop"; forget: string[] };

export interface LivenessThread {
  /** The pools this process runs now; the others stop getting signs of life. */
  setPools(pools: readonly string[]): void;
  /** Stop beating, and drop `forget` (pools that ended cleanly) from the list of the living. */
  stop(forget: readonly string[]): Promise<void>;
}

/** Start the liveness thread. Its log lines come to `log`; its failure to start is logged too. */
export function startLiveness(settings: LivenessSettings, log: LogLine): LivenessThread {
  const thread = new Worker(new URL("./liveness-thread.js", import.meta.url), { workerData: settings });
  const ended = new Promise<void>((resolve) => thread.once("exit", () => resolve()));
  thread.on("message", (line: string) => log(line));
  // Without it, crashed workers' jobs wait for another worker's sweep, or the library's four hours.
  thread.on("error", (err) => log(`the liveness thread stopped: ${err.message}`));
  const send = (message: LivenessMessage) => thread.postMessage(message);
  return {
    setPools: (pools) => send({ kind: "pools", pools: [...pools] }),
    async stop(forget) {
      send({ kind: "stop", forget: [...forget] });
      // A thread that does not finish in time (the database away) is ended rather than waited for.
      const timer = setTimeout(() => void thread.terminate(), 10_000);
      await ended;
      clearTimeout(timer);
    },
  };
}
