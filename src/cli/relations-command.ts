import type { Command } from "commander";
import { relationListing } from "../format/rows.js";
import { parseRelationQuery } from "../services/relation-query.js";
import { configFrom, printListing, type StoreFlags, storeOptions, withStore } from "./store-options.js";

interface RelationFlags extends StoreFlags {
  actor?: string;
  type?: string;
  asOf?: string;
}

/** `linkage relations [--actor NAME] [--type T] [--as-of DATE]`: the graph's edges with evidence. */
export function registerRelations(program: Command): void {
  storeOptions(program.command("relations").description("list relations with their evidence, in time order"))
    .option("--actor <name>", "relations with this actor (name or alias) at either end")
    .option("--type <type>", "one relation type, e.g. leader_of")
    .option("--as-of <date>", "relations holding on YYYY-MM-DD (YYYY or YYYY-MM: the period's last day)")
    .action(async (flags: RelationFlags) => {
      const config = configFrom(flags);
      const query = parseRelationQuery({ actor: flags.actor, type: flags.type, asOf: flags.asOf });
      const relations = await withStore(config, (store) => store.listRelations(query));
      printListing(config, relationListing(relations));
    });
}
