/**
 * The reads made fast by migration 006: evidence cut by byte offset reads the same sentences as
 * by character offset, whatever the script; stores from before it are filled in; and a bulk
 * load reads back like an ingest.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkLoad } from "../src/store/bulk-load.js";
import type { Db } from "../src/store/db.js";
import { openPgliteDb } from "../src/store/engines/pglite-db.js";
import { openPostgresDb } from "../src/store/engines/postgres-db.js";
import { isPostgresUrl, type Store } from "../src/store/index.js";
import { migrate } from "../src/store/migrate.js";
import { MIGRATIONS } from "../src/store/migrations/index.js";
import { createStore } from "../src/store/store.js";
import { ENGINES } from "./helpers/engines.js";
import { entity, extraction, makeDoc, relation, time } from "./helpers/extraction.js";

const openDb = (db: string): Promise<Db> => (isPostgresUrl(db) ? openPostgresDb(db) : openPgliteDb(db));

// Every width of UTF-8 character before and inside the evidence: 2-byte Latin, 2-byte Arabic,
// 3-byte CJK, 4-byte astral symbols.
const TEXT = [
  "Al-Qāʿida (القاعدة) was described at length in the report 🏴 first.",
  "In 2001 the Ḥaqqānī network allied with al-Qāʿida 🤝 near 喀布尔.",
  "The 𝔉ront fought the Ḥaqqānī network in 2005.",
].join(" ");

function document() {
  const sentence = (n: number) => TEXT.split(/(?<=\.) /)[n];
  const entities = [
    entity(TEXT, "aq", "organization", "al-Qāʿida"),
    entity(TEXT, "hq", "organization", "Ḥaqqānī network"),
    entity(TEXT, "front", "organization", "𝔉ront"),
  ];
  const relations = [
    relation(TEXT, "hq", "allied_with", "aq", sentence(1), { time: time("2001") }),
    relation(TEXT, "front", "fought", "hq", sentence(2), { time: time("2005") }),
  ];
  return { doc: makeDoc(TEXT, { source: "unicode.txt" }), ex: extraction(entities, relations), sentence };
}

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`evidence by byte offset on ${engine.name}`, () => {
    let db: string;
    let raw: Db;
    let store: Store;
    beforeAll(async () => {
      db = await engine.create();
      raw = await openDb(db);
      await migrate(raw);
      store = createStore(raw);
      const { doc, ex } = document();
      await store.ingestDocument(doc, ex);
    });
    afterAll(async () => {
      await store.close();
      await engine.drop(db);
    });

    it("reads each evidence sentence exactly, whatever characters precede and fill it", async () => {
      const { sentence } = document();
      const relations = await store.listRelations();
      expect(relations.map((r) => r.evidence.text)).toEqual([sentence(1), sentence(2)]);
      for (const r of relations) expect(TEXT.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    });

    it("reads the same sentences by character offset, for rows written without byte offsets", async () => {
      await raw.query("UPDATE assertions SET evidence_byte_start = NULL, evidence_byte_end = NULL");
      const { sentence } = document();
      expect((await store.listRelations()).map((r) => r.evidence.text)).toEqual([sentence(1), sentence(2)]);
    });
  });

  describe.skipIf(!engine.available)(`a store from before migration 006 on ${engine.name}`, () => {
    it("gets byte offsets for the evidence it already holds", async () => {
      const db = await engine.create();
      try {
        const raw = await openDb(db);
        await migrate(
          raw,
          MIGRATIONS.filter((m) => m.version < 6),
        );
        const { doc, ex, sentence } = document();
        // Stored as linkage stored it then: the insert names no byte columns.
        await raw.query(
          `INSERT INTO documents (sha256, source, media_type, text, word_count) VALUES (repeat('a', 64), 'old.txt', 'text/plain', $1, 1)`,
          [doc.text],
        );
        await raw.query(
          "INSERT INTO actors (name, type) VALUES ('Ḥaqqānī network', 'organization'), ('al-Qāʿida', 'organization')",
        );
        const r = ex.relations[0];
        const chars = [...TEXT.slice(0, r.evidence.start)].length;
        const length = [...r.evidence.text].length;
        await raw.query(
          `INSERT INTO assertions (document_id, subject_id, type, object_id, polarity, modality, evidence_start,
             evidence_end, evidence_char_start, evidence_char_end, confidence, extractor, natural_key)
           SELECT d.id, 1, 'allied_with', 2, 'affirmed', 'asserted', $1, $2, $3, $4, 0.7, 'old', 'k' FROM documents d`,
          [r.evidence.start, r.evidence.end, chars, chars + length],
        );
        expect(await migrate(raw)).toEqual(MIGRATIONS.filter((m) => m.version >= 6).map((m) => m.version));
        const [row] = await raw.query<{ evidence_byte_start: number; evidence_byte_end: number }>(
          "SELECT evidence_byte_start, evidence_byte_end FROM assertions",
        );
        expect(row).toEqual({
          evidence_byte_start: Buffer.byteLength(TEXT.slice(0, r.evidence.start)),
          evidence_byte_end: Buffer.byteLength(TEXT.slice(0, r.evidence.end)),
        });
        const relations = await createStore(raw).listRelations();
        expect(relations.map((x) => x.evidence.text)).toEqual([sentence(1)]);
        await raw.close();
      } finally {
        await engine.drop(db);
      }
    });
  });

  describe.skipIf(!engine.available)(`bulk loading on ${engine.name}`, () => {
    it("stores a graph that reads back as ingested relations do", async () => {
      const db = await engine.create();
      const raw = await openDb(db);
      try {
        await migrate(raw);
        const { sentence } = document();
        const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
        const ids = await bulkLoad(raw, {
          actors: [
            { name: "Ḥaqqānī network", type: "organization", aliases: ["Haqqani network"] },
            { name: "al-Qāʿida", type: "organization", aliases: [] },
          ],
          documents: [{ text: TEXT, title: "Unicode", published: "2006", source: "bulk.txt" }],
          mentions: [{ document: 0, actor: 0, ...at("Ḥaqqānī network") }],
          assertions: [
            {
              document: 0,
              subject: 0,
              type: "allied_with",
              object: 1,
              polarity: "affirmed",
              modality: "asserted",
              attributedTo: null,
              time: time("2001"),
              evidence: at(sentence(1)),
              confidence: 0.7,
              rule: "fixture",
            },
          ],
        });
        const store = createStore(raw);
        const [r] = await store.listRelations({ actor: "Haqqani network", asOf: "2001-06-01" });
        expect(r).toMatchObject({
          subject: { id: ids.actors[0], name: "Ḥaqqānī network" },
          object: { id: ids.actors[1], name: "al-Qāʿida" },
          evidence: { document: ids.documents[0], text: sentence(1) },
          time: { start: "2001", end: null },
        });
        expect((await store.actorProfile(ids.actors[0]))?.documents).toMatchObject([
          { id: ids.documents[0], mentions: 1 },
        ]);
      } finally {
        await raw.close();
        await engine.drop(db);
      }
    });
  });
}
