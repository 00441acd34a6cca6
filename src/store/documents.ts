import type { Queryable } from "./db.js";
import type { DocumentDetail, DocumentSummary, MentionRecord } from "./records.js";
import { documentRelations } from "./relations.js";

/** Document metadata with its assertion count; the text is left out. $1: one id, or null for all. */
const DOCUMENTS = `
  SELECT d.id, d.sha256, d.title, d.published, d.author, d.source, d.media_type, d.word_count, d.ingested_at,
         (SELECT count(*) FROM assertions a WHERE a.document_id = d.id)::int AS assertions
    FROM documents d
   WHERE $1::bigint IS NULL OR d.id = $1::bigint
   ORDER BY d.id`;

/** See Store.listDocuments. */
export async function listDocuments(db: Queryable): Promise<DocumentSummary[]> {
  return db.query<DocumentSummary>(DOCUMENTS, [null]);
}

/** See Store.getDocument. */
export async function getDocument(db: Queryable, id: number): Promise<DocumentDetail | null> {
  const [summary] = await db.query<DocumentSummary>(DOCUMENTS, [id]);
  if (!summary) return null;
  const [{ text }] = await db.query<{ text: string }>("SELECT text FROM documents WHERE id = $1", [id]);
  const mentions = await db.query<{ actor_id: number; name: string } & Omit<MentionRecord, "actor">>(
    `SELECT m.actor_id, ac.name, m.start_offset AS start, m.end_offset AS "end", m.text, m.kind
       FROM mentions m JOIN actors ac ON ac.id = m.actor_id
      WHERE m.document_id = $1
      ORDER BY m.start_offset, m.id`,
    [id],
  );
  return {
    ...summary,
    text,
    mentions: mentions.map(({ actor_id, name, ...m }) => ({ actor: { id: actor_id, name }, ...m })),
    relations: await documentRelations(db, id),
  };
}
