import type { Command } from "commander";
import { loadConfig } from "../config.js";
import { withStore } from "./store-options.js";

/** Listed here rather than imported, so that other commands do not load the export modules. */
const FORMATS = "stix, gexf, graphml, csv, json";

interface ExportFlags {
  db?: string;
  format?: string;
  asOf?: string;
  actor?: string;
  depth?: string;
  out?: string;
}

/**
 * `linkage export [--format stix|gexf|graphml|csv|json] [--as-of DATE] [--actor NAME [--depth N]] [--out PATH]`:
 * the graph for other tools. --format here names an export format, not a listing format, so it
 * has no LINKAGE_FORMAT fallback; the default is a STIX 2.1 bundle.
 */
export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write the graph as a STIX 2.1 bundle, GEXF (Gephi), GraphML, CSV or node-link JSON")
    .option("--db <folder|url>", "PGlite folder or postgres:// URL (env LINKAGE_DB, default ./linkage-data)")
    .option("--format <format>", `${FORMATS} (default stix)`)
    .option("--as-of <date>", "only relations holding on YYYY-MM-DD (YYYY or YYYY-MM: the period's last day)")
    .option("--actor <name>", "only the network around this actor (name or alias)")
    .option("--depth <n>", "with --actor: how many hops out (default 1)")
    .option("--out <path>", "write to this file (csv: into this folder, as nodes.csv and edges.csv); default stdout")
    .action(async (flags: ExportFlags) => {
      const [{ exportFiles, parseExportRequest }, { writeExportFiles }] = await Promise.all([
        import("../export/index.js"),
        import("../export/write-output.js"),
      ]);
      // Flags are checked before the store is opened, so a typo costs nothing.
      const request = parseExportRequest(flags);
      const config = loadConfig({ db: flags.db });
      const files = await withStore(config, (store) => exportFiles(store, request));
      await writeExportFiles(files, flags.out);
    });
}
