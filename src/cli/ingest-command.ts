import { basename } from "node:path";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { type Config, loadWorkConfig, type WorkConfig } from "../config.js";
import { formatCsv, formatJson } from "../format/index.js";
import type { IngestProgress, IngestSummary } from "../services/ingest-service.js";
import { configFrom, type StoreFlags, storeOptions, withStore } from "./store-options.js";

interface IngestFlags extends StoreFlags {
  queue?: boolean;
  threads?: string;
}

/**
 * `linkage ingest FILE|DIR|URL...`: read, extract and store documents. Each failure is reported
 * naming its input and the batch goes on; the exit code is 1 if any input failed. Extraction runs
 * on `--threads` threads; with `--queue` the documents are read and queued for `linkage worker`.
 */
export function registerIngest(program: Command): void {
  storeOptions(program.command("ingest").description("read, extract and store documents"))
    .argument("<inputs...>", "files, folders (read recursively) or URLs")
    .option("--queue", "queue the documents for `linkage worker` processes (needs a postgres:// --db)")
    .option("--threads <n>", "extraction threads (env LINKAGE_THREADS, default: one per core, at most 4)")
    .action(async (inputs: string[], flags: IngestFlags) => {
      const config = configFrom(flags);
      const work = loadWorkConfig({ threads: flags.threads });
      if (flags.queue) return queueInputs(config, work, inputs);
      // Loaded here, not at start-up: only ingest and extract need the NLP model.
      const { ingestPaths } = await import("../services/ingest-service.js");
      const { createExtractPool } = await import("../queue/extract-pool.js");
      const pool = createExtractPool({ threads: work.threads, timeoutMs: work.extractTimeoutSeconds * 1000 });
      const progress = progressBar();
      const summary = await withStore(config, (store) =>
        ingestPaths(store, inputs, {
          maxBytes: config.maxInputBytes,
          user: config.user,
          onProgress: progress.update,
          prepare: pool.prepare,
          concurrency: work.threads,
        }),
      ).finally(() => {
        progress.stop();
        return pool.close();
      });
      for (const f of summary.failed) process.stderr.write(`linkage: ${f.input}: ${f.message}\n`);
      process.stdout.write(render(config.format, summary));
      if (summary.failed.length > 0) process.exitCode = 1;
    });
}

/** `--queue`: read and queue; the workers extract and store. */
async function queueInputs(config: Config, work: WorkConfig, inputs: string[]): Promise<void> {
  const { enqueuePaths } = await import("../queue/enqueue.js");
  const summary = await enqueuePaths(config, work, inputs);
  for (const f of summary.failed) process.stderr.write(`linkage: ${f.input}: ${f.message}\n`);
  const counts = { queued: summary.queued, failed: summary.failed.length };
  if (config.format === "json") process.stdout.write(formatJson(summary));
  else if (config.format === "csv") process.stdout.write(formatCsv([counts]));
  else process.stdout.write(`${counts.queued} queued, ${counts.failed} failed\n`);
  if (summary.failed.length > 0) process.exitCode = 1;
}

function render(format: string, summary: IngestSummary): string {
  const counts = { added: summary.added, unchanged: summary.unchanged, failed: summary.failed.length };
  if (format === "json") return formatJson(summary);
  if (format === "csv") return formatCsv([counts]);
  return `${counts.added} added, ${counts.unchanged} unchanged, ${counts.failed} failed\n`;
}

/** A progress bar on stderr when it is a terminal; nothing at all otherwise (logs, pipes, CI). */
function progressBar(): { update: (p: IngestProgress) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: "{bar} {value}/{total} {file}", hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      if (!started) bar.start(p.total, 0, { file: "" });
      started = true;
      bar.update(p.done, { file: basename(p.input) });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
