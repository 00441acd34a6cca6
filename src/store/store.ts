import type { DocumentInput, Extraction } from "../types.js";
import { type ActorProfile, actorProfile } from "./actor-profile.js";
import { type ActorQueries, actorQueries } from "./actor-queries.js";
import { findActors, listActors } from "./actors.js";
import { type Curation, curation } from "./curation.js";
import type { Db } from "./db.js";
import { getDocument, listDocuments } from "./documents.js";
import { edgeSnapshots } from "./edge-snapshot.js";
import { dataVersion, type EdgeRecord } from "./graph-edges.js";
import { exportGraph } from "./graph-export.js";
import type { GraphRecords } from "./graph-records.js";
import { importGraph } from "./import-bundle.js";
import type { ImportCounts, ImportPlanner } from "./import-records.js";
import { type IngestOptions, ingestDocument } from "./ingest-document.js";
import { type QueueRecords, queueRecords } from "./queue-records.js";
import type {
  ActorRecord,
  DocumentDetail,
  DocumentSummary,
  IngestResult,
  RelationQuery,
  RelationRecord,
} from "./records.js";
import { listRelations, timeline } from "./relations.js";
import { type ReviewQueuePage, type ReviewQueueQuery, reviewQueue } from "./review.js";
import { type SearchResults, search } from "./search.js";
import { type TokenStore, tokenStore } from "./tokens.js";

/**
 * linkage's store: documents, actors and the assertions between them, on PGlite or PostgreSQL.
 * Curation (merge, split, rename, aliases, decisions on assertions; see curation.ts) and actor
 * queries (details, dossiers, aggregation, history, undo; see actor-queries.ts) come in too.
 */
export interface Store extends Curation, ActorQueries {
  /** "pglite" or "postgres", for messages. */
  readonly engine: Db["engine"];
  /**
   * Store a document and its extraction in one transaction: the document (keyed by the SHA-256
   * of its text), its entities linked to global actors (src/resolve/actor-matching.ts; new
   * actors created for the rest), their aliases with this document as provenance, mentions,
   * assertions (evidence as a span of the stored text) and an audit entry. Either all of it
   * is stored or, on any error, nothing. Text already stored is a no-op: `created: false`.
   * @throws LinkageError INPUT_MALFORMED for spans outside the text or unknown entity ids,
   *   STORE_FAILED when the database refuses a row; both name `doc.source`.
   */
  ingestDocument(doc: DocumentInput, extraction: Extraction, opts?: IngestOptions): Promise<IngestResult>;
  /** All documents, oldest first, without their text. */
  listDocuments(): Promise<DocumentSummary[]>;
  /** One document with its text, mentions and every assertion (rejected ones too); null if absent. */
  getDocument(id: number): Promise<DocumentDetail | null>;
  /** All actors by name, each with its aliases. */
  listActors(): Promise<ActorRecord[]>;
  /** Actors whose normalized name or alias equals that of `name` ("the Islamic State" finds "Islamic State"). */
  findActors(name: string): Promise<ActorRecord[]>;
  /**
   * Relations (assertions not rejected by an analyst), in time order, undated last.
   * - `actor`: a name or alias; relations with any matching actor at either end.
   *   @throws LinkageError NOT_FOUND naming it when no actor matches.
   * - `type`: one relation type.
   * - `asOf`: "YYYY-MM-DD" (a partial "YYYY" or "YYYY-MM" stands for its last day): relations
   *   holding that day. Undated ones are left out. Lasting types (leader_of, member_of,
   *   affiliate_of, allied_with, rival_of) hold from their start until their end; without an
   *   end, until superseded by a later assertion started by that day: another leader of the
   *   same organization, the same relation with the opposite polarity, or an alliance turned
   *   rivalry (and back) between the same two actors. Events hold throughout the calendar
   *   year(s) they fall in (see src/store/validity.ts).
   */
  listRelations(query?: RelationQuery): Promise<RelationRecord[]>;
  /**
   * The relations between the actors named `a` and `b`, either direction, in time order
   * (undated last), each with its evidence sentence. @throws LinkageError NOT_FOUND naming an unknown name.
   */
  timeline(a: string, b: string): Promise<RelationRecord[]>;
  /**
   * The relations listRelations gives, as bare edges (no names, no evidence), for drawing and
   * snapshots; held in memory per data version (see edge-snapshot.ts).
   */
  listEdges(query?: RelationQuery): Promise<EdgeRecord[]>;
  /** A number that changes whenever anything is written (the newest audit entry), for caches. */
  dataVersion(): Promise<number>;
  /** Actor `id` with its aliases, relations and the documents naming it; null if absent. */
  actorProfile(id: number): Promise<ActorProfile | null>;
  /** Assertions with one review status, a page at a time, in reading order, with their versions. */
  reviewQueue(query: ReviewQueueQuery): Promise<ReviewQueuePage>;
  /** Full-text search over document texts (PostgreSQL text search) and actor names. */
  search(query: string, limit?: number): Promise<SearchResults>;
  /** API tokens, kept as hashes. */
  readonly tokens: TokenStore;
  /**
   * The whole graph for exports, read as one snapshot: every actor and document, every
   * assertion not rejected, with the STIX ids imports recorded (see graph-records.ts).
   */
  exportGraph(): Promise<GraphRecords>;
  /**
   * Import in one transaction: `planner` sees the stored graph and says what to add (new
   * actors, documents and assertions, each with its STIX id, kept for later exports); all of it
   * is written with an audit entry, or nothing is. `input` names the bundle in errors.
   * @throws LinkageError from the planner as it threw it, or STORE_FAILED naming `input`.
   */
  importGraph<S>(
    planner: ImportPlanner<S>,
    opts: { input: string; user?: string },
  ): Promise<{ summary: S; written: ImportCounts }>;
  /** The ingest queue's records: failed documents, live workers, work left (see queue-records.ts). */
  readonly queue: QueueRecords;
  /** Release the database; the store is unusable afterwards. */
  close(): Promise<void>;
}

/** A Store over an open, migrated database. */
export function createStore(db: Db): Store {
  const edges = edgeSnapshots(db);
  return {
    engine: db.engine,
    ingestDocument: (doc, extraction, opts) => ingestDocument(db, doc, extraction, opts),
    listDocuments: () => listDocuments(db),
    getDocument: (id) => getDocument(db, id),
    listActors: () => listActors(db),
    findActors: (name) => findActors(db, name),
    listRelations: (query) => listRelations(db, query),
    timeline: (a, b) => timeline(db, a, b),
    listEdges: (query) => edges.list(query),
    dataVersion: () => dataVersion(db),
    actorProfile: (id) => actorProfile(db, id),
    reviewQueue: (query) => reviewQueue(db, query),
    search: (query, limit) => search(db, query, limit),
    tokens: tokenStore(db),
    exportGraph: () => exportGraph(db),
    importGraph: (planner, opts) => importGraph(db, planner, opts),
    queue: queueRecords(db),
    ...curation(db),
    ...actorQueries(db),
    close: () => db.close(),
  };
}
