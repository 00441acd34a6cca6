/**
 * How the network is drawn: nodes by actor type (colour and shape), edges by relation family
 * (colour), negated edges dashed and hedged ones dotted. (Edges of large graphs are drawn by
 * ./edge-layer.ts, in the same colours and dashes.)
 */
import type { StylesheetJson } from "cytoscape";

export const FAMILY_COLOURS: Readonly<Record<string, string>> = {
  allegiance: "#1f6fb4",
  lineage: "#8a5cc2",
  cooperation: "#2a9a3a",
  hostility: "#d0312d",
  contact: "#7a7a7a",
};

const TYPE_COLOURS: Readonly<Record<string, string>> = {
  organization: "#34495e",
  person: "#c0702c",
  location: "#4f8f5f",
};

const TYPE_SHAPES: Readonly<Record<string, string>> = {
  organization: "ellipse",
  person: "diamond",
  location: "triangle",
};

export function graphStyle(): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        "background-color": "#34495e",
        width: "data(size)",
        height: "data(size)",

        "font-size": 11,
        // Labels appear only once zoomed in enough to read them; thousands of tiny labels cost much.
        "min-zoomed-font-size": 8,
        "text-valign": "bottom",
        "text-margin-y": 3,
        color: "#1d2733",
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
      },
    },
    // Labels only on nodes classed "labelled" (./graph-canvas.ts): measuring thousands of
    // names costs half a second, and at a whole-graph zoom they are too small to read anyway.
    { selector: "node.labelled", style: { label: "data(name)" } },
    ...Object.entries(TYPE_COLOURS).map(([type, colour]) => ({
      selector: `node.${type}`,
      style: { "background-color": colour, shape: TYPE_SHAPES[type] as "ellipse" },
    })),
    {
      selector: "edge",
      style: {
        width: 1.6,
        "line-color": "#7a7a7a",
        "target-arrow-color": "#7a7a7a",
        opacity: 0.75,
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
      },
    },
    ...Object.entries(FAMILY_COLOURS).map(([family, colour]) => ({
      selector: `edge.${family}`,
      style: { "line-color": colour, "target-arrow-color": colour },
    })),
    { selector: "edge.negated", style: { "line-style": "dashed", "line-dash-pattern": [6, 4] } },
    { selector: "edge.hedged", style: { "line-style": "dotted", opacity: 0.6 } },
    { selector: ".hidden", style: { display: "none" } },
    { selector: ".faded", style: { opacity: 0.12 } },
    { selector: "edge:selected", style: { width: 4, opacity: 1, "z-index": 10 } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#f1c40f" } },
  ] as StylesheetJson;
}
