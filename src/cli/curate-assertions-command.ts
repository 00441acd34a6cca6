import type { Command } from "commander";
import { LinkageError } from "../errors.js";
import type { AssertionDecisionInput, Store } from "../store/index.js";
import { RELATION_TYPES, type RelationType, type TimePrecision } from "../types.js";
import { type CurateFlags, parseId, parseVersion, printChange, writeOptions } from "./curate-command.js";
import { configFrom, storeOptions, withStore } from "./store-options.js";

interface CorrectFlags extends CurateFlags {
  type?: string;
  subject?: string;
  object?: string;
  polarity?: string;
  modality?: string;
  timeStart?: string;
  timeEnd?: string;
  note?: string;
}

/** `curate accept|reject|correct ID`: decisions on assertions, kept across re-extraction. */
export function registerCurateAssertions(curate: Command): void {
  for (const status of ["accepted", "rejected"] as const) {
    const verb = status === "accepted" ? "accept" : "reject";
    writeOptions(storeOptions(curate.command(verb).description(`${verb} an assertion (id from \`linkage relations\`)`)))
      .argument("<id>", "assertion id")
      .option("--note <text>", "why")
      .action(async (raw: string, flags: CorrectFlags) => {
        await decide(flags, parseId(raw, "an assertion"), { status, note: flags.note });
      });
  }
  writeOptions(
    storeOptions(
      curate.command("correct").description("correct an assertion's type, ends, polarity, modality or time"),
    ),
  )
    .argument("<id>", "assertion id")
    .option("--type <type>", `the right relation type: ${RELATION_TYPES.join(", ")}`)
    .option("--subject <actor>", "the right subject (name, alias or id)")
    .option("--object <actor>", "the right object (name, alias or id)")
    .option("--polarity <p>", "affirmed or negated")
    .option("--modality <m>", "asserted or hedged")
    .option("--time-start <date>", 'when it began: YYYY, YYYY-MM, YYYY-MM-DD ("" for undated)')
    .option("--time-end <date>", "when it ended")
    .option("--note <text>", "why")
    .action(async (raw: string, flags: CorrectFlags) => {
      await decide(flags, parseId(raw, "an assertion"), { status: "corrected", note: flags.note }, flags);
    });
}

async function decide(flags: CorrectFlags, id: number, decision: AssertionDecisionInput, correct?: CorrectFlags) {
  const config = configFrom(flags);
  const expectedVersion = parseVersion(flags.expectVersion);
  const result = await withStore(config, async (store) => {
    const input = correct ? { ...decision, corrections: await corrections(store, correct) } : decision;
    return store.decideAssertion(id, input, { user: config.user, expectedVersion });
  });
  const r = result.assertion.relation;
  printChange(
    config.format,
    result,
    `assertion ${id} ${r.status}: ${r.subject.name} ${r.type} ${r.object.name} (version ${result.assertion.version})`,
  );
}

async function corrections(store: Store, f: CorrectFlags): Promise<NonNullable<AssertionDecisionInput["corrections"]>> {
  if (f.type !== undefined && !(RELATION_TYPES as readonly string[]).includes(f.type)) {
    throw new LinkageError("BAD_ARGUMENT", `expected one of ${RELATION_TYPES.join(", ")}; found "${f.type}"`, "--type");
  }
  const time =
    f.timeStart === undefined && f.timeEnd === undefined
      ? undefined
      : { start: f.timeStart || null, end: f.timeEnd || null, precision: precisionOf(f.timeStart || f.timeEnd || "") };
  return {
    type: f.type as RelationType | undefined,
    subject: f.subject === undefined ? undefined : await store.resolveActor(f.subject),
    object: f.object === undefined ? undefined : await store.resolveActor(f.object),
    polarity: f.polarity as "affirmed" | "negated" | undefined,
    modality: f.modality as "asserted" | "hedged" | undefined,
    time,
  };
}

function precisionOf(date: string): TimePrecision | null {
  if (/^\d{4}s$/.test(date)) return "decade";
  return ({ 4: "year", 7: "month", 10: "day" } as Record<number, TimePrecision>)[date.length] ?? null;
}
