/**
 * An actor's dossier: everything a cited profile is written from. Names with the document each
 * came from, the documents that name it with first and last mention, and its relations
 * aggregated across documents, by kind and by period, optionally as of a day.
 */
import { getActor } from "./actor-detail.js";
import { aggregateRelations } from "./aggregate.js";
import type { ActorDossier, SourceDocument } from "./aggregate-records.js";
import type { Queryable } from "./db.js";
import { dossierSections, periodsOf } from "./dossier-sections.js";
import { firstMention, nameCitations } from "./mention-citations.js";
import { asOfDay } from "./relations.js";

const DOCUMENTS = `
  SELECT d.id, d.title, d.published, d.source, count(*)::int AS mentions
    FROM mentions m JOIN documents d ON d.id = m.document_id
   WHERE m.actor_id = $1
   GROUP BY d.id
   ORDER BY d.published NULLS LAST, d.id`;

/** The dossier of actor `id`, or null when there is none. */
export async function actorDossier(
  db: Queryable,
  id: number,
  opts: { asOf?: string } = {},
): Promise<ActorDossier | null> {
  const actor = await getActor(db, id);
  if (!actor) return null;
  const documents = await db.query<SourceDocument & { mentions: number }>(DOCUMENTS, [id]);
  const relations = await aggregateRelations(db, { actor: id, asOf: opts.asOf });
  const cite = async (doc: (SourceDocument & { mentions: number }) | undefined) => {
    if (!doc) return null;
    const { mentions: _count, ...source } = doc;
    return firstMention(db, id, source);
  };
  // Leadership has a section of its own; every other relation is read by period.
  const others = relations.filter((r) => r.type !== "leader_of");
  return {
    actor,
    names: await nameCitations(db, id),
    documents,
    first_mention: await cite(documents[0]),
    last_mention: await cite(documents.at(-1)),
    relations,
    sections: dossierSections(id, relations),
    periods: periodsOf(others),
    as_of: opts.asOf === undefined ? null : asOfDay(opts.asOf),
  };
}
