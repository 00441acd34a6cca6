/**
 * The export graph as GEXF 1.3 for Gephi. The graph is dynamic: each edge carries the days it
 * holds (`start`/`end`, as `--as-of` reads them, superseded leaderships and alliances ended) and
 * each node the span of its dated edges, so Gephi's timeline replays the graph date by date.
 * Undated edges and nodes without dated edges have no interval: Gephi shows them throughout, and
 * the `valid_from` attribute (empty for undated edges) lets an analyst filter them out.
 */
import type { ExportGraph } from "./export-graph.js";
import {
  type Attribute,
  describe,
  EDGE_ATTRIBUTES,
  lastModified,
  NODE_ATTRIBUTES,
  nodeSpans,
} from "./graph-attributes.js";
import { type XmlElement, xmlDocument } from "./xml-writer.js";

const GEXF_NS = "http://gexf.net/1.3";

/** The graph as a GEXF 1.3 document. */
export function gexf(graph: ExportGraph): string {
  const spans = nodeSpans(graph);
  const nodes = graph.nodes.map(
    (n): XmlElement => ({
      name: "node",
      attrs: { id: n.stixId, label: n.actor.name, start: spans.get(n.stixId)?.from, end: spans.get(n.stixId)?.to },
      children: attvalues(NODE_ATTRIBUTES, n),
    }),
  );
  const edges = graph.edges.map(
    (e): XmlElement => ({
      name: "edge",
      attrs: {
        id: e.stixId,
        source: e.source.stixId,
        target: e.target.stixId,
        type: e.directed ? "directed" : "undirected",
        kind: e.assertion.type,
        label: e.assertion.type,
        weight: e.assertion.confidence,
        start: e.holds.from,
        end: e.holds.from === null ? null : e.holds.to,
      },
      children: attvalues(EDGE_ATTRIBUTES, e),
    }),
  );
  const modified = lastModified(graph);
  return xmlDocument({
    name: "gexf",
    attrs: {
      xmlns: GEXF_NS,
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "xsi:schemaLocation": `${GEXF_NS} http://gexf.net/1.3/gexf.xsd`,
      version: "1.3",
    },
    children: [
      {
        name: "meta",
        attrs: { lastmodifieddate: modified },
        children: [
          { name: "creator", text: "linkage" },
          { name: "description", text: describe(graph) },
        ],
      },
      {
        name: "graph",
        attrs: { mode: "dynamic", defaultedgetype: "directed", timeformat: "date", timerepresentation: "interval" },
        children: [
          declarations("node", NODE_ATTRIBUTES),
          declarations("edge", EDGE_ATTRIBUTES),
          { name: "nodes", children: nodes },
          { name: "edges", children: edges },
        ],
      },
    ],
  });
}

function declarations<T>(cls: "node" | "edge", attributes: readonly Attribute<T>[]): XmlElement {
  return {
    name: "attributes",
    attrs: { class: cls, mode: "static" },
    children: attributes.map((a) => ({ name: "attribute", attrs: { id: a.name, title: a.name, type: a.type } })),
  };
}

function attvalues<T>(attributes: readonly Attribute<T>[], item: T): XmlElement[] {
  const values = attributes
    .map((a) => ({ name: "attvalue", attrs: { for: a.name, value: a.value(item) } }))
    .filter((v) => v.attrs.value !== null);
  return values.length ? [{ name: "attvalues", children: values }] : [];
}
