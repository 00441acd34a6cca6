import { readFile } from "node:fs/promises";
import type { DocumentInput } from "../types.js";

export interface ReadOptions {
  maxBytes: number;
}

/** Read a file or URL into a document. (Placeholder: plain text only.) */
export async function readInput(input: string, _opts: ReadOptions): Promise<DocumentInput> {
  const text = await readFile(input, "utf8");
  return { text, title: null, published: null, author: null, source: input, mediaType: "text/plain" };
}
