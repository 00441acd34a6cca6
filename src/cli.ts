/**
 * The `linkage` command line. Commands are declared in `src/cli/*-command.ts`; each parses its
 * flags and calls services. No logic of its own lives here: only wiring and error reporting.
 */
import { Command } from "commander";
import { isLinkageError } from "./errors.js";
import { registerExtract } from "./cli/extract-command.js";

const program = new Command();
program
  .name("linkage")
  .description("Evidence-linked, time-aware graphs of armed and militant organizations from analytic prose")
  .version("0.1.0")
  .showHelpAfterError();

registerExtract(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const message = isLinkageError(err) || err instanceof Error ? err.message : String(err);
  process.stderr.write(`linkage: ${message}\n`);
  process.exitCode = process.exitCode || 1;
}
