/** The side panel of the network view: the evidence behind a chosen edge, or a chosen actor. */
import { api } from "../../app/api";
import { el, link, replace } from "../../app/dom";
import { typeWords } from "../../app/format";
import { relationCard } from "../../app/relation-card";
import { errorFor } from "../../app/router";
import { paths } from "../../app/routes";
import type { GraphEdge, GraphNode } from "../../app/types";

/** Assertions fetched for one edge; the pair timeline has them all. */
const MAX_SHOWN = 12;

export interface EdgePanel {
  element: HTMLElement;
  showEdge(edge: GraphEdge, names: Map<number, string>): Promise<void>;
  showNode(node: GraphNode, relations: number): void;
  clear(): void;
}

/** `canWrite` is asked each time a card is made: the session may arrive after the panel. */
export function edgePanel(canWrite: () => boolean): EdgePanel {
  const element = el("aside", { class: "evidence-panel", attrs: { "aria-live": "polite" } });
  const hint = () =>
    replace(
      element,
      el("p", { class: "hint" }, "Choose an edge to read its evidence, or an actor to see its profile."),
    );
  let shown = 0;
  hint();
  return {
    element,
    async showEdge(edge, names) {
      const ticket = ++shown;
      const [a, b] = [names.get(edge.source) ?? "?", names.get(edge.target) ?? "?"];
      const words = `${edge.polarity === "negated" ? "not " : ""}${typeWords(edge.type)}`;
      const heading = el("h2", null, `${a} — ${words} → ${b}`);
      replace(element, heading, el("p", { class: "loading" }, "Loading evidence…"));
      try {
        const records = await Promise.all(edge.assertions.slice(0, MAX_SHOWN).map((id) => api.assertion(id)));
        if (ticket !== shown) return;
        replace(
          element,
          heading,
          el("p", { class: "meta" }, `${edge.assertions.length} assertion(s)`),
          ...records.map((r) => relationCard(r, { canWrite: canWrite() })),
          edge.assertions.length > MAX_SHOWN && el("p", null, `…and ${edge.assertions.length - MAX_SHOWN} more.`),
          el("p", { class: "links" }, link(paths.timeline(a, b), null, "pair timeline")),
        );
      } catch (err) {
        if (ticket === shown) replace(element, heading, errorFor(err));
      }
    },
    showNode(node, relations) {
      shown++;
      replace(
        element,
        el("h2", null, node.name),
        el("p", { class: "meta" }, `${node.type} · ${relations} relation(s) shown`),
        el(
          "p",
          { class: "links" },
          link(paths.actor(node.id), null, "profile"),
          link(paths.network({ actor: node.name }), null, "network around it"),
        ),
      );
    },
    clear() {
      shown++;
      hint();
    },
  };
}
