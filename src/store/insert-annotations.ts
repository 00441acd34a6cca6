import type { DocumentInput, Extraction, Mention } from "../types.js";
import { toCodePointOffsets } from "./check-extraction.js";
import type { Queryable } from "./db.js";
import { naturalKey } from "./natural-key.js";
import { toUtf8Offsets } from "./utf8-offsets.js";
import { validity } from "./validity.js";

/**
 * Rows as column arrays, for `INSERT … SELECT FROM unnest($2::int[], $3::text[], …)`: one
 * statement and one round trip for a whole document, whatever its size.
 */
export function columns(rows: readonly unknown[][], width = rows[0]?.length ?? 0): unknown[][] {
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c]));
}

/** Store every entity mention as a span with the actor it names. */
export async function insertMentions(
  tx: Queryable,
  documentId: number,
  doc: DocumentInput,
  extraction: Extraction,
  actorOf: Map<string, number>,
): Promise<number> {
  const rows = extraction.entities.flatMap((e) =>
    e.mentions.map((m) => [
      actorOf.get(e.id),
      m.start,
      m.end,
      doc.text.slice(m.start, m.end),
      // The pipeline may hand full Mention objects; their kind is kept when present.
      (m as Partial<Mention>).kind ?? null,
    ]),
  );
  await tx.query(
    `INSERT INTO mentions (document_id, actor_id, start_offset, end_offset, text, kind)
     SELECT $1, * FROM unnest($2::bigint[], $3::int[], $4::int[], $5::text[], $6::text[])`,
    [documentId, ...columns(rows, 5)],
  );
  return rows.length;
}

/**
 * Store every relation as an assertion whose evidence is a span of the document text (the text
 * itself is not copied). A relation read twice from the same sentence is stored once.
 * @returns how many assertions were stored.
 */
export async function insertAssertions(
  tx: Queryable,
  documentId: number,
  doc: DocumentInput,
  extraction: Extraction,
  actorOf: Map<string, number>,
  extractor: string,
): Promise<number> {
  const relations = extraction.relations;
  const spans = relations.flatMap((r) => [r.evidence.start, r.evidence.end]);
  const chars = toCodePointOffsets(doc.text, spans);
  const bytes = toUtf8Offsets(doc.text, spans);
  const actor = (entityId: string | null) => (entityId === null ? null : (actorOf.get(entityId) as number));
  const rows = relations.map((r, i) => {
    const [subject, object] = [actor(r.subject) as number, actor(r.object) as number];
    const valid = validity(r.type, r.time);
    return [
      subject,
      r.type,
      object,
      r.polarity,
      r.modality,
      actor(r.attributed_to),
      r.time?.start ?? null,
      r.time?.end ?? null,
      r.time?.precision ?? null,
      valid.from,
      valid.to,
      r.evidence.start,
      r.evidence.end,
      chars[2 * i],
      chars[2 * i + 1],
      bytes[2 * i],
      bytes[2 * i + 1],
      r.confidence,
      `${r.rule}@${extractor}`,
      naturalKey(r.type, subject, object, r.evidence),
    ];
  });
  const stored = await tx.query(
    `INSERT INTO assertions (document_id, subject_id, type, object_id, polarity, modality, attributed_to,
        time_start, time_end, time_precision, valid_from, valid_to, evidence_start, evidence_end,
        evidence_char_start, evidence_char_end, evidence_byte_start, evidence_byte_end, confidence, extractor,
        natural_key)
     SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::bigint[],
        $8::text[], $9::text[], $10::text[], $11::date[], $12::date[], $13::int[], $14::int[],
        $15::int[], $16::int[], $17::int[], $18::int[], $19::float8[], $20::text[], $21::text[])
     ON CONFLICT (document_id, natural_key) DO NOTHING
     RETURNING id`,
    [documentId, ...columns(rows, 20)],
  );
  return stored.length;
}
