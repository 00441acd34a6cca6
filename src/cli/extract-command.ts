import type { Command } from "commander";
import { loadConfig } from "../config.js";

/** `linkage extract FILE...`: run the pipeline, store nothing, print JSON (JSON Lines for several files). */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract entities and relations from documents without storing them")
    .argument("<files...>", "files or URLs to read")
    .option("--format <format>", "output format: json", "json")
    .option("--explain", "show, for each relation, the rule that made it and its cue words")
    .action(async (files: string[], opts: { format: string; explain?: boolean }) => {
      const config = loadConfig();
      // Loaded here, not at start-up: other commands need no NLP model.
      const [{ readInput }, { extract }, { toEvalJson }] = await Promise.all([
        import("../ingest/read-input.js"),
        import("../pipeline/index.js"),
        import("../pipeline/output.js"),
      ]);
      let failed = 0;
      for (const file of files) {
        try {
          const doc = await readInput(file, { maxBytes: config.maxInputBytes });
          const result = extract(doc);
          process.stdout.write(`${JSON.stringify(toEvalJson(result, { explain: opts.explain === true }))}\n`);
        } catch (err) {
          failed++;
          process.stderr.write(`linkage: ${err instanceof Error ? err.message : String(err)}\n`);
        }
      }
      if (failed) process.exitCode = 1;
    });
}
