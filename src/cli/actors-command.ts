import type { Command } from "commander";
import { actorListing } from "../format/rows.js";
import { configFrom, printListing, type StoreFlags, storeOptions, withStore } from "./store-options.js";

/** `linkage actors [--name NAME]`: every actor with its aliases, or those a name matches. */
export function registerActors(program: Command): void {
  storeOptions(program.command("actors").description("list actors and their aliases"))
    .option("--name <name>", "only actors with this name or alias")
    .action(async (flags: StoreFlags & { name?: string }) => {
      const config = configFrom(flags);
      const actors = await withStore(config, (store) =>
        flags.name === undefined ? store.listActors() : store.findActors(flags.name),
      );
      printListing(config, actorListing(actors));
    });
}
