/**
 * The typed structures that flow between linkage's stages. Every annotation points into the
 * unchanged document text with `{ start, end }` character offsets and says which rule made it
 * (`source`), so any claim can be shown in its sentence and traced back to its origin.
 */

/** A half-open range `[start, end)` of UTF-16 code units in the document text. */
export interface Span {
  start: number;
  end: number;
}

/** A document as the readers hand it to the pipeline. */
export interface DocumentInput {
  /** The plain text every offset refers to. */
  text: string;
  title: string | null;
  /** ISO date, possibly partial: "2015-08-11", "2015-08" or "2015". */
  published: string | null;
  author: string | null;
  /** Where it came from: a file path or a URL. */
  source: string;
  /** What the reader recognised: text/plain, text/html, text/markdown, application/pdf. */
  mediaType: string;
}

export type EntityType = "organization" | "person" | "location";

export const RELATION_TYPES = [
  "leader_of",
  "member_of",
  "founded",
  "succeeded",
  "pledged_allegiance_to",
  "affiliate_of",
  "split_from",
  "merged_with",
  "allied_with",
  "rival_of",
  "fought",
  "supported",
  "mediated",
  "criticized",
  "praised",
  "met",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations whose direction carries no meaning. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set([
  "merged_with",
  "allied_with",
  "rival_of",
  "fought",
  "met",
]);

/** Relations that last from their start until ended or superseded; the rest are events. */
export const LASTING_TYPES: ReadonlySet<RelationType> = new Set([
  "leader_of",
  "member_of",
  "affiliate_of",
  "allied_with",
  "rival_of",
]);

export type Polarity = "affirmed" | "negated";
export type Modality = "asserted" | "hedged";
export type TimePrecision = "day" | "month" | "year" | "decade";

/** A point or period in time, as precise as the text allows. */
export interface TimeValue {
  /** ISO date, possibly partial ("2001", "2001-04", "2001-04-12"), or null when unbounded. */
  start: string | null;
  end: string | null;
  precision: TimePrecision | null;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the paragraph (blank-line separated block) the sentence belongs to. */
  paragraph: number;
}

export interface Token extends Span {
  /** Universal POS tag from the tagger (NOUN, PROPN, VERB, …). */
  pos: string;
  /** Lower-cased normal form. */
  normal: string;
  sentence: number;
}

export interface TimeExpression extends Span {
  text: string;
  value: TimeValue;
  source: string;
}

export type MentionKind = "name" | "acronym" | "descriptor" | "pronoun";

export interface Mention extends Span {
  text: string;
  type: EntityType;
  kind: MentionKind;
  /** The rule that found it ("gazetteer", "org-shape", "acronym-definition", …). */
  source: string;
  /** Canonical name when a gazetteer recognised the mention. */
  canonical?: string;
  /** Key shared by mentions known to name the same actor (gazetteer id, acronym expansion). */
  key?: string;
}

/** One actor within one document: its mentions clustered by alias, acronym and coreference. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Span[];
}

/** A word or phrase in the sentence that made a rule fire or changed a relation's reading. */
export interface Cue extends Span {
  text: string;
  role: "trigger" | "negation" | "hedge" | "attribution" | "time";
}

export interface Relation {
  subject: string;
  type: RelationType;
  object: string;
  polarity: Polarity;
  modality: Modality;
  /** Entity id the claim is credited to ("according to X"), or null. */
  attributed_to: string | null;
  time: TimeValue | null;
  evidence: Span & { text: string };
  confidence: number;
  /** The rule that made the relation, for `--explain`. */
  rule: string;
  cues: Cue[];
}

/** What the pipeline returns for one document. */
export interface Extraction {
  document: { title: string | null; published: string | null };
  entities: Entity[];
  relations: Relation[];
}
