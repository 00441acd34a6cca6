/**
 * Plural demonyms ("the Saudis", "the Uzbeks") name the state, an organization named after the
 * country, or just some people. When the text treats the state as an actor elsewhere, the
 * demonym is one more name of it; when it names an organization after the country ("Islamic
 * Movement of Uzbekistan"), it stays a descriptor for coreference; otherwise it is dropped.
 */
import type { Mention } from "../../types.js";
import { normalizeName } from "../names.js";

export function stateActors(mentions: readonly Mention[]): { names: Mention[]; descriptors: Mention[] } {
  const names: Mention[] = [];
  const descriptors: Mention[] = [];
  const orgNames = mentions
    .filter((m) => m.type === "organization" && m.kind === "name")
    .map((m) => normalizeName(m.text));
  for (const m of mentions) {
    if (m.kind !== "descriptor") {
      names.push(m);
      continue;
    }
    if (m.source === "demonym-plural") {
      const country = normalizeName(m.canonical ?? "");
      const stem = normalizeName(m.text.replace(/^the\s+/i, "")).replace(/s$/, "");
      const namedAfter = orgNames.some((n) => n !== country && (n.includes(` ${country}`) || n.includes(`${stem} `)));
      const stateNamed = mentions.some((x) => x.key === m.key && x.type === "organization" && x.kind === "name");
      if (stateNamed) {
        names.push({ ...m, kind: "name", source: "state-institution" });
        continue;
      }
      // "the Germans were told …": some Germans, not the state.
      if (!namedAfter) continue;
    }
    descriptors.push(m);
  }
  return { names, descriptors };
}
