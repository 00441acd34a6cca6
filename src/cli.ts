/**
 * The `linkage` command line. Commands are declared in `src/cli/*-command.ts`; each parses its
 * flags and calls services. No logic of its own lives here: only wiring and error reporting.
 */
import { Command } from "commander";
import { registerActor } from "./cli/actor-command.js";
import { registerActors } from "./cli/actors-command.js";
import { registerAggregate } from "./cli/aggregate-command.js";
import { registerCurate } from "./cli/curate-command.js";
import { registerDemo } from "./cli/demo-command.js";
import { registerDocuments } from "./cli/documents-command.js";
import { registerExport } from "./cli/export-command.js";
import { registerExtract } from "./cli/extract-command.js";
import { registerFailures } from "./cli/failures-command.js";
import { registerImport } from "./cli/import-command.js";
import { registerIngest } from "./cli/ingest-command.js";
import { registerNames } from "./cli/names-command.js";
import { registerRelations } from "./cli/relations-command.js";
import { registerServe } from "./cli/serve-command.js";
import { registerShowDoc } from "./cli/show-doc-command.js";
import { registerTimeline } from "./cli/timeline-command.js";
import { registerTokens } from "./cli/tokens-command.js";
import { registerWorker } from "./cli/worker-command.js";
import { isLinkageError } from "./errors.js";

const program = new Command();
program
  .name("linkage")
  .description("Evidence-linked, time-aware graphs of armed and militant organizations from analytic prose")
  .version("0.1.0")
  .showHelpAfterError();

registerDemo(program);
registerExtract(program);
registerIngest(program);
registerWorker(program);
registerFailures(program);
registerDocuments(program);
registerShowDoc(program);
registerActors(program);
registerActor(program);
registerNames(program);
registerCurate(program);
registerAggregate(program);
registerRelations(program);
registerTimeline(program);
registerExport(program);
registerImport(program);
registerServe(program);
registerTokens(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const message = isLinkageError(err) || err instanceof Error ? err.message : String(err);
  process.stderr.write(`linkage: ${message}\n`);
  process.exitCode = process.exitCode || 1;
}
