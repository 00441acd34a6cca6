/**
 * What an import asks the store to write: new actors, documents and assertions, each with the
 * STIX id it had in its bundle. Deciding what is new and what is already stored is the
 * importer's work (src/import/); writing it all in one transaction is the store's.
 */
import type { EntityType, Modality, Polarity, RelationType, Span, TimeValue } from "../types.js";
import type { GraphRecords } from "./graph-records.js";
import type { ReviewStatus } from "./records.js";

/** A row created by this import, named by its STIX id, or one already stored, by its row id. */
export type ImportRef = { stix_id: string } | { id: number };

export interface PlannedActor {
  stix_id: string;
  name: string;
  type: EntityType;
  /** Other names; the name itself is recorded as an alias too, as ingest does. */
  aliases: string[];
  /** ISO timestamps, or null for now. */
  created: string | null;
  modified: string | null;
}

export interface PlannedDocument {
  stix_id: string;
  title: string | null;
  published: string | null;
  author: string | null;
  source: string;
  media_type: string;
  /** The text evidence spans point into; its SHA-256 is the document's key. */
  text: string;
  created: string | null;
}

export interface PlannedAssertion {
  stix_id: string;
  /** STIX id of the new document it was read in: its evidence points into that text. */
  document: string;
  subject: ImportRef;
  type: RelationType;
  object: ImportRef;
  polarity: Polarity;
  modality: Modality;
  attributed_to: ImportRef | null;
  time: TimeValue | null;
  /** UTF-16 offsets into the document text. */
  evidence: Span;
  /** 0–1. */
  confidence: number;
  status: ReviewStatus;
  reviewed_by: string | null;
  extractor: string;
  created: string | null;
  modified: string | null;
}

export interface ImportPlan {
  actors: PlannedActor[];
  documents: PlannedDocument[];
  assertions: PlannedAssertion[];
  /** Recorded in the audit log entry of the import: the file, counts. */
  audit: Record<string, unknown>;
}

/** How many rows an import wrote. */
export interface ImportCounts {
  actors: number;
  documents: number;
  assertions: number;
}

/**
 * Plans an import against what is stored. Called inside the import's transaction, so the plan
 * and the writes see the same store. Throwing rolls everything back.
 */
export type ImportPlanner<S> = (existing: GraphRecords) => { plan: ImportPlan; summary: S };
