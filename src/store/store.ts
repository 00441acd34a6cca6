import type { DocumentInput, Extraction } from "../types.js";
import { findActors, listActors } from "./actors.js";
import type { Db } from "./db.js";
import { getDocument, listDocuments } from "./documents.js";
import { type IngestOptions, ingestDocument } from "./ingest-document.js";
import type {
  ActorRecord,
  DocumentDetail,
  DocumentSummary,
  IngestResult,
  RelationQuery,
  RelationRecord,
} from "./records.js";
import { listRelations, timeline } from "./relations.js";

/** linkage's store: documents, actors and the assertions between them, on PGlite or PostgreSQL. */
export interface Store {
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
  /** Release the database; the store is unusable afterwards. */
  close(): Promise<void>;
}

/** A Store over an open, migrated database. */
export function createStore(db: Db): Store {
  return {
    engine: db.engine,
    ingestDocument: (doc, extraction, opts) => ingestDocument(db, doc, extraction, opts),
    listDocuments: () => listDocuments(db),
    getDocument: (id) => getDocument(db, id),
    listActors: () => listActors(db),
    findActors: (name) => findActors(db, name),
    listRelations: (query) => listRelations(db, query),
    timeline: (a, b) => timeline(db, a, b),
    close: () => db.close(),
  };
}
