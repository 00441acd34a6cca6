/**
 * Which STIX object each actor becomes. STIX has no "armed group": `threat-actor` is for actors
 * "operating with malicious intent", `identity` for any individual or organization. Calling a
 * state or an NGO a threat actor would be wrong, and so would hiding a militant group among
 * identities, so the choice rests on what linkage knows, in this order:
 *
 * 1. Places are `location`.
 * 2. Organizations: a state, or a gazetteer kind that is not an armed one (state body, security
 *    force, international body, NGO, party, media, school, religious body, company) → `identity`;
 *    gazetteer kind armed-group or criminal → `threat-actor`; otherwise an affirmed relation
 *    only armed groups have in this domain (pledged allegiance, split from, affiliate of, merged
 *    with, fought; either end) → `threat-actor`; anything else → `identity`.
 * 3. People: listed by the gazetteer in an armed group, or affirmed as leader, member or founder
 *    of an organization that is a threat actor, or as pledging allegiance → `threat-actor`
 *    (roles "director" for leaders and founders, "agent" for members); anyone else → `identity`.
 *
 * Every relation in the store counts, whatever an export selects, so an actor's type (and so its
 * id) does not change with `--as-of` or `--actor`. An actor imported from a bundle keeps the type
 * its id names.
 */
import type { GraphRecords } from "../store/graph-records.js";
import type { RelationType } from "../types.js";
import type { ActorHint, ActorHints } from "./actor-hints.js";

export type StixActorType = "threat-actor" | "intrusion-set" | "identity" | "location";

export interface ActorClass {
  type: StixActorType;
  /** identity only: "organization" or "individual". */
  identityClass?: "organization" | "individual";
  /** identity only: industry-sector-ov terms. */
  sectors?: string[];
  /** threat-actor only: threat-actor-role-ov terms. */
  roles?: string[];
}

const ARMED_KINDS = new Set(["armed-group", "criminal"]);
/** Gazetteer kinds that are not armed, with the industry sector each belongs to ("" for none that fits). */
const SECTORS: ReadonlyMap<string, string> = new Map([
  ["state-body", "government-national"],
  ["security-force", "government-national"],
  ["international", "government"],
  ["ngo", "non-profit"],
  ["party", ""],
  ["media", "communications"],
  ["education", "education"],
  ["religious", ""],
  ["company", "commercial"],
]);
const MILITANT_RELATIONS: ReadonlySet<RelationType> = new Set([
  "pledged_allegiance_to",
  "split_from",
  "affiliate_of",
  "merged_with",
  "fought",
]);
const ROLE_OF: Partial<Record<RelationType, string>> = {
  leader_of: "director",
  founded: "director",
  member_of: "agent",
};

/** The STIX class of every actor in `records` (see the rules above). */
export function classifyActors(records: GraphRecords, hints: ActorHints): Map<number, ActorClass> {
  const affirmed = records.assertions.filter((a) => a.polarity === "affirmed");
  const militant = new Set(
    affirmed.filter((a) => MILITANT_RELATIONS.has(a.type)).flatMap((a) => [a.subject_id, a.object_id]),
  );
  const classes = new Map<number, ActorClass>();
  const hintOf = new Map(records.actors.map((a) => [a.id, hints(a)]));
  for (const actor of records.actors) {
    if (actor.type === "location") classes.set(actor.id, { type: "location" });
    if (actor.type === "organization")
      classes.set(actor.id, organizationClass(hintOf.get(actor.id), militant.has(actor.id)));
  }
  const bySubject = new Map<number, typeof affirmed>();
  for (const a of affirmed) {
    const list = bySubject.get(a.subject_id);
    if (list) list.push(a);
    else bySubject.set(a.subject_id, [a]);
  }
  for (const actor of records.actors) {
    if (actor.type !== "person") continue;
    const own = bySubject.get(actor.id) ?? [];
    const armedTies = own.filter((a) => ROLE_OF[a.type] && classes.get(a.object_id)?.type === "threat-actor");
    const pledged = own.some((a) => a.type === "pledged_allegiance_to");
    if (hintOf.get(actor.id)?.armedAffiliation || armedTies.length > 0 || pledged) {
      const roles = [...new Set(armedTies.map((a) => ROLE_OF[a.type] as string))].sort();
      classes.set(actor.id, roles.length ? { type: "threat-actor", roles } : { type: "threat-actor" });
    } else {
      classes.set(actor.id, { type: "identity", identityClass: "individual" });
    }
  }
  return classes;
}

function organizationClass(hint: ActorHint | undefined, militant: boolean): ActorClass {
  if (hint?.state) return { type: "identity", identityClass: "organization", sectors: ["government-national"] };
  const kind = hint?.kind ?? "";
  if (ARMED_KINDS.has(kind)) return { type: "threat-actor" };
  const sector = SECTORS.get(kind);
  if (sector) return { type: "identity", identityClass: "organization", sectors: [sector] };
  if (sector === "") return { type: "identity", identityClass: "organization" };
  return militant ? { type: "threat-actor" } : { type: "identity", identityClass: "organization" };
}
