/**
 * The base graph as cytoscape elements: nodes placed by the layout and classed by actor type,
 * edges classed by family, polarity and modality. Classes rather than data selectors, and sizes
 * computed here rather than mapped in the stylesheet: both are cheaper for cytoscape to apply
 * to thousands of elements.
 */
import type { ElementDefinition } from "cytoscape";
import type { Point } from "../../../services/force-layout";
import type { GraphView } from "../../app/types";

/** Node id in cytoscape for an actor id. */
export const nodeId = (actor: number) => `n${actor}`;

/** 10 px for a leaf, growing with the square root of the degree, at most 42 px. */
export function nodeSize(degree: number): number {
  return Math.min(42, 10 + Math.sqrt(Math.max(0, degree - 1)) * 5);
}

/** Elements for `graph`; `labelled` names the nodes from the start (see graph-style.ts). */
export function graphElements(graph: GraphView, positions: Map<number, Point>, labelled: boolean): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.nodes.map((n) => ({
    group: "nodes",
    data: { id: nodeId(n.id), name: n.name, size: nodeSize(n.degree) },
    classes: labelled ? `${n.type} labelled` : n.type,
    position: positions.get(n.id),
  }));
  const edges: ElementDefinition[] = graph.edges.map((e) => ({
    group: "edges",
    data: { id: e.id, source: nodeId(e.source), target: nodeId(e.target) },
    classes: [e.family, e.polarity === "negated" ? "negated" : "", e.modality === "hedged" ? "hedged" : ""]
      .filter(Boolean)
      .join(" "),
  }));
  return [...nodes, ...edges];
}
