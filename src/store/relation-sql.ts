/**
 * The SQL that reads assertions as relations. Fixed text with `$n` parameters only; the
 * fragments below are constants joined at module load, never built from input.
 */

/**
 * The evidence sentence of assertion `a`, cut from the text of its document `d`. By UTF-8 byte
 * offset when the row has them (textsend gives the text's bytes; a byte substring is a jump):
 * by character offset, the database walks the text from its start for every row, which made a
 * snapshot of thousands of relations from long reports take seconds. Rows written without byte
 * offsets still read by character.
 */
export const EVIDENCE_TEXT = `CASE WHEN a.evidence_byte_start IS NULL
    THEN substring(d.text FROM a.evidence_char_start + 1 FOR a.evidence_char_end - a.evidence_char_start)
    ELSE convert_from(substring(textsend(d.text) FROM a.evidence_byte_start + 1
      FOR a.evidence_byte_end - a.evidence_byte_start), 'UTF8')
  END`;

/** An assertion with both ends and the attribution named, and its evidence cut from the text. */
export const RELATION_SELECT = `
  SELECT a.id, a.subject_id, s.name AS subject_name, a.type, a.object_id, o.name AS object_name,
         a.polarity, a.modality, w.name AS attributed_to, a.time_start, a.time_end,
         a.document_id, a.evidence_start, a.evidence_end,
         ${EVIDENCE_TEXT} AS evidence_text,
         a.confidence, a.review_status
    FROM assertions a
    JOIN actors s ON s.id = a.subject_id
    JOIN actors o ON o.id = a.object_id
    LEFT JOIN actors w ON w.id = a.attributed_to
    JOIN documents d ON d.id = a.document_id`;

/** Assertion `n`, not rejected, started after `a` and by day $3. */
const LATER = "n.review_status <> 'rejected' AND n.valid_from > a.valid_from AND n.valid_from <= $3::date";

/**
 * `n`, between the same ends as `a`, ends it: the same relation stated the other way ("by 2014
 * X was no longer with Y"), or an alliance turned rivalry, or a rivalry turned alliance.
 */
const ENDS_IT = `((n.type = a.type AND n.polarity <> a.polarity)
  OR (a.type IN ('allied_with', 'rival_of') AND n.type IN ('allied_with', 'rival_of')
    AND n.type <> a.type AND n.polarity = 'affirmed'))`;

/**
 * True when assertion `a` holds on day $3 (see Store.listRelations): dated, started, not ended,
 * and, when open-ended, not superseded by a later assertion started by that day. Each way of
 * being superseded is its own EXISTS keyed by `a`'s ends, so that it is an index lookup
 * (migration 006) rather than a scan of every later assertion of the type.
 */
const HOLDS_ON_DAY = `(
  a.valid_from <= $3::date AND (a.valid_to IS NULL OR a.valid_to >= $3::date)
  AND (a.valid_to IS NOT NULL OR (
    -- a later, different leader of the same organization ("B replaced A as head of X")
    NOT (a.type = 'leader_of' AND a.polarity = 'affirmed' AND EXISTS (
      SELECT 1 FROM assertions n
       WHERE n.object_id = a.object_id AND n.type = 'leader_of' AND ${LATER}
         AND n.subject_id <> a.subject_id AND n.polarity = 'affirmed'))
    AND NOT EXISTS (
      SELECT 1 FROM assertions n
       WHERE n.subject_id = a.subject_id AND n.object_id = a.object_id AND ${LATER} AND ${ENDS_IT})
    -- the symmetric lasting types, stated with the ends the other way round
    AND NOT (a.type IN ('allied_with', 'rival_of') AND EXISTS (
      SELECT 1 FROM assertions n
       WHERE n.subject_id = a.object_id AND n.object_id = a.subject_id AND ${LATER} AND ${ENDS_IT}))
  ))
)`;

/** Rejected assertions stay in the store (the decision is kept) but out of the graph. */
const NOT_REJECTED = "a.review_status <> 'rejected'";

/** Date order; undated last; within a date, reading order. Partial ISO dates sort as text. */
const TIME_ORDER =
  "a.time_start NULLS LAST, a.time_end NULLS LAST, d.published NULLS LAST, a.document_id, a.evidence_start, a.id";

/** $1 actor ids (or null), $2 type (or null), $3 as-of day (or null). */
export const LIST_RELATIONS = `${RELATION_SELECT}
  WHERE ${NOT_REJECTED}
    AND ($1::bigint[] IS NULL OR a.subject_id = ANY($1::bigint[]) OR a.object_id = ANY($1::bigint[]))
    AND ($2::text IS NULL OR a.type = $2::text)
    AND ($3::date IS NULL OR ${HOLDS_ON_DAY})
  ORDER BY ${TIME_ORDER}`;

/** $1 and $2: the actor ids of either end, in either direction. */
export const PAIR_TIMELINE = `${RELATION_SELECT}
  WHERE ${NOT_REJECTED}
    AND ((a.subject_id = ANY($1::bigint[]) AND a.object_id = ANY($2::bigint[]))
      OR (a.subject_id = ANY($2::bigint[]) AND a.object_id = ANY($1::bigint[])))
  ORDER BY ${TIME_ORDER}`;

/** $1 document id: all its assertions, whatever their review status, in reading order. */
export const DOCUMENT_RELATIONS = `${RELATION_SELECT}
  WHERE a.document_id = $1
  ORDER BY a.evidence_start, a.id`;
