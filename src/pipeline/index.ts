import type { DocumentInput, Extraction } from "../types.js";

/** Run the default pipeline over one document. (Placeholder.) */
export function extract(doc: DocumentInput): Extraction {
  return { document: { title: doc.title, published: doc.published }, entities: [], relations: [] };
}
