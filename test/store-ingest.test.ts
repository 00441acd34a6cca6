import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../src/store/index.js";
import { RELATION_TYPES } from "../src/types.js";
import { ENGINES } from "./helpers/engines.js";
import { entity, extraction, makeDoc, relation, spanOf, time } from "./helpers/extraction.js";
import { rejection } from "./helpers/rejection.js";

/** A small document about two organizations; `tag` makes its text (and so its SHA-256) unique. */
function sample(tag: string) {
  const text = `${tag}: The Islamic Movement of Uzbekistan (IMU) allied with the Taliban in 2001. Later the IMU fought the Taliban.`;
  const imu = entity(text, "imu", "organization", "Islamic Movement of Uzbekistan", ["IMU"]);
  const taliban = entity(text, "taliban", "organization", "Taliban");
  const rels = [
    relation(
      text,
      "imu",
      "allied_with",
      "taliban",
      "The Islamic Movement of Uzbekistan (IMU) allied with the Taliban in 2001.",
      {
        time: time("2001"),
      },
    ),
    relation(text, "imu", "fought", "taliban", "Later the IMU fought the Taliban."),
  ];
  return { doc: makeDoc(text, { source: `${tag}.txt` }), ex: extraction([imu, taliban], rels) };
}

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`ingestDocument on ${engine.name}`, () => {
    let db: string;
    let store: Store;
    beforeAll(async () => {
      db = await engine.create();
      store = await openStore({ db });
    });
    afterAll(async () => {
      await store?.close();
      await engine.drop(db);
    });

    it("stores the document, its actors, mentions and relations with evidence cut from the text", async () => {
      const { doc, ex } = sample("first");
      const result = await store.ingestDocument(doc, ex, { extractor: "test/1", user: "tester" });
      expect(result).toMatchObject({ created: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const stored = await store.getDocument(result.documentId);
      expect(stored?.text).toBe(doc.text);
      expect(stored?.word_count).toBe(doc.text.split(/\s+/).length);
      expect(stored?.mentions.map((m) => m.text)).toEqual([
        "Islamic Movement of Uzbekistan",
        "IMU",
        "Taliban",
        "IMU",
        "Taliban",
      ]);
      expect(stored?.relations.map((r) => [r.subject.name, r.type, r.object.name, r.evidence.text])).toEqual([
        ["Islamic Movement of Uzbekistan", "allied_with", "Taliban", ex.relations[0].evidence.text],
        ["Islamic Movement of Uzbekistan", "fought", "Taliban", "Later the IMU fought the Taliban."],
      ]);
      expect(stored?.relations[0]).toMatchObject({
        status: "pending",
        time: { start: "2001", end: null },
        confidence: 0.9,
      });
    });

    it("treats the same text again as a no-op and links a new document's entities to known actors", async () => {
      const { doc, ex } = sample("second");
      const first = await store.ingestDocument(doc, ex);
      const actorsBefore = await store.listActors();
      const again = await store.ingestDocument({ ...doc, source: "copy.txt" }, ex);
      expect(again).toEqual({ ...first, created: false });
      expect((await store.listDocuments()).filter((d) => d.sha256 === first.sha256)).toHaveLength(1);
      expect(await store.listActors()).toEqual(actorsBefore);
      // "first" and "second" name the same two organizations: two actors, not four.
      expect(actorsBefore.map((a) => [a.name, a.aliases])).toEqual([
        ["Islamic Movement of Uzbekistan", ["IMU"]],
        ["Taliban", []],
      ]);
    });

    it("keeps an organization and a person of the same name apart", async () => {
      const text = "Taliban, a poet, praised the Taliban.";
      const person = { ...entity(text, "p", "person", "Taliban"), mentions: [spanOf(text, "Taliban")] };
      const org = { ...entity(text, "o", "organization", "Taliban"), mentions: [spanOf(text, "Taliban", 5)] };
      await store.ingestDocument(makeDoc(text), extraction([person, org], [relation(text, "p", "praised", "o", text)]));
      expect((await store.findActors("the taliban")).map((a) => a.type).sort()).toEqual(["organization", "person"]);
    });

    it("leaves nothing behind when an assertion insert fails mid-document", async () => {
      const { doc, ex } = sample("atomic");
      ex.entities[1] = { ...ex.entities[1], name: "Haqqani Network" }; // would be a new actor
      ex.relations[1] = { ...ex.relations[1], confidence: 7 }; // refused by the CHECK constraint
      const err = await rejection(store.ingestDocument(doc, ex));
      expect(err.code).toBe("STORE_FAILED");
      expect(err.message).toContain("atomic.txt");
      expect((await store.listDocuments()).map((d) => d.source)).not.toContain("atomic.txt");
      expect(await store.findActors("Haqqani Network")).toEqual([]);
    });

    it("leaves nothing behind after a crash at any stage, and the document can be ingested afterwards", async () => {
      const { doc, ex } = sample("crash");
      for (const stage of ["document", "actors", "mentions", "assertions", "audit"] as const) {
        const onStage = (s: string) => {
          if (s === stage) throw new Error(`simulated crash after ${s}`);
        };
        const err = await rejection(store.ingestDocument(doc, ex, { onStage }));
        expect(err.message).toContain(`simulated crash after ${stage}`);
        expect((await store.listDocuments()).map((d) => d.source)).not.toContain("crash.txt");
      }
      expect((await store.ingestDocument(doc, ex)).created).toBe(true);
    });

    it("rejects spans outside the text and unknown entities before writing, naming the document", async () => {
      const { doc, ex } = sample("bad");
      const outside = { ...ex, relations: [{ ...ex.relations[0], evidence: { start: 5, end: 99_999, text: "" } }] };
      expect((await rejection(store.ingestDocument(doc, outside))).message).toMatch(/^bad\.txt: .*outside the text/);
      const unknown = { ...ex, relations: [{ ...ex.relations[0], object: "nobody" }] };
      expect((await rejection(store.ingestDocument(doc, unknown))).code).toBe("INPUT_MALFORMED");
      expect((await store.listDocuments()).map((d) => d.source)).not.toContain("bad.txt");
    });

    it("accepts every relation type the pipeline knows", async () => {
      const text = "Alpha and Beta: every kind of tie.";
      const ents = [entity(text, "a", "organization", "Alpha"), entity(text, "b", "organization", "Beta")];
      const rels = RELATION_TYPES.map((type) => relation(text, "a", type, "b", text));
      const { documentId } = await store.ingestDocument(makeDoc(text), extraction(ents, rels));
      expect((await store.getDocument(documentId))?.relations).toHaveLength(RELATION_TYPES.length);
    });

    it("stores a document too large for one full-text vector (the search index covers its start)", async () => {
      // ~2.4 MB of distinct words: to_tsvector over the whole text would exceed PostgreSQL's 1 MB limit.
      const words = Array.from({ length: 300_000 }, (_, i) => `w${i.toString(36)}`);
      const text = `${words.join(" ")}.`;
      const { created } = await store.ingestDocument(makeDoc(text, { source: "huge.txt" }), extraction([], []));
      expect(created).toBe(true);
    });

    it("cuts evidence correctly after characters outside the Basic Multilingual Plane", async () => {
      const text = "🙂🙂 Notice. The Alpha Front met Beta Brigade in 2015. End.";
      const ents = [
        entity(text, "a", "organization", "Alpha Front"),
        entity(text, "b", "organization", "Beta Brigade"),
      ];
      const rel = relation(text, "a", "met", "b", "The Alpha Front met Beta Brigade in 2015.");
      const { documentId } = await store.ingestDocument(makeDoc(text), extraction(ents, [rel]));
      const stored = await store.getDocument(documentId);
      expect(stored?.relations[0].evidence.text).toBe("The Alpha Front met Beta Brigade in 2015.");
      expect(stored?.mentions[0].text).toBe("Alpha Front");
    });
  });
}
