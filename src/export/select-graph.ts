/**
 * Which part of the graph an export writes. With no selection, every actor (those in no
 * relation too) and every relation. `--as-of` keeps the relations holding that day; `--actor`
 * keeps the ego network of the actors a name matches: every actor within `depth` hops of them
 * (either direction), and every kept relation between two such actors, as NetworkX's
 * ego_graph does. A selected graph lists only the actors its relations involve (the claims'
 * sources included) and the actors named by `--actor`.
 */
import type { ExportEdge, ExportNode } from "./export-graph.js";

export interface Selection {
  /** Assertion ids to keep, or undefined for all. */
  holding?: ReadonlySet<number>;
  /** Actor ids at the centre of an ego network, or undefined for none. */
  focus?: readonly number[];
  /** Hops from the centre; 1 = the centre and its neighbours. */
  depth: number;
}

/** The nodes and edges a selection keeps (see above); nodes and edges are not copied. */
export function selectGraph(
  nodes: readonly ExportNode[],
  edges: readonly ExportEdge[],
  selection: Selection,
): { nodes: ExportNode[]; edges: ExportEdge[] } {
  const { holding, focus } = selection;
  if (!holding && !focus) return { nodes: [...nodes], edges: [...edges] };
  let kept = holding ? edges.filter((e) => holding.has(e.assertion.id)) : [...edges];
  if (focus) {
    const within = reach(kept, focus, selection.depth);
    kept = kept.filter((e) => within.has(e.assertion.subject_id) && within.has(e.assertion.object_id));
  }
  const ids = new Set<number>(focus ?? []);
  for (const e of kept) {
    ids.add(e.assertion.subject_id).add(e.assertion.object_id);
    if (e.assertion.attributed_to_id !== null) ids.add(e.assertion.attributed_to_id);
  }
  return { nodes: nodes.filter((n) => ids.has(n.actor.id)), edges: kept };
}

/** Actor ids within `depth` hops of `start` over `edges`, ignoring direction (breadth first). */
function reach(edges: readonly ExportEdge[], start: readonly number[], depth: number): Set<number> {
  const neighbours = new Map<number, number[]>();
  const link = (a: number, b: number) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const e of edges) {
    link(e.assertion.subject_id, e.assertion.object_id);
    link(e.assertion.object_id, e.assertion.subject_id);
  }
  const seen = new Set(start);
  let frontier = [...start];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: number[] = [];
    for (const id of frontier) {
      for (const n of neighbours.get(id) ?? []) {
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return seen;
}
