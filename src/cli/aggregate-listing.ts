import type { Listing, Row } from "../format/index.js";
import type { AggregateRelation } from "../store/index.js";

/** Aggregated relations as rows: one fact per row, with its corroboration and any conflict. */
export function aggregateListing(records: readonly AggregateRelation[]): Listing<AggregateRelation> {
  const toRow = (r: AggregateRelation): Row => ({
    first: r.first,
    last: r.last,
    subject: r.subject.name,
    type: r.type,
    object: r.object.name,
    documents: r.documents.length,
    corroboration: r.corroboration,
    conflict: r.conflict ? "yes" : "",
    attributed_to: r.attributed_to.join("; "),
    evidence: r.support[0]?.evidence.text ?? "",
  });
  const columns = [
    "first",
    "last",
    "subject",
    "type",
    "object",
    "documents",
    "corroboration",
    "conflict",
    "attributed_to",
    "evidence",
  ];
  return { records, toRow, columns, maxWidth: 80 };
}
