import type { Command } from "commander";
import { loadWorkConfig } from "../config.js";
import { formatCsv, formatJson } from "../format/index.js";
import type { WorkerSummary } from "../queue/run-worker.js";
import { configFrom, type StoreFlags, storeOptions } from "./store-options.js";

interface WorkerFlags extends StoreFlags {
  concurrency?: string;
  exitWhenIdle?: boolean;
}

/**
 * `linkage worker`: store the documents `linkage ingest --queue` queued, until stopped (SIGINT or
 * SIGTERM: the documents in hand are finished first; a second signal stops at once) or, with
 * --exit-when-idle, until the queue is empty. One line per document goes to stderr.
 */
export function registerWorker(program: Command): void {
  storeOptions(program.command("worker").description("take queued documents from the job queue and store them"))
    .option(
      "--concurrency <n>",
      "documents at once, each on a thread (env LINKAGE_WORKER_CONCURRENCY, default: one per core, at most 4)",
    )
    .option("--exit-when-idle", "stop once no queued document is waiting or being worked on")
    .action(async (flags: WorkerFlags) => {
      const config = configFrom(flags);
      const work = loadWorkConfig({ concurrency: flags.concurrency });
      const { runWorker } = await import("../queue/run-worker.js");
      const stop = new AbortController();
      const onSignal = () => {
        if (stop.signal.aborted) process.exit(130);
        log("stopping after the documents in hand (signal again to stop now)");
        stop.abort();
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
      try {
        log(`started with ${work.concurrency} at a time`);
        const summary = await runWorker(config, work, { exitWhenIdle: flags.exitWhenIdle, signal: stop.signal, log });
        process.stdout.write(render(config.format, summary));
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
    });
}

function log(line: string): void {
  process.stderr.write(`linkage worker: ${line}\n`);
}

function render(format: string, summary: WorkerSummary): string {
  if (format === "json") return formatJson(summary);
  if (format === "csv") return formatCsv([{ ...summary }]);
  return `${summary.added} added, ${summary.unchanged} unchanged, ${summary.failed} failed, ${summary.retried} retried\n`;
}
