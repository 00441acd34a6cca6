/**
 * The STIX objects linkage reads, as zod schemas: only the properties it uses are checked,
 * others pass through untouched. The patterns are those of the OASIS STIX 2.1 JSON schemas.
 */
import { z } from "zod";

const STIX_ID =
  /^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
const TIMESTAMP =
  /^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(\.[0-9]+)?Z$/;
/** A date as linkage stores it: "2015", "2015-08", "2015-08-11", or a decade "1990s". */
const PARTIAL_DATE = /^\d{4}(s|-\d{2}(-\d{2})?)?$/;

const stixId = z.string().regex(STIX_ID, "expected a STIX id (type--UUID)");
const idOfType = (type: string) => stixId.refine((id) => id.startsWith(`${type}--`), `expected an id "${type}--…"`);
const timestamp = z.string().regex(TIMESTAMP, "expected a timestamp like 2015-08-11T00:00:00.000Z");
const partialDate = z.string().regex(PARTIAL_DATE, "expected a date like 2015, 2015-08, 2015-08-11 or 1990s");
const extensions = z.record(z.string(), z.unknown());

const common = {
  created: timestamp.optional(),
  modified: timestamp.optional(),
  labels: z.array(z.string()).optional(),
  extensions: extensions.optional(),
};

export const ACTOR_TYPES = ["threat-actor", "intrusion-set", "identity", "location"] as const;

export const ActorObject = z.looseObject({
  type: z.enum(ACTOR_TYPES),
  id: stixId,
  // A location may have no name (only a country or coordinates); the reader names it then.
  name: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  identity_class: z.string().optional(),
  country: z.string().optional(),
  region: z.string().optional(),
  city: z.string().optional(),
  ...common,
});
export type ActorObject = z.infer<typeof ActorObject>;

export const ReportObject = z.looseObject({
  type: z.literal("report"),
  id: idOfType("report"),
  name: z.string(),
  description: z.string().optional(),
  published: timestamp,
  object_refs: z.array(stixId),
  ...common,
});
export type ReportObject = z.infer<typeof ReportObject>;

export const RelationshipObject = z.looseObject({
  type: z.literal("relationship"),
  id: idOfType("relationship"),
  relationship_type: z.string(),
  source_ref: stixId,
  target_ref: stixId,
  description: z.string().optional(),
  start_time: timestamp.optional(),
  stop_time: timestamp.optional(),
  confidence: z.number().int().min(0).max(100).optional(),
  ...common,
});
export type RelationshipObject = z.infer<typeof RelationshipObject>;

export const NoteObject = z.looseObject({
  type: z.literal("note"),
  id: idOfType("note"),
  content: z.string(),
  object_refs: z.array(stixId).min(1),
  ...common,
});
export type NoteObject = z.infer<typeof NoteObject>;

/** linkage's own extension on a relationship (see src/export/stix-extension.ts). */
export const AssertionExtension = z.looseObject({
  polarity: z.enum(["affirmed", "negated"]).optional(),
  modality: z.enum(["asserted", "hedged"]).optional(),
  attributed_to_ref: stixId.optional(),
  time_start: partialDate.optional(),
  time_end: partialDate.optional(),
  time_precision: z.enum(["day", "month", "year", "decade"]).optional(),
  evidence: z.string().optional(),
  evidence_start: z.number().int().min(0).optional(),
  evidence_end: z.number().int().min(0).optional(),
  document_ref: idOfType("report").optional(),
  review_status: z.enum(["pending", "accepted", "corrected"]).optional(),
  reviewed_by: z.string().optional(),
  extractor: z.string().optional(),
});
export type AssertionExtension = z.infer<typeof AssertionExtension>;

/** linkage's extension on an actor. */
export const ActorExtension = z.looseObject({
  actor_type: z.enum(["organization", "person", "location"]).optional(),
  aliases: z.array(z.string()).optional(),
});
export type ActorExtension = z.infer<typeof ActorExtension>;

/** linkage's extension on a report. */
export const ReportExtension = z.looseObject({
  source: z.string().optional(),
  media_type: z.string().optional(),
  author: z.string().optional(),
  published_date: partialDate.optional(),
  sha256: z.string().optional(),
});
export type ReportExtension = z.infer<typeof ReportExtension>;
