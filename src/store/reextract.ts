/**
 * Re-extraction: a document already stored is read again by a newer extractor. Its mentions
 * and assertions are replaced; its actors' aliases stay (they are the actors' history, and
 * analysts may have curated them); decisions on its assertions are kept and applied again.
 */
import type { Queryable } from "./db.js";
import { keepReviewedStatuses } from "./decisions.js";

/** Clear the extraction of stored document `documentId`, keeping every decision on it. */
export async function clearExtraction(tx: Queryable, documentId: number): Promise<void> {
  // Serialize re-extractions of one document: the second waits and then replaces the first's.
  await tx.query("SELECT id FROM documents WHERE id = $1 FOR UPDATE", [documentId]);
  await keepReviewedStatuses(tx, documentId);
  await tx.query("DELETE FROM assertions WHERE document_id = $1", [documentId]);
  await tx.query("DELETE FROM mentions WHERE document_id = $1", [documentId]);
}
