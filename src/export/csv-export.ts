/**
 * The export graph as two CSV files, nodes.csv and edges.csv (RFC 4180: CRLF line ends, fields
 * with commas, quotes or line breaks quoted), in the column layout Gephi's spreadsheet import
 * recognises: `id` and `label` for nodes, `id`, `source` and `target` for edges, then the
 * attributes GEXF and GraphML carry.
 */
import { formatCsv, type Row } from "../format/index.js";
import type { ExportGraph } from "./export-graph.js";
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, nodeSpans } from "./graph-attributes.js";
import type { ExportFile } from "./write-output.js";

/** nodes.csv and edges.csv for `graph`. */
export function csvFiles(graph: ExportGraph): ExportFile[] {
  const spans = nodeSpans(graph);
  const nodeColumns = ["id", "label", "start", "end", ...NODE_ATTRIBUTES.map((a) => a.name)];
  const nodes = graph.nodes.map((n): Row => {
    const span = spans.get(n.stixId);
    const row: Record<string, Row[string]> = { id: n.stixId, label: n.actor.name, start: span?.from, end: span?.to };
    for (const a of NODE_ATTRIBUTES) row[a.name] = a.value(n);
    return row;
  });
  const edgeColumns = ["id", "source", "target", "source_label", "target_label", ...EDGE_ATTRIBUTES.map((a) => a.name)];
  const edges = graph.edges.map((e): Row => {
    const row: Record<string, Row[string]> = {
      id: e.stixId,
      source: e.source.stixId,
      target: e.target.stixId,
      source_label: e.source.actor.name,
      target_label: e.target.actor.name,
    };
    for (const a of EDGE_ATTRIBUTES) row[a.name] = a.value(e);
    return row;
  });
  return [
    { name: "nodes.csv", content: formatCsv(nodes, nodeColumns) },
    { name: "edges.csv", content: formatCsv(edges, edgeColumns) },
  ];
}
