/**
 * Mentions as citations: a mention with its document and the sentence around it, so a profile
 * can footnote where a name was read.
 */
import type { MentionCitation, NameCitation, SourceDocument } from "./aggregate-records.js";
import type { Queryable } from "./db.js";

/** How far around a mention to look for its sentence, in characters. */
const WINDOW = 400;

/** $1 actor: for each alias, its first mention in the earliest document that spells it so. */
const NAME_MENTIONS = `
  SELECT DISTINCT ON (al.alias) al.alias, al.added_by, m.document_id, m.start_offset AS start,
         m.end_offset AS "end", m.text, d.title, d.published, d.source,
         substring(d.text FROM greatest(1, m.start_offset + 1 - ${WINDOW}) FOR ${2 * WINDOW}) AS around,
         m.start_offset - greatest(0, m.start_offset - ${WINDOW}) AS at
    FROM actor_aliases al
    LEFT JOIN mentions m ON m.actor_id = al.actor_id AND m.document_id = al.document_id AND m.text = al.alias
    LEFT JOIN documents d ON d.id = m.document_id
   WHERE al.actor_id = $1
   ORDER BY al.alias, d.published NULLS LAST, m.document_id NULLS LAST, m.start_offset`;

/** $1 actor, $2 document: the actor's first mention in it. */
const FIRST_MENTION = `
  SELECT m.start_offset AS start, m.end_offset AS "end", m.text,
         substring(d.text FROM greatest(1, m.start_offset + 1 - ${WINDOW}) FOR ${2 * WINDOW}) AS around,
         m.start_offset - greatest(0, m.start_offset - ${WINDOW}) AS at
    FROM mentions m JOIN documents d ON d.id = m.document_id
   WHERE m.actor_id = $1 AND m.document_id = $2 ORDER BY m.start_offset LIMIT 1`;

/**
 * A sentence's end: punctuation (not an initial's, as in "U.S."), a closing quote, reference
 * marks such as Wikipedia's "[12]", then space or the end.
 */
const SENTENCE_END = /(?<!\b[A-Z])[.!?]["”’)]?(?:\[\d+\])*(?=\s|$)/;
const SENTENCE_ENDS = new RegExp(`${SENTENCE_END.source}\\s*`, "g");

type Row = { start: number; end: number; text: string; around: string; at: number };

/** Every alias of actor `id` with a mention to cite, or who added it. */
export async function nameCitations(db: Queryable, id: number): Promise<NameCitation[]> {
  const rows = await db.query<
    Row & { alias: string; added_by: string | null; document_id: number | null } & Omit<SourceDocument, "id">
  >(NAME_MENTIONS, [id]);
  return rows.map((r) => ({
    alias: r.alias,
    added_by: r.added_by,
    mention:
      r.document_id === null
        ? null
        : citation({ id: r.document_id, title: r.title, published: r.published, source: r.source }, r),
  }));
}

/** The actor's first mention in `doc`, or null. */
export async function firstMention(db: Queryable, id: number, doc: SourceDocument): Promise<MentionCitation | null> {
  const [row] = await db.query<Row>(FIRST_MENTION, [id, doc.id]);
  return row ? citation(doc, row) : null;
}

function citation(document: SourceDocument, r: Row): MentionCitation {
  return { document, start: r.start, end: r.end, text: r.text, sentence: sentenceAround(r.around, r.at, r.text) };
}

/**
 * The sentence containing the mention inside `around` (the text near it; `at` is roughly where
 * the mention starts in it: offsets count UTF-16 units, SQL counts characters). Cut after the
 * last sentence end before the mention and at the first after it.
 */
export function sentenceAround(around: string, at: number, mention: string): string {
  const found = around.indexOf(mention, Math.max(0, at - 4));
  const start = found >= 0 ? found : Math.min(at, around.length);
  let open = around.lastIndexOf("\n\n", start) + 1;
  for (const m of around.slice(0, start).matchAll(SENTENCE_ENDS)) open = Math.max(open, (m.index ?? 0) + m[0].length);
  const after = start + mention.length;
  const close = SENTENCE_END.exec(around.slice(after));
  const paragraph = around.indexOf("\n\n", after);
  let end = close ? after + close.index + close[0].length : around.length;
  if (paragraph >= 0) end = Math.min(end, paragraph);
  return around.slice(open, end).replace(/\s+/g, " ").trim();
}
