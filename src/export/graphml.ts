/**
 * The export graph as GraphML for yEd, Cytoscape and NetworkX: every attribute declared once as
 * a typed `key`, values as `data` elements. Edges of symmetric types (allied_with, fought, …)
 * are marked `directed="false"` in a directed graph. Parallel edges are kept: each is one
 * assertion, with its own evidence.
 */
import type { ExportGraph } from "./export-graph.js";
import {
  type Attribute,
  type AttributeType,
  describe,
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  nodeSpans,
} from "./graph-attributes.js";
import { type XmlElement, xmlDocument } from "./xml-writer.js";

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

/** GraphML names its types differently: integer is "int". */
const GRAPHML_TYPE: Readonly<Record<AttributeType, string>> = {
  string: "string",
  integer: "int",
  double: "double",
  boolean: "boolean",
};

/** Node attributes: the label first, then the shared ones, then the span of dated edges. */
const NODE_KEYS: readonly Attribute<{ label: string; span?: { from: string; to: string | null } }>[] = [
  { name: "label", type: "string", value: (n) => n.label },
  { name: "start", type: "string", value: (n) => n.span?.from ?? null },
  { name: "end", type: "string", value: (n) => n.span?.to ?? null },
];

/** The graph as a GraphML document. */
export function graphml(graph: ExportGraph): string {
  const spans = nodeSpans(graph);
  const keys = [
    ...NODE_KEYS.map((a) => key("node", a)),
    ...NODE_ATTRIBUTES.map((a) => key("node", a)),
    ...EDGE_ATTRIBUTES.map((a) => key("edge", a)),
  ];
  const nodes = graph.nodes.map(
    (n): XmlElement => ({
      name: "node",
      attrs: { id: n.stixId },
      children: [
        ...data("node", NODE_KEYS, { label: n.actor.name, span: spans.get(n.stixId) }),
        ...data("node", NODE_ATTRIBUTES, n),
      ],
    }),
  );
  const edges = graph.edges.map(
    (e): XmlElement => ({
      name: "edge",
      attrs: { id: e.stixId, source: e.source.stixId, target: e.target.stixId, directed: e.directed },
      children: data("edge", EDGE_ATTRIBUTES, e),
    }),
  );
  return xmlDocument({
    name: "graphml",
    attrs: {
      xmlns: GRAPHML_NS,
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "xsi:schemaLocation": `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`,
    },
    children: [
      ...keys,
      {
        name: "graph",
        attrs: { id: "linkage", edgedefault: "directed" },
        children: [{ name: "desc", text: describe(graph) }, ...nodes, ...edges],
      },
    ],
  });
}

/** Key ids are "node.label", "edge.relation", …: readable, and unique across the two classes. */
function key<T>(cls: "node" | "edge", a: Attribute<T>): XmlElement {
  return {
    name: "key",
    attrs: { id: `${cls}.${a.name}`, for: cls, "attr.name": a.name, "attr.type": GRAPHML_TYPE[a.type] },
  };
}

function data<T>(cls: "node" | "edge", attributes: readonly Attribute<T>[], item: T): XmlElement[] {
  return attributes.flatMap((a) => {
    const value = a.value(item);
    return value === null ? [] : [{ name: "data", attrs: { key: `${cls}.${a.name}` }, text: String(value) }];
  });
}
