/**
 * The columns GEXF, GraphML and CSV share, declared once with their types, so the three formats
 * carry the same facts under the same names: a node's kind and aliases, an edge's type,
 * polarity, modality, attribution, time, confidence, review state, document and evidence.
 */
import type { ExportEdge, ExportGraph, ExportNode } from "./export-graph.js";

export type AttributeType = "string" | "integer" | "double" | "boolean";
export type AttributeValue = string | number | boolean | null;

export interface Attribute<T> {
  name: string;
  type: AttributeType;
  value: (item: T) => AttributeValue;
}

/** Node columns besides id and label. */
export const NODE_ATTRIBUTES: readonly Attribute<ExportNode>[] = [
  { name: "actor_id", type: "integer", value: (n) => n.actor.id },
  { name: "actor_type", type: "string", value: (n) => n.actor.type },
  { name: "stix_type", type: "string", value: (n) => n.class.type },
  { name: "aliases", type: "string", value: (n) => [...new Set(n.actor.aliases)].sort().join("; ") || null },
];

/** Edge columns besides id, source and target. */
export const EDGE_ATTRIBUTES: readonly Attribute<ExportEdge>[] = [
  { name: "relation", type: "string", value: (e) => e.assertion.type },
  { name: "directed", type: "boolean", value: (e) => e.directed },
  { name: "polarity", type: "string", value: (e) => e.assertion.polarity },
  { name: "modality", type: "string", value: (e) => e.assertion.modality },
  { name: "attributed_to", type: "string", value: (e) => e.attributedTo?.actor.name ?? null },
  { name: "time_start", type: "string", value: (e) => e.assertion.time_start },
  { name: "time_end", type: "string", value: (e) => e.assertion.time_end },
  { name: "valid_from", type: "string", value: (e) => e.holds.from },
  { name: "valid_to", type: "string", value: (e) => e.holds.to },
  { name: "confidence", type: "double", value: (e) => e.assertion.confidence },
  { name: "status", type: "string", value: (e) => e.assertion.status },
  { name: "assertion_id", type: "integer", value: (e) => e.assertion.id },
  { name: "document_id", type: "integer", value: (e) => e.document.document.id },
  { name: "document", type: "string", value: (e) => e.document.document.title ?? e.document.document.source },
  { name: "evidence", type: "string", value: (e) => e.assertion.evidence_text },
];

/** The days a node is in the graph, for a timeline. */
export interface NodeSpan {
  from: string;
  /** Null: still there at the end. */
  to: string | null;
}

/**
 * Each node's span: from the start of its first dated edge to the end of its last, open-ended
 * if any of them is. A node without dated edges has none: it is in the graph throughout.
 */
export function nodeSpans(graph: ExportGraph): Map<string, NodeSpan> {
  const spans = new Map<string, NodeSpan>();
  for (const edge of graph.edges) {
    const { from, to } = edge.holds;
    if (from === null) continue;
    for (const node of [edge.source, edge.target]) {
      const span = spans.get(node.stixId);
      if (!span) spans.set(node.stixId, { from, to });
      else {
        if (from < span.from) span.from = from;
        span.to = span.to === null || to === null ? null : latest(span.to, to);
      }
    }
  }
  return spans;
}

/** The latest day anything in the graph was created or changed, or null for an empty graph. */
export function lastModified(graph: ExportGraph): string | null {
  const stamps = [
    ...graph.nodes.map((n) => n.actor.modified),
    ...graph.edges.map((e) => e.assertion.modified),
    ...graph.documents.map((d) => d.document.created),
  ];
  return stamps.length ? stamps.reduce(latest).slice(0, 10) : null;
}

/** The later of two ISO dates or timestamps, compared as text (Math.max would read them as NaN). */
function latest(a: string, b: string): string {
  return [a, b].sort()[1];
}

/** What the file holds, in words: the selection it was exported with. */
export function describe(graph: ExportGraph): string {
  const { asOf, actor, depth } = graph.selection;
  const parts = ["linkage graph of actors and the relations read between them"];
  if (asOf) parts.push(`as of ${asOf}`);
  if (actor) parts.push(`within ${depth ?? 1} hop(s) of "${actor}"`);
  return parts.join(", ");
}
