import type { Migration } from "./index.js";

/**
 * What keeps reads instant on a large store:
 * - indexes for as-of queries, which ask of each open-ended relation whether a later assertion
 *   between the same ends (or a later leader of the same organization) superseded it; without
 *   them each question scanned every later assertion of its type;
 * - evidence spans in UTF-8 bytes as well as characters: cutting a sentence out of a document by
 *   character offset walks the text from its start, on every row, while a byte offset is a jump;
 * - no statistics on document texts: planning never needs them, and computing them (the text
 *   search index's included) made ANALYZE take minutes on a store of a few thousand reports;
 * - statistics on everything else, which a PGlite store never had (it runs no autovacuum; the
 *   engine now refreshes them as the store grows, see engines/pglite-analyze.ts).
 */
export const querySpeed: Migration = {
  version: 6,
  name: "query-speed",
  statements: [
    // The same ends (either way round, by swapping the two values), started after a given day.
    "CREATE INDEX assertions_ends ON assertions (subject_id, object_id, valid_from)",
    // Another leader of the same organization, started after a given day.
    "CREATE INDEX assertions_object_type ON assertions (object_id, type, valid_from)",

    // Null for rows written without them; readers then fall back to the character offsets.
    "ALTER TABLE assertions ADD COLUMN evidence_byte_start integer, ADD COLUMN evidence_byte_end integer",
    `ALTER TABLE assertions ADD CHECK (evidence_byte_start >= 0 AND evidence_byte_end > evidence_byte_start)`,
    `UPDATE assertions a
        SET evidence_byte_start = octet_length(convert_to(left(d.text, a.evidence_char_start), 'UTF8')),
            evidence_byte_end = octet_length(convert_to(left(d.text, a.evidence_char_end), 'UTF8'))
       FROM documents d
      WHERE d.id = a.document_id`,

    "ALTER TABLE documents ALTER COLUMN text SET STATISTICS 0",
    "ALTER INDEX documents_text_search ALTER COLUMN 1 SET STATISTICS 0",
    "ANALYZE",
  ],
};
