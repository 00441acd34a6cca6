/**
 * What the store-backed commands share: the --db and --format flags (with their environment
 * fallbacks, read by loadConfig) and opening and closing the store around the work.
 */
import type { Command } from "commander";
import { type Config, loadConfig, OUTPUT_FORMATS } from "../config.js";
import { formatListing, type Listing } from "../format/index.js";
import { openStore, type Store } from "../store/index.js";

export interface StoreFlags {
  db?: string;
  format?: string;
}

/** Add --db and --format to a command. Neither has a commander default: loadConfig applies them. */
export function storeOptions(command: Command): Command {
  return command
    .option("--db <folder|url>", "PGlite folder or postgres:// URL (env LINKAGE_DB, default ./linkage-data)")
    .option("--format <format>", `output format: ${OUTPUT_FORMATS.join(", ")} (env LINKAGE_FORMAT, default table)`);
}

/** The validated configuration for a command's flags; throws BAD_ARGUMENT naming a bad flag. */
export function configFrom(flags: StoreFlags): Config {
  return loadConfig({ db: flags.db, format: flags.format });
}

/** Open the store, run `fn`, and close the store whatever happens. */
export async function withStore<T>(config: Config, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Print a listing in the configured format. */
export function printListing<T>(config: Config, listing: Listing<T>): void {
  process.stdout.write(formatListing(config.format, listing));
}
