import { basename } from "node:path";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { formatCsv, formatJson } from "../format/index.js";
import type { IngestProgress, IngestSummary } from "../services/ingest-service.js";
import { configFrom, type StoreFlags, storeOptions, withStore } from "./store-options.js";

/**
 * `linkage ingest FILE|DIR|URL...`: read, extract and store documents. Each failure is reported
 * naming its input and the batch goes on; the exit code is 1 if any input failed.
 */
export function registerIngest(program: Command): void {
  storeOptions(program.command("ingest").description("read, extract and store documents"))
    .argument("<inputs...>", "files, folders (read recursively) or URLs")
    .action(async (inputs: string[], flags: StoreFlags) => {
      const config = configFrom(flags);
      // Loaded here, not at start-up: only ingest and extract need the NLP model.
      const { ingestPaths } = await import("../services/ingest-service.js");
      const progress = progressBar();
      const summary = await withStore(config, (store) =>
        ingestPaths(store, inputs, { maxBytes: config.maxInputBytes, user: config.user, onProgress: progress.update }),
      ).finally(progress.stop);
      for (const f of summary.failed) process.stderr.write(`linkage: ${f.input}: ${f.message}\n`);
      process.stdout.write(render(config.format, summary));
      if (summary.failed.length > 0) process.exitCode = 1;
    });
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
