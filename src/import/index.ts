/**
 * Importing a STIX 2.1 bundle: read and check the whole file first (a malformed object stops the
 * import before anything is written), then plan and write it in one transaction.
 */
import type { Store } from "../store/index.js";
import { type ImportSummary, planImport } from "./plan-import.js";
import { readBundle } from "./read-bundle.js";

export type { ImportSummary } from "./plan-import.js";

export interface ImportOptions {
  /** Largest bundle accepted, in bytes. */
  maxBytes: number;
  /** Who imports, for the audit log. */
  user?: string;
}

/**
 * Import the bundle in `path` into `store`: every threat-actor, intrusion-set, identity and
 * location as an actor, every report as a document, every relationship of a linkage type as an
 * assertion (with its note as evidence), each keeping its STIX id. See plan-import.ts.
 * @throws LinkageError naming `path`: INPUT_NOT_FOUND, INPUT_TOO_LARGE, INPUT_MALFORMED (not a
 *   bundle, or an object of a type linkage reads is malformed), STORE_FAILED. Nothing is written then.
 */
export async function importBundleFile(store: Store, path: string, opts: ImportOptions): Promise<ImportSummary> {
  const bundle = await readBundle(path, opts.maxBytes);
  const { summary } = await store.importGraph(planImport(bundle, path), { input: path, user: opts.user });
  return summary;
}

/** The summary in a few lines: what was added, what was there already, what was left out and why. */
export function describeImport(summary: ImportSummary): string {
  const { created: c, existing: e } = summary;
  const lines = [
    `${summary.file}: ${summary.objects} objects`,
    `added: ${c.actors} actors, ${c.documents} documents, ${c.relations} relations (${summary.notes} notes read as evidence)`,
    `already stored: ${e.actors} actors, ${e.documents} documents, ${e.relations} relations`,
  ];
  const skipped = Object.entries(summary.skipped).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (skipped.length) lines.push(`skipped: ${skipped.map(([what, n]) => `${n} ${what}`).join(", ")}`);
  return `${lines.join("\n")}\n`;
}
