/**
 * How each kind of record reads as a table or CSV row. One place, so the CLI and later
 * exports show the same columns under the same names.
 */
import type { ActorRecord, DocumentSummary, MentionRecord, RelationRecord } from "../store/index.js";
import type { Listing, Row } from "./index.js";

/** "2001", "2001–2010", "–2010" or "". */
function period(time: RelationRecord["time"]): string {
  if (!time.end || time.end === time.start) return time.start ?? "";
  return `${time.start ?? ""}–${time.end}`;
}

export function relationRow(r: RelationRecord): Row {
  return {
    id: r.id,
    time: period(r.time),
    subject: r.subject.name,
    type: r.type,
    object: r.object.name,
    polarity: r.polarity,
    modality: r.modality,
    attributed_to: r.attributed_to,
    // Two decimals: a table is for reading; JSON keeps the stored value.
    confidence: Math.round(r.confidence * 100) / 100,
    status: r.status,
    document: r.evidence.document,
    evidence: r.evidence.text,
  };
}

export function relationListing(records: readonly RelationRecord[]): Listing<RelationRecord> {
  const columns = ["id", "time", "subject", "type", "object", "polarity", "modality", "attributed_to"];
  return { records, toRow: relationRow, columns: [...columns, "confidence", "status", "document", "evidence"] };
}

/** A pair's timeline reads as dated sentences: fewer columns, evidence last and cut later. */
export function timelineListing(records: readonly RelationRecord[]): Listing<RelationRecord> {
  const columns = [
    "time",
    "subject",
    "type",
    "object",
    "polarity",
    "modality",
    "attributed_to",
    "document",
    "evidence",
  ];
  return { records, toRow: relationRow, columns, maxWidth: 160 };
}

export function documentListing(records: readonly DocumentSummary[]): Listing<DocumentSummary> {
  const toRow = (d: DocumentSummary): Row => ({
    id: d.id,
    title: d.title,
    published: d.published,
    source: d.source,
    words: d.word_count,
    assertions: d.assertions,
    ingested_at: d.ingested_at,
  });
  return { records, toRow, columns: ["id", "title", "published", "source", "words", "assertions", "ingested_at"] };
}

export function actorListing(records: readonly ActorRecord[]): Listing<ActorRecord> {
  const toRow = (a: ActorRecord): Row => ({ id: a.id, name: a.name, type: a.type, aliases: a.aliases.join("; ") });
  return { records, toRow, columns: ["id", "name", "type", "aliases"] };
}

export function mentionListing(records: readonly MentionRecord[]): Listing<MentionRecord> {
  const toRow = (m: MentionRecord): Row => ({
    start: m.start,
    end: m.end,
    text: m.text,
    actor: m.actor.name,
    kind: m.kind,
  });
  return { records, toRow, columns: ["start", "end", "text", "actor", "kind"] };
}
