/**
 * What curation, decisions, aggregation and dossiers return. Multi-word keys are snake_case as
 * in the other records (records.ts); ids are numbers; times are ISO strings.
 */
import type { EntityType, Modality, Polarity, RelationType, TimePrecision } from "../types.js";
import type { RelationRecord, ReviewStatus } from "./records.js";

/** Who acts, and the version of the thing they saw: a write against an older version is refused. */
export interface CurationOptions {
  /** Recorded in the audit log. */
  user: string;
  /**
   * The version the analyst saw (from getActor or getAssertionDetail). Omitted: act on the
   * current version, read and written in one transaction (the CLI does this).
   */
  expectedVersion?: number;
}

/** One surface form of an actor and where it came from. */
export interface AliasRecord {
  alias: string;
  /** The document it was read in; null when an analyst added it. */
  document: { id: number; title: string | null } | null;
  /** The analyst who added it, or null when the extractor read it. */
  added_by: string | null;
  added_at: string;
}

/** An actor with its version and every alias with its provenance. */
export interface ActorDetail {
  id: number;
  name: string;
  type: EntityType;
  version: number;
  created_at: string;
  updated_at: string;
  aliases: AliasRecord[];
  /** Aliases an analyst removed, which re-extraction will not bring back. */
  excluded_aliases: string[];
}

/** The outcome of a curation change: its audit id (to undo it) and the actor(s) as they are now. */
export interface ChangeResult {
  change: number;
  actor: ActorDetail;
  /** The actor a split created. */
  created?: ActorDetail;
}

/** What a split moves to a new actor: aliases (with their mentions) and/or whole documents. */
export interface SplitSelection {
  aliases?: string[];
  documents?: number[];
  /** The new actor's name; the first alias, or the actor's own name, by default. */
  name?: string;
}

/** An analyst's reading of an assertion. Corrections apply only with status "corrected". */
export interface AssertionDecisionInput {
  status: "accepted" | "rejected" | "corrected";
  corrections?: {
    type?: RelationType;
    subject?: number;
    object?: number;
    polarity?: Polarity;
    modality?: Modality;
    time?: { start: string | null; end: string | null; precision: TimePrecision | null } | null;
  };
  note?: string;
}

/** An assertion with what optimistic concurrency and review need beyond RelationRecord. */
export interface AssertionDetail {
  relation: RelationRecord;
  version: number;
  natural_key: string;
  decision: {
    status: ReviewStatus;
    corrections: Record<string, unknown>;
    note: string | null;
    decided_by: string;
    decided_at: string;
  } | null;
}

/** One entry of the audit log. */
export interface ChangeRecord {
  id: number;
  at: string;
  performed_by: string;
  action: string;
  entity_kind: string;
  entity_id: string | null;
  details: Record<string, unknown>;
  /** The undo entry that reversed it, if any. */
  undone_by: number | null;
}

/** Filters for the change history; all optional. */
export interface ChangeQuery {
  actor?: number;
  assertion?: number;
  limit?: number;
}
