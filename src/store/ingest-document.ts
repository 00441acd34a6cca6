import { createHash } from "node:crypto";
import { isLinkageError, LinkageError } from "../errors.js";
import type { DocumentInput, Extraction } from "../types.js";
import { checkExtraction } from "./check-extraction.js";
import type { Db, Queryable } from "./db.js";
import { applyDecisions } from "./decisions.js";
import { insertAssertions, insertMentions } from "./insert-annotations.js";
import { linkActors } from "./link-actors.js";
import type { IngestResult } from "./records.js";
import { clearExtraction } from "./reextract.js";

/** Steps of an ingestion, in order, as reported to `onStage`. */
export type IngestStage = "document" | "actors" | "mentions" | "assertions" | "audit";

export interface IngestOptions {
  /** Extractor name and version, stored with each assertion after its rule: "appositive-leader@linkage/0.1.0". */
  extractor?: string;
  /** Who ingests, for the audit log. */
  user?: string;
  /**
   * Called inside the transaction after each step. For tracing, and for tests that simulate a
   * crash mid-document by throwing: the whole document must then be absent.
   */
  onStage?: (stage: IngestStage) => void | Promise<void>;
  /**
   * When the text is already stored, replace its mentions and assertions with this extraction
   * (a newer extractor) instead of doing nothing; analyst decisions are applied again.
   */
  reextract?: boolean;
}

export const DEFAULT_EXTRACTOR = "linkage/0.1.0";

/** Store one document with its extraction in one transaction; see Store.ingestDocument. */
export async function ingestDocument(
  db: Db,
  doc: DocumentInput,
  extraction: Extraction,
  opts: IngestOptions = {},
): Promise<IngestResult> {
  checkExtraction(doc, extraction);
  const sha256 = createHash("sha256").update(doc.text, "utf8").digest("hex");
  const stage = async (s: IngestStage) => opts.onStage?.(s);
  try {
    return await db.transaction(async (tx) => {
      let documentId = await insertDocument(tx, doc, extraction, sha256);
      if (documentId === null && !opts.reextract)
        return { documentId: await existingId(tx, sha256), sha256, created: false };
      const created = documentId !== null;
      if (documentId === null) {
        documentId = await existingId(tx, sha256);
        await clearExtraction(tx, documentId);
      }
      await stage("document");
      const actors = await linkActors(tx, documentId, extraction.entities);
      await stage("actors");
      const mentions = await insertMentions(tx, documentId, doc, extraction, actors.byEntity);
      await stage("mentions");
      const extractor = opts.extractor ?? DEFAULT_EXTRACTOR;
      const assertions = await insertAssertions(tx, documentId, doc, extraction, actors.byEntity, extractor);
      const decisions = await applyDecisions(tx, documentId);
      await stage("assertions");
      await tx.query(
        `INSERT INTO audit_log (performed_by, action, entity_kind, entity_id, details)
         VALUES ($1, $4, 'document', $2, $3)`,
        [
          opts.user ?? "unknown",
          String(documentId),
          JSON.stringify({
            sha256,
            source: doc.source,
            extractor,
            new_actors: actors.created,
            mentions,
            assertions,
            decisions,
          }),
          created ? "ingest" : "reextract",
        ],
      );
      await stage("audit");
      return created ? { documentId, sha256, created } : { documentId, sha256, created, reextracted: true };
    });
  } catch (err) {
    if (isLinkageError(err)) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new LinkageError("STORE_FAILED", `could not store the document: ${reason}`, doc.source, { cause: err });
  }
}

/** Insert the document row; null when the same text is already stored (nothing written). */
async function insertDocument(tx: Queryable, doc: DocumentInput, extraction: Extraction, sha256: string) {
  // ON CONFLICT rather than a prior SELECT: two processes ingesting the same text at once on
  // PostgreSQL then agree, the second waiting for the first and finding its row.
  const rows = await tx.query<{ id: number }>(
    `INSERT INTO documents (sha256, title, published, author, source, media_type, text, word_count)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (sha256) DO NOTHING
     RETURNING id`,
    [
      sha256,
      extraction.document.title ?? doc.title,
      extraction.document.published ?? doc.published,
      doc.author,
      doc.source,
      doc.mediaType,
      doc.text,
      countWords(doc.text),
    ],
  );
  return rows[0]?.id ?? null;
}

async function existingId(tx: Queryable, sha256: string): Promise<number> {
  const [row] = await tx.query<{ id: number }>("SELECT id FROM documents WHERE sha256 = $1", [sha256]);
  return row.id;
}

/** Whitespace-separated words; matchAll iterates without building an array of every word. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}
