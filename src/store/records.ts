/**
 * What the store returns. Multi-word keys are snake_case, as in the relations JSON that CLI,
 * API and exports share. Ids are numbers.
 */
import type { EntityType, Modality, Polarity, RelationType } from "../types.js";

/** Where an analyst's review of an assertion stands; extraction leaves it "pending". */
export type ReviewStatus = "pending" | "accepted" | "rejected" | "corrected";

/** The outcome of storing one document. */
export interface IngestResult {
  documentId: number;
  sha256: string;
  /** False when a document with the same text was already stored: nothing was written. */
  created: boolean;
  /** Present when the stored document was read again (IngestOptions.reextract). */
  reextracted?: true;
}

/** A stored document without its text, as listDocuments returns it. */
export interface DocumentSummary {
  id: number;
  sha256: string;
  title: string | null;
  published: string | null;
  author: string | null;
  source: string;
  media_type: string;
  word_count: number;
  /** ISO timestamp. */
  ingested_at: string;
  /** How many assertions were read in it. */
  assertions: number;
}

/** One place in a document's text where an actor is named. */
export interface MentionRecord {
  actor: { id: number; name: string };
  start: number;
  end: number;
  text: string;
  /** "name", "acronym", "descriptor" or "pronoun" when the extractor said. */
  kind: string | null;
}

/** A document with its text, mentions and every assertion, as getDocument returns it. */
export interface DocumentDetail extends DocumentSummary {
  text: string;
  mentions: MentionRecord[];
  relations: RelationRecord[];
}

/** A global actor, linked across documents. */
export interface ActorRecord {
  id: number;
  name: string;
  type: EntityType;
  /** Every other surface form seen, sorted. */
  aliases: string[];
}

/** One assertion with its ends named and its evidence quoted from the document. */
export interface RelationRecord {
  id: number;
  subject: { id: number; name: string };
  type: RelationType;
  object: { id: number; name: string };
  polarity: Polarity;
  modality: Modality;
  /** Name of the actor the claim is credited to, or null. */
  attributed_to: string | null;
  time: { start: string | null; end: string | null };
  evidence: { document: number; start: number; end: number; text: string };
  confidence: number;
  status: ReviewStatus;
}

/** Filters for listRelations; all optional and combined with AND. */
export interface RelationQuery {
  /** An actor name or alias: relations where it is subject or object. */
  actor?: string;
  type?: RelationType;
  /** "YYYY-MM-DD": only relations holding on that day (see listRelations). */
  asOf?: string;
}
