/**
 * The export graph as JSON in node-link form, the layout NetworkX (`node_link_graph`) and d3
 * read: `nodes` with an `id`, `links` with `source`, `target` and `key`, plus linkage's own
 * `documents` list. Attributes keep their JSON types; edges carry their full evidence.
 */
import type { ExportGraph } from "./export-graph.js";
import { describe, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, nodeSpans } from "./graph-attributes.js";

/** The graph as a JSON-serialisable object. */
export function nodeLinkJson(graph: ExportGraph): Record<string, unknown> {
  const spans = nodeSpans(graph);
  const nodes = graph.nodes.map((n) => ({
    id: n.stixId,
    label: n.actor.name,
    ...Object.fromEntries(NODE_ATTRIBUTES.map((a) => [a.name, a.value(n)])),
    aliases: [...new Set(n.actor.aliases)].sort(),
    start: spans.get(n.stixId)?.from ?? null,
    end: spans.get(n.stixId)?.to ?? null,
  }));
  const links = graph.edges.map((e) => ({
    key: e.stixId,
    source: e.source.stixId,
    target: e.target.stixId,
    ...Object.fromEntries(EDGE_ATTRIBUTES.map((a) => [a.name, a.value(e)])),
    time_precision: e.assertion.time_precision,
    evidence_start: e.assertion.evidence_start,
    evidence_end: e.assertion.evidence_end,
    document_stix_id: e.document.stixId,
  }));
  const documents = graph.documents.map(({ stixId, document: d }) => ({
    id: d.id,
    stix_id: stixId,
    title: d.title,
    published: d.published,
    author: d.author,
    source: d.source,
    media_type: d.media_type,
    sha256: d.sha256,
  }));
  return {
    directed: true,
    multigraph: true,
    graph: { name: "linkage", description: describe(graph), ...graph.selection },
    nodes,
    links,
    documents,
  };
}
