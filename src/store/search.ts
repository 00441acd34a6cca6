/**
 * Full-text search with PostgreSQL's own machinery: documents through the GIN index made by the
 * first migration, actors through their names and aliases.
 */
import { normalizeName } from "../resolve/actor-matching.js";
import type { EntityType } from "../types.js";
import type { Queryable } from "./db.js";

/** A stretch of a snippet; `match` marks the words the query found. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface DocumentHit {
  id: number;
  title: string | null;
  published: string | null;
  source: string;
  rank: number;
  snippet: SnippetPart[];
}

export interface ActorHit {
  id: number;
  name: string;
  type: EntityType;
  /** The name or alias that matched. */
  matched: string;
}

export interface SearchResults {
  documents: DocumentHit[];
  actors: ActorHit[];
}

// Control characters mark the matches in ts_headline's output; the snippet is split on them
// here, so the caller gets parts to render as text, never markup to trust.
const START = "\u0001";
const STOP = "\u0002";
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

// The expression must be the indexed one, to_tsvector('english', left(text, 200000)), or the
// index is not used.
const DOCUMENTS = `
  SELECT d.id, d.title, d.published, d.source,
         ts_rank(to_tsvector('english', left(d.text, 200000)), q) AS rank,
         ts_headline('english', left(d.text, 200000), q, $3) AS snippet
    FROM documents d, websearch_to_tsquery('english', $1) AS q
   WHERE to_tsvector('english', left(d.text, 200000)) @@ q
   ORDER BY rank DESC, d.id
   LIMIT $2`;

// $1: the normalized query (letters, digits and single spaces only, so it is safe inside a
// LIKE pattern); $2: the same words as a prefix tsquery ("al:* & qaid:*"). Exact names first.
const ACTORS = `
  SELECT DISTINCT ON (ac.id) ac.id, ac.name, ac.type, al.alias AS matched,
         (al.normalized = $1) AS exact, length(al.alias) AS len
    FROM actor_aliases al JOIN actors ac ON ac.id = al.actor_id
   WHERE al.normalized LIKE '%' || $1 || '%'
      OR to_tsvector('simple', al.normalized) @@ to_tsquery('simple', $2)
   ORDER BY ac.id, (al.normalized = $1) DESC, length(al.alias)`;

/** Documents whose text matches `query` (web-search syntax: words, "phrases", -excluded) and actors whose names do. */
export async function search(db: Queryable, query: string, limit = 20): Promise<SearchResults> {
  const rows = await db.query<Omit<DocumentHit, "snippet"> & { snippet: string }>(DOCUMENTS, [
    query,
    limit,
    HEADLINE_OPTIONS,
  ]);
  const documents = rows.map((r) => ({ ...r, rank: Number(r.rank), snippet: snippetParts(r.snippet) }));
  return { documents, actors: await searchActors(db, query, limit) };
}

async function searchActors(db: Queryable, query: string, limit: number): Promise<ActorHit[]> {
  const key = normalizeName(query);
  if (!key) return [];
  const prefix = key
    .split(" ")
    .map((w) => `${w}:*`)
    .join(" & ");
  const rows = await db.query<ActorHit & { exact: boolean; len: number }>(ACTORS, [key, prefix]);
  rows.sort((a, b) => Number(b.exact) - Number(a.exact) || a.len - b.len || a.id - b.id);
  return rows.slice(0, limit).map(({ id, name, type, matched }) => ({ id, name, type, matched }));
}

/** "a \u0001b\u0002 c" → [{a }, {b, match}, { c}]. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  snippet.split(START).forEach((piece, i) => {
    // Every piece but the first follows a START: it holds a match, up to its STOP.
    const stop = i === 0 ? -1 : piece.indexOf(STOP);
    const inside = stop < 0 ? "" : piece.slice(0, stop);
    const after = stop < 0 ? piece : piece.slice(stop + 1);
    if (inside) parts.push({ text: inside, match: true });
    if (after) parts.push({ text: after, match: false });
  });
  return parts;
}
