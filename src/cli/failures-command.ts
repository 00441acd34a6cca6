import type { Command } from "commander";
import { type Config, loadWorkConfig } from "../config.js";
import { LinkageError } from "../errors.js";
import type { Listing, Row } from "../format/index.js";
import type { FailureRecord, Store } from "../store/index.js";
import { configFrom, printListing, type StoreFlags, storeOptions, withStore } from "./store-options.js";

interface FailuresFlags extends StoreFlags {
  retry?: boolean;
  clear?: boolean;
}

/**
 * `linkage failures [ID...]`: the queued documents the workers set aside, with the error that
 * stopped each; `--retry` queues them again, `--clear` forgets them (all, or those listed).
 */
export function registerFailures(program: Command): void {
  storeOptions(program.command("failures").description("list queued documents that failed, retry or clear them"))
    .argument("[ids...]", "failure ids to retry or clear (default: all)")
    .option("--retry", "queue the documents again")
    .option("--clear", "forget the failures")
    .action(async (args: string[], flags: FailuresFlags) => {
      const config = configFrom(flags);
      if (flags.retry && flags.clear) throw new LinkageError("BAD_ARGUMENT", "expected --retry or --clear, found both");
      const ids = args.length > 0 ? args.map(parseId) : null;
      await withStore(config, async (store) => {
        if (flags.retry) return say(`${await retry(config, store, ids)} queued again`);
        if (flags.clear) return say(`${await store.queue.dropFailures(ids)} cleared`);
        printListing(config, failureListing(await store.queue.listFailures()));
      });
    });
}

async function retry(config: Config, store: Store, ids: number[] | null): Promise<number> {
  const { requeueFailures } = await import("../queue/enqueue.js");
  return requeueFailures(config, loadWorkConfig(), store, ids);
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function parseId(arg: string): number {
  if (/^\d+$/.test(arg)) return Number(arg);
  throw new LinkageError("BAD_ARGUMENT", `expected a failure id (a number), found ${JSON.stringify(arg)}`);
}

function failureListing(records: readonly FailureRecord[]): Listing<FailureRecord> {
  const toRow = (f: FailureRecord): Row => ({
    id: f.id,
    source: f.source,
    code: f.code,
    attempts: f.attempts,
    failed_at: f.failed_at,
    message: f.message,
  });
  return { records, toRow, columns: ["id", "source", "code", "attempts", "failed_at", "message"], maxWidth: 100 };
}
