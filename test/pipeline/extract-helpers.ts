import { extract } from "../../src/pipeline/index.js";
import type { Extraction, Relation } from "../../src/types.js";

/** Run the pipeline over a text written for a test. */
export function run(text: string): Extraction {
  return extract({ text, title: null, published: null, author: null, source: "test", mediaType: "text/plain" });
}

/** Relations as "subject type object" strings with entity names, for readable assertions. */
export function facts(x: Extraction, pick: (r: Relation) => string = () => ""): string[] {
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.map((r) => `${name.get(r.subject)} ${r.type} ${name.get(r.object)}${pick(r)}`);
}

export function entityNames(x: Extraction): string[] {
  return x.entities.map((e) => `${e.type}:${e.name}`);
}
