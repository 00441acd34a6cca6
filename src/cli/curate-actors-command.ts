import type { Command } from "commander";
import type { Store } from "../store/index.js";
import { actorLabel, type CurateFlags, parseId, parseVersion, printChange, writeOptions } from "./curate-command.js";
import { configFrom, storeOptions, withStore } from "./store-options.js";

/** `curate merge|split|rename|alias-add|alias-remove`. */
export function registerCurateActors(curate: Command): void {
  writeOptions(storeOptions(curate.command("merge").description("merge the second actor into the first")))
    .argument("<keep>", "the actor that stays (name, alias or id)")
    .argument("<absorb>", "the actor merged into it, which disappears")
    .option("--expect-absorb-version <n>", "refuse unless the absorbed actor is still at this version")
    .action(async (keep: string, absorb: string, flags: CurateFlags & { expectAbsorbVersion?: string }) => {
      const expected = {
        keep: parseVersion(flags.expectVersion),
        absorb: parseVersion(flags.expectAbsorbVersion, "--expect-absorb-version"),
      };
      await run(flags, async (store, user) => {
        const [k, a] = [await store.resolveActor(keep), await store.resolveActor(absorb)];
        const result = await store.mergeActors(k, a, { user, expected });
        return [result, `merged #${a} into ${actorLabel(result.actor)}`];
      });
    });

  writeOptions(
    storeOptions(curate.command("split").description("move aliases and/or documents of an actor to a new actor")),
  )
    .argument("<actor>", "the actor to split (name, alias or id)")
    .option("--alias <alias...>", "aliases that name the other actor, with the mentions spelled so")
    .option("--document <id...>", "documents in which the actor is the other one")
    .option("--name <name>", "the new actor's name (default: the first alias)")
    .action(async (ref: string, flags: CurateFlags & { alias?: string[]; document?: string[]; name?: string }) => {
      const documents = (flags.document ?? []).map((d) => parseId(d, "a document"));
      const expectedVersion = parseVersion(flags.expectVersion);
      await run(flags, async (store, user) => {
        const id = await store.resolveActor(ref);
        const result = await store.splitActor(
          id,
          { aliases: flags.alias, documents, name: flags.name },
          { user, expectedVersion },
        );
        return [result, `split ${actorLabel(result.created ?? result.actor)} off ${actorLabel(result.actor)}`];
      });
    });

  writeOptions(storeOptions(curate.command("rename").description("rename an actor (the old name stays an alias)")))
    .argument("<actor>", "name, alias or id")
    .argument("<name>", "the new name")
    .action(async (ref: string, name: string, flags: CurateFlags) => {
      const expectedVersion = parseVersion(flags.expectVersion);
      await run(flags, async (store, user) => {
        const result = await store.renameActor(await store.resolveActor(ref), name, { user, expectedVersion });
        return [result, `renamed ${actorLabel(result.actor)}`];
      });
    });

  for (const [command, verb] of [
    ["alias-add", "add an alias to an actor"],
    ["alias-remove", "remove an alias from an actor (re-extraction will not bring it back)"],
  ] as const) {
    writeOptions(storeOptions(curate.command(command).description(verb)))
      .argument("<actor>", "name, alias or id")
      .argument("<alias>", "the alias")
      .action(async (ref: string, alias: string, flags: CurateFlags) => {
        const expectedVersion = parseVersion(flags.expectVersion);
        await run(flags, async (store, user) => {
          const id = await store.resolveActor(ref);
          const opts = { user, expectedVersion };
          const result =
            command === "alias-add" ? await store.addAlias(id, alias, opts) : await store.removeAlias(id, alias, opts);
          return [
            result,
            `${command === "alias-add" ? "added" : "removed"} "${alias}" for ${actorLabel(result.actor)}`,
          ];
        });
      });
  }
}

/** Open the store, make the change as the configured user, print it. */
async function run(flags: CurateFlags, change: (store: Store, user: string) => Promise<[{ change: number }, string]>) {
  const config = configFrom(flags);
  const [result, line] = await withStore(config, (store) => change(store, config.user));
  printChange(config.format, result, line);
}
