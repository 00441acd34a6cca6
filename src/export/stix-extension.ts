/**
 * linkage's STIX property extension. STIX has no words for what makes an assertion an analyst
 * can weigh: polarity, modality, attribution, the evidence span, the time as the text states it.
 * Notes carry them for people (stix-relationships.ts); this extension carries them for machines,
 * so a bundle imported back gives the same assertions. It is declared once per bundle by an
 * `extension-definition` object created by a `linkage` identity, as STIX 2.1 requires.
 */
import { stixUuid } from "./stix-ids.js";

/** Fixed, so the definition (and its id) is the same in every bundle linkage writes. */
const DEFINED = "2026-01-01T00:00:00.000Z";

/** The `identity` of linkage itself, the creator of the extension definition. */
export const LINKAGE_IDENTITY_ID = `identity--${stixUuid("identity:linkage")}`;

/** The key under which linkage's properties sit in an object's `extensions`. */
export const EXTENSION_ID = `extension-definition--${stixUuid("extension-definition:linkage:1")}`;

/** What the extension adds, per object type; the definition's `schema` says the same in words. */
const SCHEMA = `linkage property extension, version 1.0.
relationship: polarity ("affirmed" | "negated"); modality ("asserted" | "hedged"); attributed_to_ref (the actor the claim is credited to, "according to X"); time_start, time_end (ISO dates as the text states them, possibly partial: "2015", "2015-08", "1990s"); time_precision ("day" | "month" | "year" | "decade"); evidence (the sentence the relation was read in); evidence_start, evidence_end (its UTF-16 offsets in the source document); document_ref (the report of that document); review_status ("pending" | "accepted" | "corrected"); reviewed_by; extractor (the rule and extractor that read it).
threat-actor, intrusion-set, identity, location: actor_type ("organization" | "person" | "location"); aliases (other names, for types without a standard aliases property).
report: source (file path or URL it was read from); media_type; author; published_date (as the document states it, possibly partial); sha256 (of its text).`;

/** The `identity` and `extension-definition` objects every bundle starts with. */
export function extensionObjects(): Record<string, unknown>[] {
  return [
    {
      type: "identity",
      spec_version: "2.1",
      id: LINKAGE_IDENTITY_ID,
      created: DEFINED,
      modified: DEFINED,
      name: "linkage",
      description: "linkage reads analytic prose about armed organizations into an evidence-linked graph.",
      identity_class: "system",
    },
    {
      type: "extension-definition",
      spec_version: "2.1",
      id: EXTENSION_ID,
      created_by_ref: LINKAGE_IDENTITY_ID,
      created: DEFINED,
      modified: DEFINED,
      name: "linkage assertion",
      description: "How sure a source is of a relation, who it credits, and the sentence it was read in.",
      schema: SCHEMA,
      version: "1.0",
      extension_types: ["property-extension"],
    },
  ];
}

/**
 * An object's `extensions` holding linkage's properties. STIX allows neither null nor empty
 * lists as property values, so those are left out.
 */
export function withExtension(properties: Record<string, unknown>): Record<string, unknown> {
  const kept = Object.fromEntries(
    Object.entries(properties).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  );
  return { [EXTENSION_ID]: { extension_type: "property-extension", ...kept } };
}
