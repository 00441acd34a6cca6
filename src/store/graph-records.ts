/**
 * The whole graph as exports read it and imports match against: every actor, document and
 * assertion not rejected by an analyst, with what STIX needs (creation times, review state,
 * time precision) and the STIX id an import gave each row, if any. Keys are snake_case like
 * records.ts; timestamps are ISO strings, days "YYYY-MM-DD".
 */
import type { EntityType, Modality, Polarity, RelationType, TimePrecision } from "../types.js";
import type { DocumentSummary, ReviewStatus } from "./records.js";

export interface GraphActor {
  id: number;
  name: string;
  type: EntityType;
  /** Every other surface form, unsorted. */
  aliases: string[];
  created: string;
  /** The last change an analyst made to it (a rename, an alias), else `created`. */
  modified: string;
  /** The id an imported bundle gave this actor, or null when linkage computes one. */
  stix_id: string | null;
}

/** A document as listDocuments gives it, without counts, with its STIX id. */
export interface GraphDocument
  extends Pick<DocumentSummary, "id" | "sha256" | "title" | "published" | "author" | "source" | "media_type"> {
  /** When it was ingested (or imported). */
  created: string;
  stix_id: string | null;
}

export interface GraphAssertion {
  id: number;
  document_id: number;
  subject_id: number;
  type: RelationType;
  object_id: number;
  polarity: Polarity;
  modality: Modality;
  attributed_to_id: number | null;
  time_start: string | null;
  time_end: string | null;
  time_precision: TimePrecision | null;
  /** First and last day it holds (see validity.ts); null from = undated, null to = open-ended. */
  valid_from: string | null;
  valid_to: string | null;
  /** UTF-16 offsets of the evidence sentence in the document text, and the sentence itself. */
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  confidence: number;
  status: Exclude<ReviewStatus, "rejected">;
  reviewed_by: string | null;
  /** "rule@extractor", as stored. */
  extractor: string;
  created: string;
  /** The review time when reviewed, else `created`. */
  modified: string;
  stix_id: string | null;
}

/** Everything an export reads, each list in id order. */
export interface GraphRecords {
  actors: GraphActor[];
  documents: GraphDocument[];
  assertions: GraphAssertion[];
}
