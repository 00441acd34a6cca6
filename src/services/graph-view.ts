/**
 * The network as a picture needs it: actors as nodes, and one edge per kind of relation between
 * two actors (same type, direction, polarity and modality), carrying the ids of the assertions
 * behind it. Evidence text is left out; a page asks for it when an edge is chosen, so the view of
 * 10,000 relations stays small enough to load at once.
 *
 * A view of all time is also laid out here (./force-layout.ts), once per change of the store
 * thanks to ./graph-cache.ts, rather than in every browser that opens it. A view as of a date
 * is not: the page keeps the places of the all-time view, so actors stay put as time moves.
 */
import type { ActorRecord, EdgeRecord, RelationQuery, Store } from "../store/index.js";
import type { EntityType, Modality, Polarity, RelationType } from "../types.js";
import { forceLayout } from "./force-layout.js";
import { FAMILY_OF, type RelationFamily } from "./relation-families.js";

export interface GraphNode {
  id: number;
  name: string;
  type: EntityType;
  /** Edges touching it in this view, for sizing. */
  degree: number;
  /** Where to draw it, in a view of all time. */
  x?: number;
  y?: number;
}

export interface GraphEdge {
  /** Stable for the same relation kind between the same actors: "12-pledged_allegiance_to-40-affirmed-asserted". */
  id: string;
  source: number;
  target: number;
  type: RelationType;
  family: RelationFamily;
  polarity: Polarity;
  modality: Modality;
  /** Assertion ids, for fetching evidence. */
  assertions: number[];
  /** Earliest start among them ("2015", "2015-08"), or null when none is dated. */
  time: string | null;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The graph of the relations `query` selects (see Store.listRelations). */
export async function graphView(store: Store, query: RelationQuery): Promise<GraphView> {
  const [edges, actors] = await Promise.all([store.listEdges(query), store.listActors()]);
  const graph = buildGraph(edges, actors);
  return query.asOf === undefined ? laidOut(graph) : graph;
}

/** The graph with a place for each node; the best-connected start in the middle. */
export function laidOut(graph: GraphView): GraphView {
  const order = [...graph.nodes].sort((a, b) => b.degree - a.degree || a.id - b.id).map((n) => n.id);
  const at = forceLayout(
    order,
    graph.edges.map((e) => [e.source, e.target]),
  );
  const round = (v: number | undefined) => Math.round((v ?? 0) * 10) / 10;
  return { ...graph, nodes: graph.nodes.map((n) => ({ ...n, x: round(at.get(n.id)?.x), y: round(at.get(n.id)?.y) })) };
}

/** Fold assertions into edges and name their ends; a pure function, for tests. */
export function buildGraph(assertions: readonly EdgeRecord[], actors: readonly ActorRecord[]): GraphView {
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const edges = new Map<string, GraphEdge>();
  const nodes = new Map<number, GraphNode>();
  const touch = (id: number) => {
    const actor = actorById.get(id);
    const node = nodes.get(id) ?? { id, name: actor?.name ?? `#${id}`, type: actor?.type ?? "organization", degree: 0 };
    node.degree++;
    nodes.set(id, node);
  };
  for (const a of assertions) {
    const id = `${a.subject_id}-${a.type}-${a.object_id}-${a.polarity}-${a.modality}`;
    const edge = edges.get(id);
    if (edge) {
      edge.assertions.push(a.id);
      if (a.time_start && (!edge.time || a.time_start < edge.time)) edge.time = a.time_start;
      continue;
    }
    edges.set(id, {
      id,
      source: a.subject_id,
      target: a.object_id,
      type: a.type,
      family: FAMILY_OF[a.type],
      polarity: a.polarity,
      modality: a.modality,
      assertions: [a.id],
      time: a.time_start,
    });
    touch(a.subject_id);
    touch(a.object_id);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
