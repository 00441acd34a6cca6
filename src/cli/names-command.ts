import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { loadConfig } from "../config.js";
import { LinkageError } from "../errors.js";
import { formatJson, formatListing } from "../format/index.js";

/**
 * `linkage names FILE`: group names, one per line, into clusters of names of one actor, with
 * the matcher ingest uses. Every non-blank line appears in exactly one cluster, as written.
 */
export function registerNames(program: Command): void {
  program
    .command("names")
    .description("cluster a list of names (one per line) into one cluster per actor")
    .argument("<file>", 'a text file of names, one per line ("-" reads standard input)')
    .option("--format <format>", "output format: table, json, csv (env LINKAGE_FORMAT, default table)")
    .option("--no-gazetteer", "compare spellings only, without the gazetteer of known actors")
    .action(async (file: string, flags: { format?: string; gazetteer: boolean }) => {
      const config = loadConfig({ format: flags.format });
      const names = await readNames(file, config.maxInputBytes);
      const { clusterNames } = await import("../resolve/cluster-names.js");
      const clusters = clusterNames(names, { gazetteer: flags.gazetteer });
      if (config.format === "json") return void process.stdout.write(formatJson({ clusters }));
      const records = clusters.map((names, i) => ({ cluster: i + 1, size: names.length, names }));
      const toRow = (r: (typeof records)[number]) => ({ cluster: r.cluster, size: r.size, names: r.names.join(" | ") });
      process.stdout.write(
        formatListing(config.format, { records, toRow, columns: ["cluster", "size", "names"], maxWidth: 120 }),
      );
    });
}

/** The non-blank lines of `file`, without line ends or a byte-order mark. */
async function readNames(file: string, maxBytes: number): Promise<string[]> {
  let bytes: Buffer;
  try {
    bytes = file === "-" ? await readStdin() : await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === "ENOENT" ? "no such file" : `cannot read it (${code ?? String(err)})`;
    throw new LinkageError(code === "ENOENT" ? "INPUT_NOT_FOUND" : "INPUT_UNREADABLE", message, file, { cause: err });
  }
  if (bytes.length > maxBytes) {
    throw new LinkageError("INPUT_TOO_LARGE", `expected at most ${maxBytes} bytes, found ${bytes.length}`, file);
  }
  if (bytes.includes(0))
    throw new LinkageError("INPUT_BINARY", "expected text, one name per line; found binary data", file);
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  return text.split(/\r?\n/).filter((line) => line.trim() !== "");
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
