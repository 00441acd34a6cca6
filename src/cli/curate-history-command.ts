import type { Command } from "commander";
import { LinkageError } from "../errors.js";
import { formatListing } from "../format/index.js";
import type { ChangeRecord } from "../store/index.js";
import { parseId, printChange } from "./curate-command.js";
import { configFrom, type StoreFlags, storeOptions, withStore } from "./store-options.js";

/** `curate history` and `curate undo CHANGE`. */
export function registerCurateHistory(curate: Command): void {
  storeOptions(curate.command("history").description("changes, newest first: who, when, what, and whether undone"))
    .option("--actor <actor>", "changes to this actor (name, alias or id)")
    .option("--assertion <id>", "changes to this assertion")
    .option("--limit <n>", "at most this many", "50")
    .action(async (flags: StoreFlags & { actor?: string; assertion?: string; limit: string }) => {
      const config = configFrom(flags);
      const assertion = flags.assertion === undefined ? undefined : parseId(flags.assertion, "an assertion");
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 1) {
        throw new LinkageError("BAD_ARGUMENT", `expected a positive whole number, found "${flags.limit}"`, "--limit");
      }
      const changes = await withStore(config, async (store) => {
        const actor = flags.actor === undefined ? undefined : await store.resolveActor(flags.actor);
        return store.listChanges({ actor, assertion, limit });
      });
      const toRow = (c: ChangeRecord) => ({
        id: c.id,
        at: c.at,
        by: c.performed_by,
        action: c.action,
        entity: `${c.entity_kind} ${c.entity_id ?? ""}`,
        undone_by: c.undone_by,
        details: JSON.stringify(c.details),
      });
      const columns = ["id", "at", "by", "action", "entity", "undone_by", "details"];
      process.stdout.write(formatListing(config.format, { records: changes, toRow, columns, maxWidth: 80 }));
    });

  storeOptions(curate.command("undo").description("reverse a change (its id from `linkage curate history`)"))
    .argument("<change>", "change id")
    .action(async (raw: string, flags: StoreFlags) => {
      const config = configFrom(flags);
      const id = parseId(raw, "a change");
      const undo = await withStore(config, (store) => store.undoChange(id, { user: config.user }));
      printChange(config.format, { change: undo }, `undid change ${id}`);
    });
}
