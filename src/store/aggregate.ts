/**
 * Many documents' assertions as one graph: per (subject, type, object), symmetric types in
 * either order, the sentences that support it, how many documents corroborate it, where sources
 * disagree, when it first and last held, and whom it is credited to.
 */

import { SYMMETRIC_TYPES } from "../types.js";
import type { AggregateQuery, AggregateRelation, SourceDocument, SupportRecord } from "./aggregate-records.js";
import type { Queryable } from "./db.js";
import type { RelationRecord } from "./records.js";
import { LIST_RELATIONS } from "./relation-sql.js";
import { asOfDay, type RelationRow, toRecord } from "./relations.js";

/** Aggregated relations (assertions not rejected), dated ones first in time order. */
export async function aggregateRelations(db: Queryable, query: AggregateQuery = {}): Promise<AggregateRelation[]> {
  const asOf = query.asOf === undefined ? null : asOfDay(query.asOf);
  const actors = query.actor === undefined ? null : [query.actor];
  const rows = await db.query<RelationRow>(LIST_RELATIONS, [actors, query.type ?? null, asOf]);
  const records = rows.map(toRecord);
  const documents = await sourceDocuments(
    db,
    records.map((r) => r.evidence.document),
  );
  return aggregateRecords(records, documents);
}

/** Documents by id, as sources to cite. */
export async function sourceDocuments(db: Queryable, ids: readonly number[]): Promise<Map<number, SourceDocument>> {
  const rows = await db.query<SourceDocument>(
    "SELECT id, title, published, source FROM documents WHERE id = ANY($1::bigint[])",
    [[...new Set(ids)]],
  );
  return new Map(rows.map((d) => [d.id, d]));
}

/** Group relation records into facts; a pure function of its input. */
export function aggregateRecords(
  records: readonly RelationRecord[],
  documents: ReadonlyMap<number, SourceDocument>,
): AggregateRelation[] {
  const groups = new Map<string, AggregateRelation>();
  for (const r of records) {
    const flip = SYMMETRIC_TYPES.has(r.type) && r.object.id < r.subject.id;
    const [subject, object] = flip ? [r.object, r.subject] : [r.subject, r.object];
    const key = `${r.type}:${subject.id}:${object.id}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        subject,
        type: r.type,
        object,
        support: [],
        documents: [],
        corroboration: 0,
        conflict: null,
        first: null,
        last: null,
        attributed_to: [],
      };
      groups.set(key, group);
    }
    group.support.push(supportOf(r, documents));
  }
  const facts = [...groups.values()].map(summarize);
  return facts.sort(
    (a, b) =>
      order(a.first, b.first) ||
      order(a.last, b.last) ||
      a.type.localeCompare(b.type) ||
      a.subject.name.localeCompare(b.subject.name),
  );
}

function supportOf(r: RelationRecord, documents: ReadonlyMap<number, SourceDocument>): SupportRecord {
  const document = documents.get(r.evidence.document) ?? {
    id: r.evidence.document,
    title: null,
    published: null,
    source: "",
  };
  return {
    assertion: r.id,
    document,
    evidence: { start: r.evidence.start, end: r.evidence.end, text: r.evidence.text },
    polarity: r.polarity,
    modality: r.modality,
    attributed_to: r.attributed_to,
    time: r.time,
    status: r.status,
    confidence: r.confidence,
  };
}

function summarize(g: AggregateRelation): AggregateRelation {
  const documents = [...new Set(g.support.map((s) => s.document.id))];
  const affirming = g.support.filter((s) => s.polarity === "affirmed");
  const starts = g.support.map((s) => s.time.start).filter((t): t is string => t !== null);
  const ends = g.support.map((s) => s.time.end ?? s.time.start).filter((t): t is string => t !== null);
  return {
    ...g,
    documents,
    corroboration: new Set(affirming.map((s) => s.document.id)).size,
    conflict: conflictOf(g.support),
    first: starts.sort()[0] ?? null,
    last: ends.sort().at(-1) ?? null,
    attributed_to: [...new Set(g.support.map((s) => s.attributed_to).filter((a): a is string => a !== null))],
  };
}

/**
 * Sources disagree when one affirms plainly and another (another document, or the same document
 * crediting someone else) negates it or only hedges it.
 */
function conflictOf(support: readonly SupportRecord[]): AggregateRelation["conflict"] {
  const source = (s: SupportRecord) => `${s.document.id}|${s.attributed_to ?? ""}`;
  const affirming = support.filter((s) => s.polarity === "affirmed" && s.modality === "asserted");
  const disputing = support.filter((s) => s.polarity === "negated" || s.modality === "hedged");
  const split = affirming.some((a) => disputing.some((d) => source(a) !== source(d)));
  return split ? { affirming, disputing } : null;
}

/** Partial ISO dates compare as text ("2001" < "2001-05" < "2002"); undated last. */
function order(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
