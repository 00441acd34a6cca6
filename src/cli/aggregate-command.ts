import type { Command } from "commander";
import { formatJson } from "../format/index.js";
import { parseRelationQuery } from "../services/relation-query.js";
import { aggregateListing } from "./aggregate-listing.js";
import { configFrom, printListing, type StoreFlags, storeOptions, withStore } from "./store-options.js";

/**
 * `linkage aggregate [--actor NAME] [--type T] [--as-of DATE]`: relations as facts across
 * documents, with their supporting sentences, corroboration, conflicts and attributions.
 */
export function registerAggregate(program: Command): void {
  storeOptions(
    program.command("aggregate").description("relations aggregated across documents, with corroboration and conflicts"),
  )
    .option("--actor <actor>", "relations with this actor (a name, alias or id) at either end")
    .option("--type <type>", "one relation type, e.g. allied_with")
    .option("--as-of <date>", "relations holding on YYYY-MM-DD (YYYY or YYYY-MM: the period's last day)")
    .action(async (flags: StoreFlags & { actor?: string; type?: string; asOf?: string }) => {
      const config = configFrom(flags);
      const { type, asOf } = parseRelationQuery({ type: flags.type, asOf: flags.asOf });
      const facts = await withStore(config, async (store) => {
        const actor = flags.actor === undefined ? undefined : await store.resolveActor(flags.actor);
        return store.aggregateRelations({ actor, type, asOf });
      });
      if (config.format === "json") return void process.stdout.write(formatJson(facts));
      printListing(config, aggregateListing(facts));
    });
}
