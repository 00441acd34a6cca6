/**
 * How single STIX objects read as linkage's records: which actor type an SDO is, which relation
 * type a relationship is, and an assertion's polarity, modality, time and confidence. linkage's
 * own extension, when present, says each of these exactly; otherwise they are read from the
 * standard properties, as far as those go.
 */
import { RELATION_TYPES, type RelationType, type TimeValue } from "../types.js";
import type { ActorExtension, ActorObject, AssertionExtension, RelationshipObject } from "./stix-objects.js";

/** A relationship type as a linkage relation type ("split-from" → "split_from"), or null when linkage has none. */
export function relationTypeOf(stixType: string): RelationType | null {
  const type = stixType.toLowerCase().replace(/-/g, "_");
  return (RELATION_TYPES as readonly string[]).includes(type) ? (type as RelationType) : null;
}

/**
 * An actor's type: linkage's extension says; otherwise a location is a place, an identity of
 * class "individual" a person, and any other identity, threat actor or intrusion set an
 * organization.
 */
export function actorTypeOf(o: ActorObject, ext: ActorExtension | undefined): "organization" | "person" | "location" {
  if (ext?.actor_type) return ext.actor_type;
  if (o.type === "location") return "location";
  return o.type === "identity" && o.identity_class === "individual" ? "person" : "organization";
}

/** An actor's name; a location may have none, and is then named by its city, region or country. */
export function actorNameOf(o: ActorObject): string {
  return [o.name, o.city, o.region, o.country].find((n) => n !== undefined && n.trim() !== "") ?? o.id;
}

/** Other names: the standard `aliases`, or those linkage's extension carries for types without it. */
export function aliasesOf(o: ActorObject, ext: ActorExtension | undefined, name: string): string[] {
  return [...new Set(o.aliases ?? ext?.aliases ?? [])].filter((a) => a.trim() !== "" && a !== name);
}

/** What an assertion says beyond its ends and type. */
export interface AssertionQualities {
  polarity: "affirmed" | "negated";
  modality: "asserted" | "hedged";
  time: TimeValue | null;
  /** 0–1; 0.5 when the bundle states none (unknown, rather than sure or unsure). */
  confidence: number;
}

/**
 * Read from linkage's extension, else from the standard properties: labels "negated" and
 * "hedged" (as linkage writes them), and `start_time`/`stop_time` as days (the stop instant is
 * the end of the period, so the day before it when it falls at midnight).
 */
export function qualitiesOf(o: RelationshipObject, ext: AssertionExtension | undefined): AssertionQualities {
  const labels = new Set(o.labels ?? []);
  return {
    polarity: ext?.polarity ?? (labels.has("negated") ? "negated" : "affirmed"),
    modality: ext?.modality ?? (labels.has("hedged") ? "hedged" : "asserted"),
    time: ext ? extensionTime(ext) : standardTime(o),
    confidence: o.confidence === undefined ? 0.5 : o.confidence / 100,
  };
}

function extensionTime(ext: AssertionExtension): TimeValue | null {
  if (!ext.time_start && !ext.time_end) return null;
  return { start: ext.time_start ?? null, end: ext.time_end ?? null, precision: ext.time_precision ?? null };
}

function standardTime(o: RelationshipObject): TimeValue | null {
  if (!o.start_time && !o.stop_time) return null;
  const end = o.stop_time ? new Date(new Date(o.stop_time).getTime() - 1).toISOString().slice(0, 10) : null;
  return { start: o.start_time?.slice(0, 10) ?? null, end, precision: "day" };
}
