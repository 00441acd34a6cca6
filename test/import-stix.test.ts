/**
 * STIX 2.1 import: a linkage bundle round-trips with every id kept, re-importing adds nothing,
 * other tools' bundles (the OASIS examples) import with what linkage cannot hold skipped and
 * counted, and a bad bundle is refused naming the file, with nothing written.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLinkageError } from "../src/errors.js";
import { exportFiles } from "../src/export/index.js";
import { importBundleFile } from "../src/import/index.js";
import { openStore, type Store } from "../src/store/index.js";
import { ENGINES } from "./helpers/engines.js";
import { seedFixture } from "./helpers/graph-fixture.js";
import { STIX_FIXTURES, stixProblems } from "./helpers/stix-validator.js";

type Bundle = { id: string; objects: (Record<string, unknown> & { id: string; type: string })[] };

const EXAMPLES = join(STIX_FIXTURES, "examples/threat-reports");
const OPTIONS = { maxBytes: 20 * 1024 * 1024, user: "tester" };

async function exportBundle(store: Store): Promise<Bundle> {
  return JSON.parse((await exportFiles(store, { format: "stix" }))[0].content);
}

/** An object without what a text rebuilt from evidence cannot keep: its offsets and hash. */
function comparable(o: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(o);
  for (const ext of Object.values((copy.extensions ?? {}) as Record<string, Record<string, unknown>>)) {
    delete ext.evidence_start;
    delete ext.evidence_end;
    delete ext.sha256;
  }
  delete copy.external_references;
  return copy;
}

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`STIX import on ${engine.name}`, () => {
    const dbs: string[] = [];
    const stores: Store[] = [];
    let dir: string;
    /** The fixture, exported to `bundlePath`; a copy made by importing it; another store for other bundles. */
    let original: Store;
    let copy: Store;
    let other: Store;
    let bundlePath: string;
    const freshStore = async () => {
      const db = await engine.create();
      dbs.push(db);
      const store = await openStore({ db });
      stores.push(store);
      return store;
    };
    const counts = async (store: Store) => ({
      actors: (await store.listActors()).length,
      documents: (await store.listDocuments()).length,
      relations: (await store.listRelations()).length,
    });

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "linkage-import-"));
      original = await freshStore();
      await seedFixture(original);
      bundlePath = join(dir, "bundle.json");
      await writeFile(bundlePath, JSON.stringify(await exportBundle(original)));
      // Creating a database is the slow part of these tests: three serve them all, in order.
      copy = await freshStore();
      other = await freshStore();
    }, 600_000);
    afterAll(async () => {
      for (const store of stores) await store.close();
      for (const db of dbs) await engine.drop(db);
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it("keeps every object id through export, import into an empty store, and export", async () => {
      const before = await exportBundle(original);
      const summary = await importBundleFile(copy, bundlePath, OPTIONS);
      expect(summary.created).toEqual({ actors: 9, documents: 2, relations: 11 });
      expect(summary.skipped).toEqual({ "extension-definition": 1, "identity (linkage itself)": 1 });
      const after = await exportBundle(copy);
      expect(after.objects.map((o) => o.id).sort()).toEqual(before.objects.map((o) => o.id).sort());
      expect(after.id).toBe(before.id);
      // Beyond ids, everything but the rebuilt text's offsets and hash comes back as it was.
      const byId = new Map(after.objects.map((o) => [o.id, o]));
      for (const o of before.objects)
        expect(comparable(byId.get(o.id) as Record<string, unknown>)).toEqual(comparable(o));
      expect(stixProblems(after)).toEqual([]);
      // The imported graph answers queries as the original does.
      const relations = await copy.listRelations({ asOf: "2010-06-30" });
      expect(relations.map((r) => [r.subject.name, r.type, r.object.name]).sort()).toEqual(
        (await original.listRelations({ asOf: "2010-06-30" }))
          .map((r) => [r.subject.name, r.type, r.object.name])
          .sort(),
      );
      expect(relations.every((r) => r.evidence.text.length > 0)).toBe(true);
    });

    it("adds nothing when a bundle is imported again, or into the store it came from", async () => {
      const once = await counts(copy);
      const again = await importBundleFile(copy, bundlePath, OPTIONS);
      expect(again.created).toEqual({ actors: 0, documents: 0, relations: 0 });
      expect(await counts(copy)).toEqual(once);
      const home = await importBundleFile(original, bundlePath, OPTIONS);
      expect(home.created).toEqual({ actors: 0, documents: 0, relations: 0 });
      expect(home.existing).toEqual({ actors: 9, documents: 2, relations: 11 });
    });

    it("imports the OASIS example bundles, counting what linkage does not hold", async () => {
      const store = other;
      const apt1 = await importBundleFile(store, join(EXAMPLES, "apt1.json"), OPTIONS);
      expect(apt1.created).toEqual({ actors: 10, documents: 1, relations: 0 });
      expect(apt1.skipped).toMatchObject({ indicator: 12, malware: 6, "relationship (uses)": 16 });
      const ivy = await importBundleFile(store, join(EXAMPLES, "poisonivy.json"), OPTIONS);
      expect(ivy.created.documents).toBe(1);
      const actors = await store.listActors();
      expect(actors.find((a) => a.name === "APT1")).toMatchObject({
        type: "organization",
        aliases: expect.arrayContaining(["Comment Crew"]),
      });
      expect(actors.find((a) => a.name === "Wang Dong")?.type).toBe("person");
      const [doc] = await store.listDocuments();
      expect(doc).toMatchObject({
        title: "APT1: Exposing One of China's Cyber Espionage Units",
        published: "2013-02-19",
      });
      expect(stixProblems(await exportBundle(store))).toEqual([]);
    });

    it("reads another tool's relationship of a linkage type, with its note as evidence", async () => {
      const store = other;
      const path = join(dir, "foreign.json");
      const ta = (n: number, name: string) => ({
        type: "threat-actor",
        spec_version: "2.1",
        id: `threat-actor--0000000${n}-0000-4000-8000-000000000000`,
        created: "2020-01-01T00:00:00.000Z",
        modified: "2020-01-01T00:00:00.000Z",
        name,
      });
      const rel = {
        type: "relationship",
        spec_version: "2.1",
        id: "relationship--00000003-0000-4000-8000-000000000000",
        created: "2020-01-02T00:00:00.000Z",
        modified: "2020-01-02T00:00:00.000Z",
        relationship_type: "allied-with",
        source_ref: ta(1, "").id,
        target_ref: ta(2, "").id,
        start_time: "2001-03-01T00:00:00Z",
        stop_time: "2003-01-01T00:00:00Z",
        confidence: 70,
      };
      const note = {
        type: "note",
        spec_version: "2.1",
        id: "note--00000004-0000-4000-8000-000000000000",
        content: "Group A and Group B fought side by side.",
        object_refs: [rel.id],
      };
      const bundle = {
        type: "bundle",
        id: "bundle--00000005-0000-4000-8000-000000000000",
        objects: [ta(1, "Group A"), ta(2, "Group B"), rel, note],
      };
      await writeFile(path, JSON.stringify(bundle));
      const summary = await importBundleFile(store, path, OPTIONS);
      expect(summary).toMatchObject({ created: { actors: 2, documents: 1, relations: 1 }, notes: 1 });
      const [r] = await store.listRelations();
      expect(r).toMatchObject({
        subject: { name: "Group A" },
        type: "allied_with",
        object: { name: "Group B" },
        time: { start: "2001-03-01", end: "2002-12-31" },
        confidence: 0.7,
        evidence: { text: "Group A and Group B fought side by side." },
      });
      const exported = await exportBundle(store);
      expect(exported.objects.find((o) => o.id === rel.id)).toMatchObject({ relationship_type: "allied-with" });
      // A later bundle may name actors the store already holds without repeating them.
      const later = { ...rel, id: "relationship--00000006-0000-4000-8000-000000000000", relationship_type: "rival-of" };
      await writeFile(path, JSON.stringify({ ...bundle, objects: [later] }));
      expect((await importBundleFile(store, path, OPTIONS)).created).toEqual({ actors: 0, documents: 1, relations: 1 });
      const [rivalry] = await store.listRelations({ type: "rival_of" });
      // With no sentence in the bundle, the evidence is the claim itself, in the stored names.
      expect(rivalry.evidence.text).toBe("Group A rival-of Group B.");
    });

    it("refuses a malformed bundle naming the file and the object, and writes nothing", async () => {
      const store = other;
      const before = await counts(store);
      const cases: [string, string, RegExp][] = [
        ["not-json.json", "{ not json", /not-json\.json: expected JSON/],
        ["not-bundle.json", '{"type": "report"}', /not-bundle\.json: expected a STIX bundle/],
        [
          "bad-object.json",
          JSON.stringify({
            type: "bundle",
            id: "bundle--00000005-0000-4000-8000-000000000000",
            objects: [
              { type: "threat-actor", id: "threat-actor--00000001-0000-4000-8000-000000000000", name: "A" },
              {
                type: "relationship",
                id: "relationship--00000003-0000-4000-8000-000000000000",
                relationship_type: "allied-with",
                source_ref: 42,
                target_ref: "x",
              },
            ],
          }),
          /bad-object\.json: objects\[1\] \(relationship--00000003-[^)]*\): source_ref: /,
        ],
      ];
      for (const [name, content, message] of cases) {
        await writeFile(join(dir, name), content);
        const err = await importBundleFile(store, join(dir, name), OPTIONS).catch((e: unknown) => e);
        expect(isLinkageError(err) && err.code).toBe("INPUT_MALFORMED");
        expect(String((err as Error).message)).toMatch(message);
      }
      const missing = await importBundleFile(store, join(dir, "absent.json"), OPTIONS).catch((e: unknown) => e);
      expect(isLinkageError(missing) && missing.code).toBe("INPUT_NOT_FOUND");
      expect(await counts(store)).toEqual(before);
    });

    it("writes all of an import or, when the database refuses a row, none of it", async () => {
      const store = other;
      const before = await counts(store);
      const err = await store
        .importGraph(
          () => ({
            plan: {
              actors: [
                {
                  stix_id: "identity--00000001-0000-4000-8000-000000000000",
                  name: "Kept?",
                  type: "organization",
                  aliases: [],
                  created: null,
                  modified: null,
                },
              ],
              documents: [],
              // An assertion into a document the plan does not create: a planner bug, caught in the transaction.
              assertions: [
                {
                  stix_id: "relationship--00000003-0000-4000-8000-000000000000",
                  document: "report--00000009-0000-4000-8000-000000000000",
                  subject: { id: 1 },
                  type: "met",
                  object: { id: 1 },
                  polarity: "affirmed",
                  modality: "asserted",
                  attributed_to: null,
                  time: null,
                  evidence: { start: 0, end: 1 },
                  confidence: 1,
                  status: "pending",
                  reviewed_by: null,
                  extractor: "x",
                  created: null,
                  modified: null,
                },
              ],
              audit: {},
            },
            summary: null,
          }),
          { input: "broken.json" },
        )
        .catch((e: unknown) => e);
      expect(isLinkageError(err) && err.code).toBe("STORE_FAILED");
      expect(String((err as Error).message)).toMatch(/^broken\.json: /);
      expect(await counts(store)).toEqual(before);
    });
  });
}
