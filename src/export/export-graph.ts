/**
 * The graph every export format writes: actors as nodes and assertions as edges, each with its
 * STIX id (shared by all formats, so a node in Gephi and an object in a STIX bundle can be
 * matched), its STIX class, and the days it holds. Built from the store's records by a plain
 * function, so formats are tested on hand-made graphs.
 */
import type { GraphActor, GraphAssertion, GraphDocument, GraphRecords } from "../store/graph-records.js";
import { SYMMETRIC_TYPES } from "../types.js";
import type { ActorHints } from "./actor-hints.js";
import { selectGraph } from "./select-graph.js";
import { type ActorClass, classifyActors, type StixActorType } from "./stix-actor-types.js";
import { assignGraphIds, typeOf } from "./stix-ids.js";
import { effectiveEnds } from "./supersession.js";

export interface ExportNode {
  stixId: string;
  actor: GraphActor;
  class: ActorClass;
}

export interface ExportDocument {
  /** "report--…". */
  stixId: string;
  document: GraphDocument;
}

export interface ExportEdge {
  stixId: string;
  assertion: GraphAssertion;
  source: ExportNode;
  target: ExportNode;
  attributedTo: ExportNode | null;
  document: ExportDocument;
  /** Symmetric types (allied_with, fought, …) have no direction. */
  directed: boolean;
  /** Days it holds, as `--as-of` reads them: from null = undated; to null = open-ended. */
  holds: { from: string | null; to: string | null };
}

/** What was asked for, written into the exports that have room for it. */
export interface ExportSelection {
  /** "YYYY-MM-DD": only relations holding that day. */
  asOf?: string;
  /** Names of the actors an ego network is centred on, and how many hops it reaches. */
  actor?: string;
  depth?: number;
}

export interface ExportGraph {
  selection: ExportSelection;
  /** Sorted by name, then id. */
  nodes: ExportNode[];
  /** Sorted by start (undated last), then id. */
  edges: ExportEdge[];
  /** The documents the edges were read in, sorted by id. */
  documents: ExportDocument[];
}

export interface BuildOptions {
  hints: ActorHints;
  selection?: ExportSelection;
  /** Ids of the assertions holding on `selection.asOf`, as the store answers. */
  holding?: ReadonlySet<number>;
  /** Ids of the actors `selection.actor` names. */
  focus?: readonly number[];
}

/** Build the export graph from the store's records (see ExportGraph). */
export function buildExportGraph(records: GraphRecords, opts: BuildOptions): ExportGraph {
  const ids = assignGraphIds(records);
  const classes = classifyActors(records, opts.hints);
  const nodeOf = new Map<number, ExportNode>();
  for (const actor of records.actors) {
    const computed = classes.get(actor.id) as ActorClass;
    // An imported actor keeps its id, and so the type its id names.
    const type = (actor.stix_id ? typeOf(actor.stix_id) : computed.type) as StixActorType;
    const cls = type === computed.type ? computed : importedClass(type, actor);
    nodeOf.set(actor.id, { stixId: actor.stix_id ?? `${type}--${ids.actors.get(actor.id)}`, actor, class: cls });
  }
  const docOf = new Map(
    records.documents.map((d) => [d.id, { stixId: ids.documents.get(d.id) as string, document: d }]),
  );
  const ends = effectiveEnds(records.assertions);
  const all = records.assertions.map(
    (a): ExportEdge => ({
      stixId: ids.assertions.get(a.id) as string,
      assertion: a,
      source: nodeOf.get(a.subject_id) as ExportNode,
      target: nodeOf.get(a.object_id) as ExportNode,
      attributedTo: a.attributed_to_id === null ? null : (nodeOf.get(a.attributed_to_id) ?? null),
      document: docOf.get(a.document_id) as ExportDocument,
      directed: !SYMMETRIC_TYPES.has(a.type),
      holds: { from: a.valid_from, to: ends.get(a.id) ?? null },
    }),
  );
  const selection = opts.selection ?? {};
  const picked = selectGraph([...nodeOf.values()], all, {
    holding: opts.holding,
    focus: opts.focus,
    depth: selection.depth ?? 1,
  });
  const documents = [...new Set(picked.edges.map((e) => e.document))].sort((a, b) => a.document.id - b.document.id);
  return {
    selection,
    nodes: picked.nodes.sort((a, b) => compare(a.actor.name, b.actor.name) || compare(a.stixId, b.stixId)),
    edges: picked.edges.sort(
      (a, b) => compare(a.holds.from ?? "~", b.holds.from ?? "~") || compare(a.stixId, b.stixId),
    ),
    documents,
  };
}

/** The class of an actor whose imported id names a type other than the one linkage would choose. */
function importedClass(type: StixActorType, actor: GraphActor): ActorClass {
  if (type !== "identity") return { type };
  return { type, identityClass: actor.type === "person" ? "individual" : "organization" };
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
