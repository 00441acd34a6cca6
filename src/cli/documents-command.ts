import type { Command } from "commander";
import { documentListing } from "../format/rows.js";
import { configFrom, printListing, type StoreFlags, storeOptions, withStore } from "./store-options.js";

/** `linkage documents`: the stored documents, oldest first. */
export function registerDocuments(program: Command): void {
  storeOptions(program.command("documents").description("list stored documents")).action(async (flags: StoreFlags) => {
    const config = configFrom(flags);
    const documents = await withStore(config, (store) => store.listDocuments());
    printListing(config, documentListing(documents));
  });
}
