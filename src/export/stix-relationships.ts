/**
 * Assertions as STIX `relationship` objects, each with a `note` that quotes its evidence
 * sentence and says in words whether the source denies it, hedges it or credits it to someone.
 * A platform that shows notes (OpenCTI, MISP) then shows an analyst why the edge exists and how
 * far to trust it; the same facts sit in linkage's extension for machines (stix-extension.ts),
 * and as `labels` ("negated", "hedged", "attributed") for filtering.
 */
import type { ExportEdge } from "./export-graph.js";
import { withExtension } from "./stix-extension.js";
import { stixUuid, uuidOf } from "./stix-ids.js";
import { stixSpan, stixTimestamp } from "./stix-time.js";

/** "pledged_allegiance_to" → "pledged-allegiance-to": STIX relationship types are lower case with hyphens. */
export function stixRelationshipType(type: string): string {
  return type.replace(/_/g, "-");
}

/** The id of the note on a relationship: derived from the relationship's, so it is as stable. */
export function noteId(relationshipId: string): string {
  return `note--${stixUuid(`note:${uuidOf(relationshipId)}`)}`;
}

/** One assertion as a relationship object. */
export function stixRelationship(edge: ExportEdge): Record<string, unknown> {
  const a = edge.assertion;
  return {
    type: "relationship",
    spec_version: "2.1",
    id: edge.stixId,
    created: stixTimestamp(a.created),
    modified: stixTimestamp(a.modified),
    relationship_type: stixRelationshipType(a.type),
    source_ref: edge.source.stixId,
    target_ref: edge.target.stixId,
    ...stixSpan(a.type, a.time_start, a.time_end, a.time_precision),
    // linkage scores 0–1; STIX wants a whole number 0–100.
    confidence: Math.round(Math.min(1, Math.max(0, a.confidence)) * 100),
    ...(qualifiers(edge).length ? { labels: qualifiers(edge) } : {}),
    extensions: withExtension({
      polarity: a.polarity,
      modality: a.modality,
      attributed_to_ref: edge.attributedTo?.stixId,
      time_start: a.time_start,
      time_end: a.time_end,
      time_precision: a.time_precision,
      evidence: a.evidence_text,
      evidence_start: a.evidence_start,
      evidence_end: a.evidence_end,
      document_ref: edge.document.stixId,
      review_status: a.status,
      reviewed_by: a.reviewed_by,
      extractor: a.extractor,
    }),
  };
}

/** The note that quotes an assertion's evidence and states its qualifiers in words. */
export function stixEvidenceNote(edge: ExportEdge): Record<string, unknown> {
  const a = edge.assertion;
  const words = [
    a.polarity === "negated" ? "negated: the source says this did not happen" : null,
    a.modality === "hedged" ? "hedged: the source does not state it as certain" : null,
    edge.attributedTo ? `attributed: according to ${edge.attributedTo.actor.name}` : null,
  ].filter((w): w is string => w !== null);
  const title = document(edge);
  return {
    type: "note",
    spec_version: "2.1",
    id: noteId(edge.stixId),
    created: stixTimestamp(a.created),
    modified: stixTimestamp(a.modified),
    abstract: `Evidence from ${title}${words.length ? ` (${words.join("; ")})` : ""}`,
    content: a.evidence_text,
    labels: ["evidence", ...qualifiers(edge)],
    object_refs: [edge.stixId],
  };
}

function qualifiers(edge: ExportEdge): string[] {
  const a = edge.assertion;
  return [
    ...(a.polarity === "negated" ? ["negated"] : []),
    ...(a.modality === "hedged" ? ["hedged"] : []),
    ...(edge.attributedTo ? ["attributed"] : []),
  ];
}

function document(edge: ExportEdge): string {
  const d = edge.document.document;
  return d.title ? `"${d.title}"` : d.source;
}
