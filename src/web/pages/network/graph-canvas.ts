/**
 * The drawn network: cytoscape over the laid-out base graph. Actors are always cytoscape nodes.
 * Relations are cytoscape edges in a graph of ordinary size (curved, with arrows); past LARGE
 * they are drawn by ./edge-layer.ts instead, which costs a small fraction of the time.
 */
import cytoscape, { type Core } from "cytoscape";
import { el } from "../../app/dom";
import type { GraphView } from "../../app/types";
import { type EdgeLayer, edgeLayer } from "./edge-layer";
import { graphElements, nodeId } from "./graph-elements";
import { graphStyle } from "./graph-style";

/** Past this many edges, edges are drawn by the edge layer. */
export const LARGE = 1500;

export interface CanvasEvents {
  edge(id: string): void;
  node(actor: number, shownEdges: number): void;
  background(): void;
}

export interface GraphCanvas {
  /** Show exactly these elements (edge ids and node ids), hiding the rest. */
  show(visible: ReadonlySet<string>): void;
  select(edgeId: string): void;
  destroy(): void;
}

/**
 * Cytoscape adds a <style> element to the head unless an element with this id exists; the
 * Content-Security-Policy would block it. Its one rule is in styles.css instead.
 */
function claimCytoscapeStylesheet(): void {
  const id = "__________cytoscape_stylesheet";
  if (!document.getElementById(id))
    document.head.append(el("meta", { attrs: { id, name: "cytoscape-style", content: "styles.css" } }));
}

/** Lay out and draw `graph` in `container`, which gets `data-ready="true"` once it is on screen. */
export function drawGraph(container: HTMLElement, graph: GraphView, on: CanvasEvents): GraphCanvas {
  claimCytoscapeStylesheet();
  container.dataset.ready = "false";
  // Places come with the all-time view (laid out by the server, see services/graph-view.ts).
  const positions = new Map(graph.nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
  const large = graph.edges.length > LARGE;
  const cy = cytoscape({
    container,
    elements: graphElements(large ? { nodes: graph.nodes, edges: [] } : graph, positions, !large),
    style: graphStyle(),
    layout: { name: "preset", fit: true, padding: 20 },
    minZoom: 0.02,
    maxZoom: 5,
    boxSelectionEnabled: false,
    // The edge layer draws from the laid-out positions: nodes stay where they are.
    autoungrabify: large,
    motionBlur: false,
    pixelRatio: large ? 1 : "auto",
  });
  const layer: EdgeLayer | null = large ? edgeLayer(container, cy, graph.edges, positions) : null;
  if (large) labelWhenReadable(cy);
  performance.mark("linkage:cytoscape-created");
  cy.on("tap", "edge", (e) => on.edge(e.target.id()));
  cy.on("tap", "node", (e) => {
    const visibleEdges = layer ? shownDegree(e.target.id()) : e.target.connectedEdges(":visible").length;
    on.node(Number(e.target.id().slice(1)), visibleEdges);
  });
  cy.on("tap", (e) => {
    if (e.target !== cy) return;
    const edge = layer?.hit(e.position);
    if (edge) on.edge(edge);
    else on.background();
  });

  const hidden = new Set<string>();
  let visibleNow: ReadonlySet<string> | null = null;
  const shownDegree = (node: string) =>
    graph.edges.filter((e) => (nodeId(e.source) === node || nodeId(e.target) === node) && !hidden.has(e.id)).length;

  // The view follows the filters: what is shown fills the canvas, never magnified past 1.5×.
  const fitShown = () => {
    const shown = cy.nodes().not(".hidden");
    if (shown.empty()) return;
    cy.fit(shown, 24);
    if (cy.zoom() > 1.5) cy.zoom({ level: 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  // The canvas follows its box (the list below it opens and closes, the window resizes);
  // cytoscape would otherwise keep drawing at the size it first measured, past the box.
  const resized = new ResizeObserver(() => {
    cy.resize();
    fitShown();
  });
  resized.observe(container);

  // Two frames: the first draws, the second runs once that drawing is on screen.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      performance.mark("linkage:network-ready");
      container.dataset.ready = "true";
    }),
  );

  return {
    show(visible) {
      if (visible === visibleNow) return;
      visibleNow = visible;
      const changed = [...graph.edges.map((e) => e.id), ...graph.nodes.map((n) => nodeId(n.id))].filter(
        (id) => visible.has(id) === hidden.has(id),
      );
      for (const id of changed) {
        if (visible.has(id)) hidden.delete(id);
        else hidden.add(id);
      }
      // Only elements whose state changes are restyled: restyling thousands takes seconds.
      cy.batch(() => {
        for (const id of changed) {
          // With the edge layer, cytoscape holds only the nodes ("n12").
          if (!layer || id.startsWith("n")) cy.getElementById(id).toggleClass("hidden", hidden.has(id));
        }
      });
      layer?.setHidden(hidden);
      fitShown();
    },
    select(edgeId) {
      cy.elements(":selected").unselect();
      if (layer) layer.select(edgeId);
      else cy.getElementById(edgeId).select();
    },
    destroy() {
      resized.disconnect();
      layer?.destroy();
      cy.destroy();
    },
  };
}

/**
 * Name the nodes of a large graph the first time the view is zoomed in far enough for 11-pixel
 * names to be 8 pixels or more on screen. (An ordinary graph's nodes are named from the start.)
 */
function labelWhenReadable(cy: Core): void {
  const onZoom = () => {
    if (cy.zoom() < 8 / 11) return;
    cy.off("zoom", onZoom);
    cy.nodes().addClass("labelled");
  };
  cy.on("zoom", onZoom);
}

export { nodeId };
