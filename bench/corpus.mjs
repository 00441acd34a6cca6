/**
 * The development corpus, read as the CLI reads it. It lives beside the repository
 * (../shared/corpus/dev) or where --corpus / LINKAGE_BENCH_CORPUS says; sections that need it
 * are skipped, visibly, when it is absent.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./build.mjs";

export const DEFAULT_CORPUS = resolve(ROOT, "..", "shared", "corpus", "dev");

/** The corpus's documents as DocumentInput, or null with the reason when there is none. */
export async function readCorpus(dist, dir = DEFAULT_CORPUS) {
  if (!existsSync(dir)) return { docs: null, reason: `no development corpus at ${dir}` };
  const files = readdirSync(dir)
    .filter((name) => /\.(txt|md|html?)$/i.test(name))
    .sort()
    .map((name) => join(dir, name));
  if (files.length === 0) return { docs: null, reason: `no documents in ${dir}` };
  const { readInput } = await import(pathToFileURL(join(dist, "ingest", "read-input.js")).href);
  const docs = [];
  for (const file of files) docs.push(await readInput(file, { maxBytes: 50 * 2 ** 20 }));
  return { docs, reason: null };
}
