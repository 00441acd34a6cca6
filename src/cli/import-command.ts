import type { Command } from "commander";
import { formatCsv, formatJson } from "../format/index.js";
import { configFrom, type StoreFlags, storeOptions, withStore } from "./store-options.js";

/**
 * `linkage import BUNDLE.json`: add a STIX 2.1 bundle's actors, reports and relationships to the
 * store, in one transaction. A bad bundle is reported naming the file, with exit code 1, and
 * nothing is written.
 */
export function registerImport(program: Command): void {
  storeOptions(program.command("import").description("import a STIX 2.1 bundle: actors, reports, relationships, notes"))
    .argument("<bundle>", "a STIX 2.1 bundle (JSON)")
    .action(async (bundle: string, flags: StoreFlags) => {
      const config = configFrom(flags);
      const { importBundleFile, describeImport } = await import("../import/index.js");
      const summary = await withStore(config, (store) =>
        importBundleFile(store, bundle, { maxBytes: config.maxInputBytes, user: config.user }),
      );
      if (config.format === "json") return void process.stdout.write(formatJson(summary));
      if (config.format === "csv") {
        const { created: c, existing: e } = summary;
        const row = { file: summary.file, objects: summary.objects, actors: c.actors, documents: c.documents };
        const rest = { relations: c.relations, notes: summary.notes, existing: e.actors + e.documents + e.relations };
        const skipped = Object.values(summary.skipped).reduce((a, b) => a + b, 0);
        return void process.stdout.write(formatCsv([{ ...row, ...rest, skipped }]));
      }
      process.stdout.write(describeImport(summary));
    });
}
