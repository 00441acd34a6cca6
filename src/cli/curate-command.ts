/**
 * `linkage curate …`: an analyst's changes to the graph. Actors are named by name, alias or id;
 * each change prints its change id, which `linkage curate undo ID` reverses. With
 * --expect-version, a change made against an actor or assertion someone changed meanwhile is
 * refused instead of overwriting theirs. Who acts comes from LINKAGE_USER (or the login name).
 */
import type { Command } from "commander";
import { LinkageError } from "../errors.js";
import { formatJson } from "../format/index.js";
import type { ActorDetail } from "../store/index.js";
import { registerCurateActors } from "./curate-actors-command.js";
import { registerCurateAssertions } from "./curate-assertions-command.js";
import { registerCurateHistory } from "./curate-history-command.js";
import type { StoreFlags } from "./store-options.js";

export interface CurateFlags extends StoreFlags {
  expectVersion?: string;
}

export function registerCurate(program: Command): void {
  const curate = program
    .command("curate")
    .description("merge, split and rename actors, edit aliases, decide on assertions, undo; with history");
  registerCurateActors(curate);
  registerCurateAssertions(curate);
  registerCurateHistory(curate);
}

/** A version as typed after --expect-version: a positive whole number. */
export function parseVersion(raw: string | undefined, flag = "--expect-version"): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) {
    throw new LinkageError("BAD_ARGUMENT", `expected a version (a positive whole number), found "${raw}"`, flag);
  }
  return Number(raw);
}

/** An id as typed: a positive whole number. */
export function parseId(raw: string, what: string): number {
  if (!/^#?\d{1,15}$/.test(raw))
    throw new LinkageError("BAD_ARGUMENT", `expected ${what} id (a whole number), found "${raw}"`);
  return Number(raw.replace("#", ""));
}

/** Print what a change did: JSON as the store returned it, else one line. */
export function printChange(format: string, result: { change: number }, line: string): void {
  process.stdout.write(format === "json" ? formatJson(result) : `change ${result.change}: ${line}\n`);
}

/** "#3 al-Qaeda (version 7)". */
export function actorLabel(a: ActorDetail): string {
  return `#${a.id} ${a.name} (version ${a.version})`;
}

/** Options every write takes. */
export function writeOptions(command: Command): Command {
  return command.option(
    "--expect-version <n>",
    "refuse the change unless the actor or assertion is still at this version",
  );
}
