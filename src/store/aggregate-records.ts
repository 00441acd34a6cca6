/** What aggregation and actor dossiers return (see aggregate.ts, dossier.ts). */
import type { Modality, Polarity, RelationType } from "../types.js";
import type { ActorDetail } from "./curation-records.js";
import type { ReviewStatus } from "./records.js";

/** A document as a source, for citations. */
export interface SourceDocument {
  id: number;
  title: string | null;
  published: string | null;
  source: string;
}

/** One assertion behind an aggregated relation: the sentence it rests on and how it was put. */
export interface SupportRecord {
  assertion: number;
  document: SourceDocument;
  evidence: { start: number; end: number; text: string };
  polarity: Polarity;
  modality: Modality;
  attributed_to: string | null;
  time: { start: string | null; end: string | null };
  status: ReviewStatus;
  confidence: number;
}

/** Sources that disagree about one relation, side by side. */
export interface ConflictRecord {
  /** Affirmed and asserted. */
  affirming: SupportRecord[];
  /** Negated, or only hedged, in another source (another document or another attribution). */
  disputing: SupportRecord[];
}

/** Every assertion of one (subject, type, object), symmetric types in either order, as one fact. */
export interface AggregateRelation {
  subject: { id: number; name: string };
  type: RelationType;
  object: { id: number; name: string };
  support: SupportRecord[];
  /** Distinct documents. */
  documents: number[];
  /** Distinct documents that affirm it (asserted or hedged). */
  corroboration: number;
  conflict: ConflictRecord | null;
  /** Earliest start and latest end (or start) over its dated assertions; null when undated. */
  first: string | null;
  last: string | null;
  /** Those it is credited to ("according to X"), distinct. */
  attributed_to: string[];
}

export interface AggregateQuery {
  /** An actor id: relations with it at either end. */
  actor?: number;
  type?: RelationType;
  /** Only relations holding that day (see Store.listRelations). */
  asOf?: string;
}

/** A leader of the actor over time, from leader_of relations. */
export interface LeaderPeriod {
  leader: { id: number; name: string };
  from: string | null;
  /** Its own end, else the next leader's start; null while it holds. */
  to: string | null;
  relation: AggregateRelation;
}

/** Relations grouped as a profile reads them. */
export interface DossierSections {
  leaders: LeaderPeriod[];
  /** Organizations the actor (a person) led. */
  led: AggregateRelation[];
  allies: AggregateRelation[];
  rivals: AggregateRelation[];
  affiliates: AggregateRelation[];
  /** Groups that split from the actor, and those it split from. */
  splinters: AggregateRelation[];
  pledges: AggregateRelation[];
  members: AggregateRelation[];
  other: AggregateRelation[];
}

/** Relations of one period ("1990s", or "undated"), for "relations by period". */
export interface PeriodRecord {
  period: string;
  relations: AggregateRelation[];
}

/** An actor's file: names with provenance, documents, first and last mention, relations by kind and period. */
export interface ActorDossier {
  actor: ActorDetail;
  names: NameCitation[];
  documents: (SourceDocument & { mentions: number })[];
  first_mention: MentionCitation | null;
  last_mention: MentionCitation | null;
  relations: AggregateRelation[];
  sections: DossierSections;
  periods: PeriodRecord[];
  /** The as-of day the relations were read for, if any. */
  as_of: string | null;
}

/** A mention with the sentence around it, to cite. */
export interface MentionCitation {
  document: SourceDocument;
  start: number;
  end: number;
  text: string;
  /** The sentence the mention is in (cut at sentence punctuation, at most a few hundred characters). */
  sentence: string;
}

/** A name of the actor with where it was first read, or who added it. */
export interface NameCitation {
  alias: string;
  /** The first mention spelled this way in the first document that has one; null for analysts' aliases. */
  mention: MentionCitation | null;
  added_by: string | null;
}
