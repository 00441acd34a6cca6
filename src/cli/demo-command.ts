import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { relationListing } from "../format/rows.js";
import { configFrom, printListing, type StoreFlags, storeOptions, withStore } from "./store-options.js";

/** The sample documents shipped with linkage, written for it (see samples/README.md). */
export const SAMPLES_DIR = fileURLToPath(new URL("../../samples", import.meta.url));

/** The sample documents themselves: every file of the folder but its README. */
export function sampleFiles(): string[] {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f !== "README.md" && !f.startsWith("."))
    .sort()
    .map((f) => join(SAMPLES_DIR, f));
}

/**
 * `linkage demo`: ingest the bundled sample documents into the store (./linkage-data by
 * default) and print the graph they make, so a newcomer sees the whole flow in one command.
 */
export function registerDemo(program: Command): void {
  storeOptions(program.command("demo").description("ingest the bundled sample documents and print their graph")).action(
    async (flags: StoreFlags) => {
      const config = configFrom(flags);
      const { ingestPaths } = await import("../services/ingest-service.js");
      const { summary, relations } = await withStore(config, async (store) => ({
        summary: await ingestPaths(store, sampleFiles(), { maxBytes: config.maxInputBytes, user: config.user }),
        relations: await store.listRelations({}),
      }));
      process.stderr.write(
        `linkage: ${summary.added} sample documents added, ${summary.unchanged} already stored, in ${config.db}\n`,
      );
      for (const f of summary.failed) process.stderr.write(`linkage: ${f.input}: ${f.message}\n`);
      printListing(config, relationListing(relations));
      if (summary.failed.length > 0) process.exitCode = 1;
    },
  );
}
