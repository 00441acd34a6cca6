/**
 * Exporting the graph: read the store, build the export graph (ids, STIX classes, intervals,
 * selection), and write it in one format. The CLI and the API call `exportFiles`; each format
 * module is a plain function of the export graph.
 */
import { LinkageError } from "../errors.js";
import { asOfDay, type Store } from "../store/index.js";
import { type ActorHints, gazetteerHints } from "./actor-hints.js";
import { csvFiles } from "./csv-export.js";
import { buildExportGraph, type ExportGraph } from "./export-graph.js";
import { gexf } from "./gexf.js";
import { graphml } from "./graphml.js";
import { nodeLinkJson } from "./json-export.js";
import { stixBundle } from "./stix-bundle.js";
import type { ExportFile } from "./write-output.js";

export type { ExportFile } from "./write-output.js";

export const EXPORT_FORMATS = ["stix", "gexf", "graphml", "csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A checked export request. */
export interface ExportRequest {
  format: ExportFormat;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY" (the period's last day). */
  asOf?: string;
  /** An actor name or alias: export its ego network. */
  actor?: string;
  /** Hops from `actor` (default 1). */
  depth?: number;
}

/** The most hops `--depth` accepts: past a handful, an ego network is the whole graph. */
const MAX_DEPTH = 100;

/**
 * Check export flags as typed, before any store is opened.
 * @throws LinkageError BAD_ARGUMENT naming the flag, what was expected and what was found.
 */
export function parseExportRequest(raw: {
  format?: string;
  asOf?: string;
  actor?: string;
  depth?: string;
  out?: string;
}): ExportRequest {
  const format = raw.format ?? "stix";
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new LinkageError(
      "BAD_ARGUMENT",
      `expected one of ${EXPORT_FORMATS.join(", ")}, found "${format}"`,
      "--format",
    );
  }
  if (format === "csv" && raw.out === undefined) {
    throw new LinkageError(
      "BAD_ARGUMENT",
      "csv writes two files, nodes.csv and edges.csv: give a folder with --out DIR",
      "--out",
    );
  }
  const request: ExportRequest = { format: format as ExportFormat };
  if (raw.asOf !== undefined) request.asOf = asOfDay(raw.asOf);
  if (raw.actor !== undefined) {
    if (!raw.actor.trim()) throw new LinkageError("BAD_ARGUMENT", "expected an actor name, found nothing", "--actor");
    request.actor = raw.actor;
  }
  if (raw.depth !== undefined) {
    if (raw.actor === undefined) throw new LinkageError("BAD_ARGUMENT", "only makes sense with --actor", "--depth");
    const depth = /^\d{1,3}$/.test(raw.depth) ? Number(raw.depth) : Number.NaN;
    if (!(depth <= MAX_DEPTH)) {
      throw new LinkageError(
        "BAD_ARGUMENT",
        `expected a whole number of hops, 0 to ${MAX_DEPTH}; found "${raw.depth}"`,
        "--depth",
      );
    }
    request.depth = depth;
  }
  return request;
}

/**
 * Read the store and build the graph a request selects.
 * @throws LinkageError NOT_FOUND when `request.actor` names no actor.
 */
export async function loadExportGraph(
  store: Store,
  request: Omit<ExportRequest, "format">,
  hints: ActorHints,
): Promise<ExportGraph> {
  const records = await store.exportGraph();
  // `--as-of` asks the store, so an export holds exactly what `linkage relations --as-of` lists.
  const holding = request.asOf
    ? new Set((await store.listRelations({ asOf: request.asOf })).map((r) => r.id))
    : undefined;
  let focus: number[] | undefined;
  if (request.actor !== undefined) {
    focus = (await store.findActors(request.actor)).map((a) => a.id);
    if (focus.length === 0) throw new LinkageError("NOT_FOUND", `no actor is named "${request.actor}"`, "--actor");
  }
  const selection = {
    asOf: request.asOf,
    actor: request.actor,
    depth: request.actor ? (request.depth ?? 1) : undefined,
  };
  return buildExportGraph(records, { hints, holding, focus, selection: dropUndefined(selection) });
}

/** The files an export writes: one for every format but CSV, which writes nodes.csv and edges.csv. */
export async function exportFiles(
  store: Store,
  request: ExportRequest,
  hints: ActorHints = gazetteerHints(),
): Promise<ExportFile[]> {
  const graph = await loadExportGraph(store, request, hints);
  return renderGraph(graph, request.format, hints);
}

/** One graph in one format. */
export function renderGraph(graph: ExportGraph, format: ExportFormat, hints: ActorHints): ExportFile[] {
  switch (format) {
    case "stix":
      return [{ name: "bundle.json", content: json(stixBundle(graph, hints)) }];
    case "gexf":
      return [{ name: "graph.gexf", content: gexf(graph) }];
    case "graphml":
      return [{ name: "graph.graphml", content: graphml(graph) }];
    case "json":
      return [{ name: "graph.json", content: json(nodeLinkJson(graph)) }];
    case "csv":
      return csvFiles(graph);
  }
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
