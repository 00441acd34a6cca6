/**
 * Analyst decisions on assertions, on both engines: they change what queries see (as-of
 * included), survive re-ingest and re-extraction (even after an end was merged into another
 * actor), refuse stale versions, and undo.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type RelationRecord, type Store } from "../src/store/index.js";
import { ENGINES } from "./helpers/engines.js";
import { entity, extraction, makeDoc, relation, time } from "./helpers/extraction.js";
import { rejectionCode } from "./helpers/rejection.js";

const TEXT = [
  "The Alpha Front allied with the Beta Brigade in 2003.",
  "The Alpha Front fought the Gamma Army in 2007.",
  "Delta Group praised the Alpha Front in 2009.",
  "The Beta Brigade Movement met Gamma Army in 2010.",
].join(" ");
const sentence = (n: number) => TEXT.split(/(?<=\.) /)[n];

/** The document as extractor `version` reads it; the second reading finds one more relation. */
function reading(version: 1 | 2) {
  const ents = [
    entity(TEXT, "a", "organization", "Alpha Front"),
    entity(TEXT, "b", "organization", "Beta Brigade"),
    entity(TEXT, "g", "organization", "Gamma Army"),
    entity(TEXT, "d", "organization", "Delta Group"),
    entity(TEXT, "bm", "organization", "Beta Brigade Movement"),
  ];
  const rels = [
    relation(TEXT, "a", "allied_with", "b", sentence(0), {
      time: time("2003"),
      rule: `r${version}`,
      confidence: 0.5 + version / 10,
    }),
    relation(TEXT, "a", "fought", "g", sentence(1), { time: time("2007"), rule: `r${version}` }),
    relation(TEXT, "d", "praised", "a", sentence(2), { time: time("2009"), rule: `r${version}` }),
  ];
  if (version === 2) rels.push(relation(TEXT, "bm", "met", "g", sentence(3), { time: time("2010") }));
  return extraction(ents, rels);
}

const triple = (r: RelationRecord) => `${r.subject.name} ${r.type} ${r.object.name} ${r.time.start ?? ""}`;

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`assertion decisions on ${engine.name}`, () => {
    let db: string;
    let store: Store;
    const doc = makeDoc(TEXT, { source: "alpha.txt", published: "2012" });
    const user = "analyst";
    const byType = async (type: string) => (await store.listRelations()).find((r) => r.type === type) as RelationRecord;
    beforeAll(async () => {
      db = await engine.create();
      store = await openStore({ db });
      await store.ingestDocument(doc, reading(1), { extractor: "x/1" });
    });
    afterAll(async () => {
      await store?.close();
      await engine.drop(db);
    });

    it("rejects, corrects and accepts; queries, as-of included, see the decided reading", async () => {
      const fought = await byType("fought");
      const alliance = await byType("allied_with");
      const praise = await byType("praised");
      await store.decideAssertion(fought.id, { status: "rejected" }, { user });
      const corrected = await store.decideAssertion(
        alliance.id,
        {
          status: "corrected",
          corrections: { type: "rival_of", time: { start: "2005", end: null, precision: "year" } },
          note: "misread",
        },
        { user, expectedVersion: (await store.getAssertionDetail(alliance.id))?.version },
      );
      expect(corrected.assertion.relation).toMatchObject({
        type: "rival_of",
        status: "corrected",
        time: { start: "2005" },
      });
      expect(corrected.assertion.decision).toMatchObject({ status: "corrected", note: "misread", decided_by: user });
      await store.decideAssertion(praise.id, { status: "accepted" }, { user });
      expect((await store.listRelations()).map(triple)).toEqual([
        "Alpha Front rival_of Beta Brigade 2005",
        "Delta Group praised Alpha Front 2009",
      ]);
      expect(await store.listRelations({ asOf: "2004-06-01" })).toEqual([]);
      expect((await store.listRelations({ asOf: "2006" })).map(triple)).toEqual([
        "Alpha Front rival_of Beta Brigade 2005",
      ]);
    });

    it("refuses a decision made against a stale version", async () => {
      const praise = await byType("praised");
      const seen = (await store.getAssertionDetail(praise.id))?.version as number;
      await store.decideAssertion(
        praise.id,
        { status: "accepted", note: "checked twice" },
        { user: "first", expectedVersion: seen },
      );
      expect(
        await rejectionCode(
          store.decideAssertion(praise.id, { status: "rejected" }, { user: "second", expectedVersion: seen }),
        ),
      ).toBe("CONFLICT");
      expect((await store.getAssertionDetail(praise.id))?.relation.status).toBe("accepted");
      expect(await rejectionCode(store.decideAssertion(praise.id, { status: "corrected" }, { user }))).toBe(
        "BAD_ARGUMENT",
      );
    });

    it("keeps decisions when the same text is ingested again and when it is re-extracted", async () => {
      const before = (await store.listRelations()).map(triple);
      expect((await store.ingestDocument(doc, reading(1))).created).toBe(false);
      expect((await store.listRelations()).map(triple)).toEqual(before);
      const again = await store.ingestDocument(doc, reading(2), { extractor: "x/2", reextract: true });
      expect(again).toMatchObject({ created: false, reextracted: true });
      const after = await store.listRelations();
      expect(after.map(triple)).toEqual([...before, "Beta Brigade Movement met Gamma Army 2010"]);
      expect(after.map((r) => r.status)).toEqual(["corrected", "accepted", "pending"]);
      const stored = await store.getDocument(again.documentId);
      expect(stored?.relations.find((r) => r.type === "fought")?.status).toBe("rejected");
    });

    it("keeps decisions through a merge of one end, and through re-extraction after it", async () => {
      const beta = await store.resolveActor("Beta Brigade");
      const movement = await store.resolveActor("Beta Brigade Movement");
      await store.mergeActors(beta, movement, { user });
      await store.ingestDocument(doc, reading(2), { extractor: "x/3", reextract: true });
      const rels = await store.listRelations();
      expect(rels.map(triple)).toEqual([
        "Alpha Front rival_of Beta Brigade 2005",
        "Delta Group praised Alpha Front 2009",
        "Beta Brigade met Gamma Army 2010",
      ]);
      expect(rels.map((r) => r.status)).toEqual(["corrected", "accepted", "pending"]);
    });

    it("keeps a status set through the review queue when the document is re-extracted", async () => {
      const met = await byType("met");
      await store.decideAssertion(met.id, { status: "rejected" }, { user });
      await store.ingestDocument(doc, reading(2), { extractor: "x/4", reextract: true });
      expect((await store.listRelations()).map((r) => r.type)).not.toContain("met");
    });

    it("undoes a decision: the reading and status before it come back", async () => {
      const rival = await byType("rival_of");
      const [decided] = await store.listChanges({ assertion: rival.id });
      // The assertion was re-extracted since (new id): its history is under the old id.
      const change =
        decided ??
        (await store.listChanges()).find((c) => c.action === "assertion.decide" && c.details.note === "misread");
      await store.undoChange(change?.id as number, { user });
      const rels = await store.listRelations();
      expect(rels.map(triple)).toContain("Alpha Front allied_with Beta Brigade 2003");
      expect(rels.find((r) => r.type === "allied_with")?.status).toBe("pending");
    });
  });
}
