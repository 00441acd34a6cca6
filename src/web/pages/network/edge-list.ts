/**
 * The shown edges as text, under the picture: for keyboards and screen readers, and for anyone
 * who would rather read than look. Built only while open, since a large view holds thousands.
 */
import { el, replace } from "../../app/dom";
import { typeWords } from "../../app/format";
import type { GraphEdge } from "../../app/types";

const MAX_ROWS = 300;

export interface EdgeList {
  element: HTMLElement;
  update(edges: readonly GraphEdge[], names: Map<number, string>): void;
}

export function edgeList(onChoose: (edge: GraphEdge) => void): EdgeList {
  const body = el("ol", { class: "edge-rows" });
  const element = el("details", { class: "edge-list" }, el("summary", null, "Relations shown, as a list"), body);
  let edges: readonly GraphEdge[] = [];
  let names = new Map<number, string>();
  const render = () => {
    if (!element.open) return;
    const rows = [...edges]
      .sort((a, b) => (a.time ?? "9999").localeCompare(b.time ?? "9999") || a.id.localeCompare(b.id))
      .slice(0, MAX_ROWS)
      .map((e) => {
        const words = `${names.get(e.source)} ${e.polarity === "negated" ? "not " : ""}${typeWords(e.type)} ${names.get(e.target)}`;
        const button = el("button", { attrs: { type: "button" }, on: { click: () => onChoose(e) } }, words);
        return el("li", { attrs: { "data-edge": e.id, "data-type": e.type } }, button, e.time ? ` (${e.time})` : "");
      });
    replace(body, ...rows, edges.length > MAX_ROWS && el("li", null, `…and ${edges.length - MAX_ROWS} more`));
  };
  element.addEventListener("toggle", render);
  return {
    element,
    update(next, nextNames) {
      edges = next;
      names = nextNames;
      render();
    },
  };
}
