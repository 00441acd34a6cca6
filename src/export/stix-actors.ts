/**
 * Actors as STIX objects: `threat-actor` (or `intrusion-set` when imported as one), `identity`
 * or `location`, as stix-actor-types.ts decides. STIX requires a location to name a region, a
 * country or coordinates; linkage knows a place's country from the gazetteer, and otherwise
 * writes the place's own name as its `region` (region-ov has no term for most places in this
 * domain, and the vocabulary is open).
 */
import type { ActorHints } from "./actor-hints.js";
import { alpha2 } from "./country-codes.js";
import type { ExportNode } from "./export-graph.js";
import { withExtension } from "./stix-extension.js";
import { stixTimestamp } from "./stix-time.js";

/** One actor as a STIX object. */
export function stixActor(node: ExportNode, hints: ActorHints): Record<string, unknown> {
  const { actor, class: cls } = node;
  const aliases = [...new Set(actor.aliases)].sort();
  const [created, modified] = [stixTimestamp(actor.created), stixTimestamp(actor.modified)];
  const common = { type: cls.type, spec_version: "2.1", id: node.stixId, created, modified, name: actor.name };
  switch (cls.type) {
    case "threat-actor":
    case "intrusion-set":
      return {
        ...common,
        ...(aliases.length ? { aliases } : {}),
        ...(cls.roles?.length ? { roles: cls.roles } : {}),
        extensions: withExtension({ actor_type: actor.type }),
      };
    case "identity":
      return {
        ...common,
        identity_class: cls.identityClass ?? (actor.type === "person" ? "individual" : "organization"),
        ...(cls.sectors?.length ? { sectors: cls.sectors } : {}),
        extensions: withExtension({ actor_type: actor.type, aliases }),
      };
    case "location":
      return { ...common, ...place(node, hints), extensions: withExtension({ actor_type: actor.type, aliases }) };
  }
}

/** Where a place is, as far as the gazetteer says: country code, and city or area within it. */
function place(node: ExportNode, hints: ActorHints): Record<string, string> {
  const hint = hints(node.actor);
  const country = hint?.country ? alpha2(hint.country) : undefined;
  if (!country) return { region: node.actor.name };
  if (hint?.kind === "city") return { country, city: node.actor.name };
  if (hint?.kind === "province" || hint?.kind === "region") return { country, administrative_area: node.actor.name };
  return { country };
}
