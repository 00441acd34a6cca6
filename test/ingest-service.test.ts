import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LinkageError } from "../src/errors.js";
import { type IngestProgress, ingestPaths, type Prepared } from "../src/services/ingest-service.js";
import type { Store } from "../src/store/index.js";
import { extraction, makeDoc } from "./helpers/extraction.js";

describe("ingestPaths", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "linkage-batch-"));
    await mkdir(join(dir, "folder/nested"), { recursive: true });
    for (const name of ["folder/b.txt", "folder/nested/c.txt", "folder/.hidden", "a.txt"])
      await writeFile(join(dir, name), name);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** A store that only records what it is asked to ingest; "seen" texts come back unchanged. */
  function fakeStore(seen: Set<string>) {
    const stored: string[] = [];
    const store = {
      async ingestDocument(doc: Prepared["doc"]) {
        stored.push(doc.source);
        const created = !seen.has(doc.text);
        seen.add(doc.text);
        return { documentId: stored.length, sha256: "x", created };
      },
    } as unknown as Store;
    return { store, stored };
  }

  const prepare = async (input: string): Promise<Prepared> => {
    if (input.endsWith("c.txt")) throw new LinkageError("INPUT_MALFORMED", "not a document", input);
    return {
      doc: makeDoc(input.endsWith("b.txt") ? "same text" : input, { source: input }),
      extraction: extraction([], []),
    };
  };

  it("expands folders, goes on past failures, and counts added, unchanged and failed", async () => {
    const { store, stored } = fakeStore(new Set(["same text"]));
    const progress: IngestProgress[] = [];
    const summary = await ingestPaths(store, [join(dir, "a.txt"), join(dir, "folder"), join(dir, "gone.txt")], {
      maxBytes: 1000,
      prepare,
      onProgress: (p) => progress.push(p),
    });
    expect(summary).toEqual({
      added: 1,
      unchanged: 1,
      failed: [
        { input: join(dir, "gone.txt"), message: "no such file or directory" },
        { input: join(dir, "folder/nested/c.txt"), message: "not a document" },
      ],
    });
    expect(stored).toEqual([join(dir, "a.txt"), join(dir, "folder/b.txt")]);
    expect(progress.map((p) => [p.done, p.total, p.outcome])).toEqual([
      [1, 3, "added"],
      [2, 3, "unchanged"],
      [3, 3, "failed"],
    ]);
  });
});
