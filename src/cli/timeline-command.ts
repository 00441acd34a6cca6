import type { Command } from "commander";
import { timelineListing } from "../format/rows.js";
import { configFrom, printListing, type StoreFlags, storeOptions, withStore } from "./store-options.js";

/** `linkage timeline A B`: what passed between two actors, in time order, with the sentences that say so. */
export function registerTimeline(program: Command): void {
  storeOptions(program.command("timeline").description("relations between two actors over time, with evidence"))
    .argument("<a>", "an actor name or alias")
    .argument("<b>", "another actor name or alias")
    .action(async (a: string, b: string, flags: StoreFlags) => {
      const config = configFrom(flags);
      const relations = await withStore(config, (store) => store.timeline(a, b));
      printListing(config, timelineListing(relations));
    });
}
