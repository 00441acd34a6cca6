/**
 * Relation types grouped into the families a network view colours by. Pure data with no Node
 * imports: the web UI bundles this file too, so server and page agree on every family.
 */
import type { RelationType } from "../types.js";

export const RELATION_FAMILIES = ["allegiance", "lineage", "cooperation", "hostility", "contact"] as const;
export type RelationFamily = (typeof RELATION_FAMILIES)[number];

/** Each type's family: who belongs to whom; where groups came from; who helps, fights or talks to whom. */
export const FAMILY_OF: Readonly<Record<RelationType, RelationFamily>> = {
  leader_of: "allegiance",
  member_of: "allegiance",
  pledged_allegiance_to: "allegiance",
  affiliate_of: "allegiance",
  founded: "lineage",
  succeeded: "lineage",
  split_from: "lineage",
  merged_with: "lineage",
  allied_with: "cooperation",
  supported: "cooperation",
  praised: "cooperation",
  rival_of: "hostility",
  fought: "hostility",
  criticized: "hostility",
  mediated: "contact",
  met: "contact",
};

/** Words for a family, for legends. */
export const FAMILY_LABEL: Readonly<Record<RelationFamily, string>> = {
  allegiance: "allegiance & membership",
  lineage: "founding, succession, splits & mergers",
  cooperation: "alliance & support",
  hostility: "rivalry & fighting",
  contact: "meetings & mediation",
};
