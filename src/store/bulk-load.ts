/**
 * Loading a large graph fast, for benchmarks and fixtures: actors, documents, mentions and
 * assertions written in a few thousand rows per statement, without the per-document actor
 * linking of ingestDocument (the graph says which actor each end is). The rows are the ones
 * ingestDocument writes — evidence as spans of stored text, validity days, natural keys — so
 * every query reads a bulk-loaded store as it reads an ingested one.
 */
import { createHash } from "node:crypto";
import type { EntityType, Modality, Polarity, RelationType, Span, TimeValue } from "../types.js";
import { insertAliasRows } from "./alias-keys.js";
import { toCodePointOffsets } from "./check-extraction.js";
import type { Db, Queryable } from "./db.js";
import { columns } from "./insert-annotations.js";
import { naturalKey } from "./natural-key.js";
import { toUtf8Offsets } from "./utf8-offsets.js";
import { validity } from "./validity.js";

/** A graph to load. Actors and documents are referred to by their index in these arrays. */
export interface BulkGraph {
  actors: readonly { name: string; type: EntityType; aliases: readonly string[] }[];
  documents: readonly { text: string; title: string | null; published: string | null; source: string }[];
  mentions: readonly (Span & { document: number; actor: number })[];
  assertions: readonly BulkAssertion[];
}

export interface BulkAssertion {
  document: number;
  subject: number;
  type: RelationType;
  object: number;
  polarity: Polarity;
  modality: Modality;
  attributedTo: number | null;
  time: TimeValue | null;
  /** UTF-16 offsets into the document's text, as extractions give them. */
  evidence: Span;
  confidence: number;
  rule: string;
}

/** The ids the rows were given, index for index with the graph's arrays. */
export interface BulkIds {
  actors: number[];
  documents: number[];
}

/** Rows per statement: large enough to amortize a round trip, small enough for PGlite's memory. */
const CHUNK = 5000;

/**
 * Load `graph` in one transaction, with one audit entry; nothing is stored if any row is refused.
 * Statistics are gathered after, as after any bulk load, so that the next query is planned for
 * the tables as they now are.
 */
export async function bulkLoad(db: Db, graph: BulkGraph, opts: { user?: string } = {}): Promise<BulkIds> {
  const ids = await db.transaction((tx) => insertGraph(tx, graph, opts.user ?? "bulk-load"));
  await db.query("ANALYZE");
  return ids;
}

async function insertGraph(tx: Queryable, graph: BulkGraph, user: string): Promise<BulkIds> {
  const actors = await reserveIds(tx, "actors", graph.actors.length);
  const documents = await reserveIds(tx, "documents", graph.documents.length);
  await insertChunks(
    tx,
    `INSERT INTO actors (id, name, type) OVERRIDING SYSTEM VALUE
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])`,
    graph.actors.map((a, i) => [actors[i], a.name, a.type]),
  );
  const aliases = graph.actors.flatMap((a, i) =>
    [...new Set([a.name, ...a.aliases])].map((alias) => ({
      actorId: actors[i],
      type: a.type,
      alias,
      documentId: null,
      addedBy: user,
    })),
  );
  for (let at = 0; at < aliases.length; at += CHUNK) await insertAliasRows(tx, aliases.slice(at, at + CHUNK));
  await insertChunks(
    tx,
    `INSERT INTO documents (id, sha256, title, published, source, media_type, text, word_count) OVERRIDING SYSTEM VALUE
     SELECT id, sha, title, published, source, 'text/plain', text, words
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])
            AS d (id, sha, title, published, source, text, words)`,
    graph.documents.map((d, i) => [
      documents[i],
      createHash("sha256").update(d.text, "utf8").digest("hex"),
      d.title,
      d.published,
      d.source,
      d.text,
      d.text.split(/\s+/).filter(Boolean).length,
    ]),
  );
  await insertChunks(
    tx,
    `INSERT INTO mentions (document_id, actor_id, start_offset, end_offset, text, kind)
     SELECT *, 'name' FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[], $5::text[])`,
    graph.mentions.map((m) => [
      documents[m.document],
      actors[m.actor],
      m.start,
      m.end,
      graph.documents[m.document].text.slice(m.start, m.end),
    ]),
  );
  await insertChunks(tx, INSERT_ASSERTIONS, assertionRows(graph, actors, documents));
  await tx.query(
    `INSERT INTO audit_log (performed_by, action, entity_kind, details) VALUES ($1, 'bulk-load', 'graph', $2)`,
    [
      user,
      JSON.stringify({
        actors: actors.length,
        documents: documents.length,
        mentions: graph.mentions.length,
        assertions: graph.assertions.length,
      }),
    ],
  );
  return { actors, documents };
}

const INSERT_ASSERTIONS = `
  INSERT INTO assertions (document_id, subject_id, type, object_id, polarity, modality, attributed_to,
     time_start, time_end, time_precision, valid_from, valid_to, evidence_start, evidence_end,
     evidence_char_start, evidence_char_end, evidence_byte_start, evidence_byte_end, confidence, extractor, natural_key)
  SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::bigint[],
     $8::text[], $9::text[], $10::text[], $11::date[], $12::date[], $13::int[], $14::int[],
     $15::int[], $16::int[], $17::int[], $18::int[], $19::float8[], $20::text[], $21::text[])
  ON CONFLICT (document_id, natural_key) DO NOTHING`;

function assertionRows(graph: BulkGraph, actors: readonly number[], documents: readonly number[]): unknown[][] {
  // Character and byte offsets per document, each computed in one sweep over its assertions.
  const byDocument = new Map<number, BulkAssertion[]>();
  for (const a of graph.assertions) {
    const list = byDocument.get(a.document);
    if (list) list.push(a);
    else byDocument.set(a.document, [a]);
  }
  const offsets = new Map<BulkAssertion, number[]>();
  for (const [doc, list] of byDocument) {
    const text = graph.documents[doc].text;
    const spans = list.flatMap((a) => [a.evidence.start, a.evidence.end]);
    const [chars, bytes] = [toCodePointOffsets(text, spans), toUtf8Offsets(text, spans)];
    for (const [i, a] of list.entries())
      offsets.set(a, [chars[2 * i], chars[2 * i + 1], bytes[2 * i], bytes[2 * i + 1]]);
  }
  return graph.assertions.map((a) => {
    const [subject, object] = [actors[a.subject], actors[a.object]];
    const valid = validity(a.type, a.time);
    const [charStart, charEnd, byteStart, byteEnd] = offsets.get(a) as number[];
    return [
      documents[a.document],
      subject,
      a.type,
      object,
      a.polarity,
      a.modality,
      a.attributedTo === null ? null : actors[a.attributedTo],
      a.time?.start ?? null,
      a.time?.end ?? null,
      a.time?.precision ?? null,
      valid.from,
      valid.to,
      a.evidence.start,
      a.evidence.end,
      charStart,
      charEnd,
      byteStart,
      byteEnd,
      a.confidence,
      `${a.rule}@bulk-load`,
      naturalKey(a.type, subject, object, a.evidence),
    ];
  });
}

/** `n` ids drawn from the table's identity sequence, so rows can refer to each other before insert. */
async function reserveIds(tx: Queryable, table: "actors" | "documents", n: number): Promise<number[]> {
  if (n === 0) return [];
  const rows = await tx.query<{ id: number }>(
    "SELECT nextval(pg_get_serial_sequence($1, 'id')) AS id FROM generate_series(1, $2)",
    [table, n],
  );
  return rows.map((r) => r.id);
}

/** Run `sql` (parameters $1…$k, one array per column) over `rows`, CHUNK rows at a time. */
async function insertChunks(tx: Queryable, sql: string, rows: readonly unknown[][]): Promise<void> {
  for (let at = 0; at < rows.length; at += CHUNK) await tx.query(sql, columns(rows.slice(at, at + CHUNK)));
}
