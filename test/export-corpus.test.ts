/**
 * Exports of a real store: the development documents read by the real extractor into a
 * temporary PGlite store, exported as STIX (valid against the OASIS schemas), imported into an
 * empty store and exported again with every id kept, and exported as well-formed GEXF and
 * GraphML. The corpus lives outside this repository (../shared/corpus/dev); without it the
 * suite is reported as skipped.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportFiles } from "../src/export/index.js";
import { importBundleFile } from "../src/import/index.js";
import { ingestPaths } from "../src/services/ingest-service.js";
import { openStore, type Store } from "../src/store/index.js";
import { stixProblems } from "./helpers/stix-validator.js";

const CORPUS = resolve(import.meta.dirname, "../../shared/corpus/dev");
const MAX_BYTES = 20 * 1024 * 1024;

describe.skipIf(!existsSync(CORPUS))(
  "exports of the development corpus (../shared/corpus/dev)",
  { timeout: 240_000 },
  () => {
    let dir: string;
    const stores: Store[] = [];
    let store: Store;
    let bundle: { id: string; objects: { id: string; type: string }[] };

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "linkage-corpus-"));
      store = await openStore({ db: join(dir, "store") });
      stores.push(store);
      const summary = await ingestPaths(store, [CORPUS], { maxBytes: MAX_BYTES });
      expect(summary.failed).toEqual([]);
      bundle = JSON.parse((await exportFiles(store, { format: "stix" }))[0].content);
    }, 600_000);
    afterAll(async () => {
      for (const s of stores) await s.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it("is a STIX bundle valid against the OASIS schemas, with every kind of object", () => {
      expect(stixProblems(bundle)).toEqual([]);
      const types = new Set(bundle.objects.map((o) => o.type));
      for (const type of ["threat-actor", "identity", "location", "report", "relationship", "note"]) {
        expect(types, type).toContain(type);
      }
    });

    it("keeps every object id through import into an empty store and export", async () => {
      const path = join(dir, "bundle.json");
      await writeFile(path, JSON.stringify(bundle));
      const copy = await openStore({ db: join(dir, "copy") });
      stores.push(copy);
      await importBundleFile(copy, path, { maxBytes: MAX_BYTES });
      const again = JSON.parse((await exportFiles(copy, { format: "stix" }))[0].content);
      expect(again.objects.map((o: { id: string }) => o.id).sort()).toEqual(bundle.objects.map((o) => o.id).sort());
      expect(again.id).toBe(bundle.id);
    });

    it("writes well-formed GEXF and GraphML", async () => {
      for (const format of ["gexf", "graphml"] as const) {
        const [file] = await exportFiles(store, { format });
        expect(XMLValidator.validate(file.content), format).toBe(true);
      }
    });
  },
);
