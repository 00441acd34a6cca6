/**
 * What the gazetteer knows about an actor that the store does not: whether an organization is
 * an armed group, a state body or a state itself, which country a place lies in, whether a
 * person belonged to an armed group. Exports use it to choose STIX types (stix-actor-types.ts)
 * and to fill in location codes; an actor the gazetteer does not know gets no hint.
 */
import { type GazetteerEntry, loadGazetteer, normalizeName } from "../lexicon/gazetteer/index.js";
import type { EntityType } from "../types.js";

export interface ActorHint {
  /** The gazetteer's kind: armed-group, state-body, ngo, … for organizations; country, city, region, … for places. */
  kind?: string;
  /** The actor is a state (an organization named as a country the gazetteer calls an actor). */
  state?: boolean;
  /** ISO 3166 alpha-3 of the country itself, or of the country the actor belongs to or lies in. */
  country?: string;
  /** A person the gazetteer lists as belonging to an armed group. */
  armedAffiliation?: boolean;
}

/** Hints for one actor, or undefined when nothing is known. */
export type ActorHints = (actor: { name: string; type: EntityType }) => ActorHint | undefined;

/** No hints at all: classification then rests on relations alone. */
export const NO_HINTS: ActorHints = () => undefined;

/** Hints from linkage's gazetteer (loaded on first call, then shared). */
export function gazetteerHints(): ActorHints {
  const gazetteer = loadGazetteer();
  return ({ name, type }) => {
    const form = normalizeName(name);
    // Actor names keep an article the gazetteer's forms drop: "the Taliban".
    const entries = [...gazetteer.lookup(form), ...gazetteer.lookup(form.replace(/^the /, ""))];
    const same = entries.find((e) => e.type === type);
    if (type === "organization") {
      if (same) return { kind: same.kind, country: same.country };
      // A state acts as an organization but the gazetteer files it among places.
      const state = entries.find((e) => e.type === "location" && e.actor);
      return state ? { state: true, kind: state.kind, country: state.iso3 } : undefined;
    }
    if (!same) return undefined;
    if (type === "location") return { kind: same.kind, country: same.iso3 ?? same.country };
    return { country: same.country, armedAffiliation: armedAffiliation(same, gazetteer.byId) };
  };
}

function armedAffiliation(person: GazetteerEntry, byId: (id: string) => GazetteerEntry | undefined): boolean {
  return (person.affiliations ?? []).some((id) => byId(id)?.kind === "armed-group");
}
