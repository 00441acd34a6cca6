/**
 * Plural demonyms ("the Saudis", "the Uzbeks") name either the state or an organization named
 * after the country. When the document names no such organization ("Islamic Movement of
 * Uzbekistan"), the demonym is a name of the state as an actor and joins the names clustered;
 * otherwise it stays a descriptor for coreference to resolve.
 */
import type { Mention } from "../../types.js";
import { normalizeName } from "../names.js";

export function stateActors(mentions: readonly Mention[]): { names: Mention[]; descriptors: Mention[] } {
  const names: Mention[] = [];
  const descriptors: Mention[] = [];
  const orgNames = mentions.filter((m) => m.type === "organization" && m.kind === "name").map((m) => normalizeName(m.text));
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
      if (stateNamed || !namedAfter) {
        names.push({ ...m, kind: "name", source: "state-institution" });
        continue;
      }
    }
    descriptors.push(m);
  }
  return { names, descriptors };
}
