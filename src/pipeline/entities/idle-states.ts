/**
 * A country named without a preposition ("Iraq invaded Kuwait", "Malaysia, Singapore and
 * Indonesia") is read as the state, an actor. When the document never shows that state acting
 * (no relation has it at either end or as a source) and never names its institutions ("the
 * Malaysian government"), the reading was only a guess: the mentions go back to the place.
 */
import type { Entity, Mention, Relation } from "../../types.js";

export function returnIdleStates(
  entities: Entity[],
  names: readonly Mention[],
  entityOf: readonly (string | null)[],
  relations: readonly Relation[],
): Entity[] {
  const used = new Set(relations.flatMap((r) => [r.subject, r.object, r.attributed_to ?? ""]));
  const sources = new Map<string, Mention[]>();
  names.forEach((m, i) => {
    const id = entityOf[i];
    if (id) sources.set(id, [...(sources.get(id) ?? []), m]);
  });
  const placeOf = new Map<string, Entity>();
  for (const e of entities) {
    const key = sources.get(e.id)?.[0]?.key;
    if (e.type === "location" && key) placeOf.set(key, e);
  }
  const dropped = new Set<string>();
  for (const e of entities) {
    const ms = sources.get(e.id) ?? [];
    const key = ms[0]?.key;
    if (e.type !== "organization" || used.has(e.id) || !key || !ms.every((m) => m.source === "country-as-actor"))
      continue;
    const place = placeOf.get(key);
    if (!place) {
      e.type = "location";
      continue;
    }
    place.mentions = [...place.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    place.aliases = [...new Set([...place.aliases, ...e.aliases, e.name])].filter((a) => a !== place.name);
    dropped.add(e.id);
  }
  return entities.filter((e) => !dropped.has(e.id));
}
