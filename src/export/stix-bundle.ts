/**
 * The export graph as a STIX 2.1 bundle: linkage's identity and extension definition, the
 * actors, one `report` per source document, and per assertion a `relationship` and its evidence
 * `note`. A report's `object_refs` list what its document supports: the relationships read in
 * it, their notes and the actors they involve.
 */
import { dayRange } from "../store/validity.js";
import type { ActorHints } from "./actor-hints.js";
import type { ExportDocument, ExportEdge, ExportGraph } from "./export-graph.js";
import { stixActor } from "./stix-actors.js";
import { extensionObjects, withExtension } from "./stix-extension.js";
import { stixUuid } from "./stix-ids.js";
import { noteId, stixEvidenceNote, stixRelationship } from "./stix-relationships.js";
import { dayStart, stixTimestamp } from "./stix-time.js";

/** The bundle for `graph`; its id is derived from its objects' ids, so the same graph gives the same bundle. */
export function stixBundle(graph: ExportGraph, hints: ActorHints): Record<string, unknown> {
  const byDocument = new Map<ExportDocument, ExportEdge[]>();
  for (const edge of graph.edges) {
    const list = byDocument.get(edge.document);
    if (list) list.push(edge);
    else byDocument.set(edge.document, [edge]);
  }
  const objects = [
    ...extensionObjects(),
    ...graph.nodes.map((n) => stixActor(n, hints)),
    ...graph.documents.map((d) => stixReport(d, byDocument.get(d) ?? [])),
    ...graph.edges.flatMap((e) => [stixRelationship(e), stixEvidenceNote(e)]),
  ];
  const ids = objects.map((o) => o.id as string).sort();
  return { type: "bundle", id: `bundle--${stixUuid(`bundle:${ids.join(",")}`)}`, objects };
}

/** One source document as a report. */
function stixReport(doc: ExportDocument, edges: readonly ExportEdge[]): Record<string, unknown> {
  const d = doc.document;
  const refs = new Set<string>();
  for (const e of edges) {
    refs.add(e.stixId).add(noteId(e.stixId)).add(e.source.stixId).add(e.target.stixId);
    if (e.attributedTo) refs.add(e.attributedTo.stixId);
  }
  const created = stixTimestamp(d.created);
  // STIX requires `published`; a document without a date counts as published when it was read.
  const day = d.published ? dayRange(d.published)?.first : undefined;
  return {
    type: "report",
    spec_version: "2.1",
    id: doc.stixId,
    created,
    modified: created,
    name: d.title ?? d.source,
    report_types: ["threat-report"],
    published: day ? dayStart(day) : created,
    object_refs: [...refs].sort(),
    external_references: [source(d.source, d.sha256)],
    extensions: withExtension({
      source: d.source,
      media_type: d.media_type,
      author: d.author,
      published_date: d.published,
      sha256: d.sha256,
    }),
  };
}

/** Where the document came from (a URL, or a file path as description), with the hash of its text. */
function source(where: string, sha256: string): Record<string, unknown> {
  const hashes = { "SHA-256": sha256 };
  const url = /^https?:\/\//i.test(where) ? parseUrl(where) : null;
  return url
    ? { source_name: "linkage-source", url: url.href, hashes }
    : { source_name: "linkage-source", description: where, hashes };
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
