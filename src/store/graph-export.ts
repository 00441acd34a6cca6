import type { Db, Queryable } from "./db.js";
import type { GraphActor, GraphAssertion, GraphDocument, GraphRecords } from "./graph-records.js";

/** Actors with their other names and the STIX id an import gave them; `updated_at` moves with curation. */
const ACTORS = `
  SELECT ac.id, ac.name, ac.type, ac.created_at AS created, greatest(ac.created_at, ac.updated_at) AS modified, s.stix_id,
         coalesce(array_agg(DISTINCT al.alias) FILTER (WHERE al.alias <> ac.name), '{}') AS aliases
    FROM actors ac
    LEFT JOIN actor_aliases al ON al.actor_id = ac.id
    LEFT JOIN stix_ids s ON s.actor_id = ac.id
   GROUP BY ac.id, s.stix_id
   ORDER BY ac.id`;

const DOCUMENTS = `
  SELECT d.id, d.sha256, d.title, d.published, d.author, d.source, d.media_type, d.ingested_at AS created, s.stix_id
    FROM documents d LEFT JOIN stix_ids s ON s.document_id = d.id
   ORDER BY d.id`;

/**
 * Assertions an analyst has not rejected, with the evidence cut from the text by code-point
 * offsets (what substring() counts). `modified` is never before `created`, as STIX requires.
 */
const ASSERTIONS = `
  SELECT a.id, a.document_id, a.subject_id, a.type, a.object_id, a.polarity, a.modality,
         a.attributed_to AS attributed_to_id, a.time_start, a.time_end, a.time_precision,
         a.valid_from, a.valid_to, a.evidence_start, a.evidence_end,
         substring(d.text FROM a.evidence_char_start + 1 FOR a.evidence_char_end - a.evidence_char_start) AS evidence_text,
         a.confidence, a.review_status AS status, a.reviewed_by, a.extractor, a.created_at AS created,
         greatest(a.created_at, coalesce(a.reviewed_at, a.created_at)) AS modified, s.stix_id
    FROM assertions a
    JOIN documents d ON d.id = a.document_id
    LEFT JOIN stix_ids s ON s.assertion_id = a.id
   WHERE a.review_status <> 'rejected'
   ORDER BY a.id`;

/**
 * Read the whole graph (see GraphRecords) in three statements. Run inside a transaction when
 * the caller needs a consistent view; on its own, each list is consistent with itself.
 */
export async function loadGraphRecords(db: Queryable): Promise<GraphRecords> {
  const [actors, documents, assertions] = [
    await db.query<GraphActor>(ACTORS),
    await db.query<GraphDocument>(DOCUMENTS),
    await db.query<GraphAssertion>(ASSERTIONS),
  ];
  return { actors, documents, assertions };
}

/** See Store.exportGraph: one snapshot, so the three lists agree even while others write. */
export async function exportGraph(db: Db): Promise<GraphRecords> {
  return db.transaction(async (tx) => {
    await tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    return loadGraphRecords(tx);
  });
}
