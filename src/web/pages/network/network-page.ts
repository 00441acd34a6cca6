/**
 * `/`: the network. The graph of all time (or of one actor's neighbourhood, or one relation
 * type) is fetched and laid out once; the time slider then asks the server which of its edges
 * held at the end of the chosen year and hides the rest, so actors keep their places as time moves.
 */
import { api } from "../../app/api";
import { el, replace } from "../../app/dom";
import { yearOf } from "../../app/format";
import { errorFor, type Page } from "../../app/router";
import { session } from "../../app/session";
import type { GraphEdge, GraphView } from "../../app/types";
import { type Filters, networkControls } from "./controls";
import { shownEdges } from "./edge-filter";
import { edgeList } from "./edge-list";
import { edgePanel } from "./edge-panel";
import { drawGraph, type GraphCanvas, nodeId } from "./graph-canvas";

export const networkPage: Page = async ({ root, query, signal }) => {
  // Not awaited: the graph is fetched at once, and the session is in long before anyone clicks.
  let canWrite = false;
  void session().then((s) => {
    canWrite = s.can_write;
  });
  document.title = "Network · linkage";
  const asOf = Number(query.get("as_of"));
  const controls = networkControls(
    { asOf: asOf > 0 ? asOf : null, actor: query.get("actor") ?? "", type: query.get("type") ?? "" },
    () => applyFilters(),
    () => void (sameBase() ? loadView() : loadBase()),
  );
  const panel = edgePanel(() => canWrite);
  const status = el("p", { class: "graph-status", attrs: { role: "status" } });
  const container = el("div", {
    class: "graph",
    attrs: { role: "img", "aria-label": "Network of actors and relations" },
  });
  const list = edgeList((edge) => select(edge));
  replace(
    root,
    el(
      "div",
      { class: "network" },
      controls.element,
      el("div", { class: "graph-column" }, status, container, list.element),
      panel.element,
    ),
  );

  let canvas: GraphCanvas | null = null;
  let base: GraphView = { nodes: [], edges: [] };
  let baseKey = "";
  let view = new Map<string, GraphEdge>();
  const names = new Map<number, string>();
  const serverFilters = (f: Filters) => ({ actor: f.actor || undefined, type: f.type || undefined });
  const sameBase = () => JSON.stringify(serverFilters(controls.read())) === baseKey;

  const select = (edge: GraphEdge) => {
    canvas?.select(edge.id);
    void panel.showEdge(view.get(edge.id) ?? edge, names);
  };

  // Each request takes a ticket; an answer that arrives after a newer request was made is dropped,
  // so dragging the slider quickly ends on the year it stopped at.
  let latest = 0;

  async function loadBase(): Promise<void> {
    const f = controls.read();
    const ticket = ++latest;
    baseKey = JSON.stringify(serverFilters(f));
    try {
      const next = await api.graph(serverFilters(f), signal);
      performance.mark("linkage:graph-fetched");
      if (ticket !== latest) return;
      base = next;
    } catch (err) {
      return void replace(status, errorFor(err));
    }
    for (const n of base.nodes) names.set(n.id, n.name);
    const years = base.edges.map((e) => yearOf(e.time)).filter((y): y is number => y !== null);
    controls.setYears(years.length ? Math.min(...years) : null, years.length ? Math.max(...years) : null);
    draw();
    await loadView();
  }

  /** The edges of the base graph that hold as of the slider's year. */
  async function loadView(): Promise<void> {
    const f = controls.read();
    const ticket = ++latest;
    syncUrl(f);
    let edges = base.edges;
    if (f.asOf !== null) {
      try {
        edges = (await api.graph({ ...serverFilters(f), as_of: String(f.asOf) }, signal)).edges;
      } catch (err) {
        return void replace(status, errorFor(err));
      }
    }
    if (ticket !== latest) return;
    view = new Map(edges.map((e) => [e.id, e]));
    applyFilters();
  }

  function draw(): void {
    canvas?.destroy();
    panel.clear();
    const edgeById = new Map(base.edges.map((e) => [e.id, e]));
    const nodeById = new Map(base.nodes.map((n) => [n.id, n]));
    canvas = drawGraph(container, base, {
      edge: (id) => {
        const edge = edgeById.get(id);
        if (edge) void panel.showEdge(view.get(id) ?? edge, names);
      },
      node: (actor, shown) => {
        const node = nodeById.get(actor);
        if (node) panel.showNode(node, shown);
      },
      background: () => panel.clear(),
    });
  }

  /** Hide what the filters leave out, and actors left with nothing shown. */
  function applyFilters(): void {
    if (!canvas) return;
    const f = controls.read();
    const shown = shownEdges(base.edges, new Set(view.keys()), f);
    const visible = new Set<string>();
    for (const e of shown) visible.add(e.id).add(nodeId(e.source)).add(nodeId(e.target));
    canvas.show(visible);
    const actors = visible.size - shown.length;
    const when = f.asOf === null ? "" : ` as of the end of ${f.asOf}`;
    replace(status, `${actors} actors, ${shown.length} relations shown${when}`);
    list.update(
      shown.map((e) => view.get(e.id) ?? e),
      names,
    );
    performance.mark("linkage:filters-applied");
  }

  function syncUrl(f: Filters): void {
    const q = new URLSearchParams();
    if (f.asOf !== null) q.set("as_of", String(f.asOf));
    if (f.actor) q.set("actor", f.actor);
    if (f.type) q.set("type", f.type);
    const search = q.toString();
    history.replaceState(null, "", search ? `/?${search}` : "/");
  }

  await loadBase();
  return () => canvas?.destroy();
};
