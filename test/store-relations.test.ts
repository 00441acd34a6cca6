import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type RelationRecord, type Store } from "../src/store/index.js";
import { ENGINES } from "./helpers/engines.js";
import { entity, extraction, makeDoc, relation, time } from "./helpers/extraction.js";

const TEXT = [
  "Tahir Yuldashev led the Islamic Movement of Uzbekistan from 1998.",
  "The IMU was allied with the Taliban from 2001 to 2010.",
  "The Taliban criticized the IMU in 2012, according to Yuldashev.",
  "Uthman Ghazi became leader of the IMU in 2014.",
  "The IMU pledged allegiance to the Islamic State in 2015.",
  "In 2015 the Taliban fought the IMU.",
  "The IMU had ties to al-Qaeda.",
].join(" ");

function corpus() {
  const e = (id: string, type: "person" | "organization", name: string, aliases: string[] = []) =>
    entity(TEXT, id, type, name, aliases);
  const entities = [
    e("tahir", "person", "Tahir Yuldashev", ["Yuldashev"]),
    e("imu", "organization", "Islamic Movement of Uzbekistan", ["IMU"]),
    e("taliban", "organization", "Taliban"),
    e("ghazi", "person", "Uthman Ghazi"),
    e("is", "organization", "Islamic State"),
    e("aq", "organization", "al-Qaeda"),
  ];
  const s = (n: number) => TEXT.split(/(?<=\.) /)[n];
  const relations = [
    relation(TEXT, "tahir", "leader_of", "imu", s(0), { time: time("1998") }),
    relation(TEXT, "imu", "allied_with", "taliban", s(1), { time: time("2001", "2010") }),
    relation(TEXT, "taliban", "criticized", "imu", s(2), {
      time: time("2012"),
      attributed_to: "tahir",
      modality: "hedged",
    }),
    relation(TEXT, "ghazi", "leader_of", "imu", s(3), { time: time("2014") }),
    relation(TEXT, "imu", "pledged_allegiance_to", "is", s(4), { time: time("2015") }),
    relation(TEXT, "taliban", "fought", "imu", s(5), { time: time("2015") }),
    relation(TEXT, "imu", "allied_with", "aq", s(6)),
  ];
  return { doc: makeDoc(TEXT, { source: "imu.txt", published: "2015-08-11" }), ex: extraction(entities, relations) };
}

/** Alliances and membership that change: to check supersession of open-ended relations. */
function turns() {
  const text =
    "Alpha allied with Beta in 2003. In 2008 Alpha became a rival of Beta. Carl joined Alpha in 2000. By 2010 Carl was no longer a member of Alpha.";
  const s = (n: number) => text.split(/(?<=\.) /)[n];
  const ents = [
    entity(text, "a", "organization", "Alpha"),
    entity(text, "b", "organization", "Beta"),
    entity(text, "c", "person", "Carl"),
  ];
  const rels = [
    relation(text, "a", "allied_with", "b", s(0), { time: time("2003") }),
    relation(text, "b", "rival_of", "a", s(1), { time: time("2008") }),
    relation(text, "c", "member_of", "a", s(2), { time: time("2000") }),
    relation(text, "c", "member_of", "a", s(3), { time: time("2010"), polarity: "negated" }),
  ];
  return { doc: makeDoc(text, { source: "turns.txt" }), ex: extraction(ents, rels) };
}

/** "subject type object" for each relation, to compare lists at a glance. */
const triples = (rels: RelationRecord[]) => rels.map((r) => `${r.subject.name} ${r.type} ${r.object.name}`);

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`relation queries on ${engine.name}`, () => {
    let db: string;
    let store: Store;
    let imuDoc: number;
    beforeAll(async () => {
      db = await engine.create();
      store = await openStore({ db });
      const { doc, ex } = corpus();
      imuDoc = (await store.ingestDocument(doc, ex)).documentId;
      const other = turns();
      await store.ingestDocument(other.doc, other.ex);
    });
    afterAll(async () => {
      await store?.close();
      await engine.drop(db);
    });

    it("lists every relation in time order, undated last, in the documented JSON shape", async () => {
      const rels = (await store.listRelations()).filter((r) => r.evidence.document === imuDoc);
      expect(rels.map((r) => r.time.start)).toEqual(["1998", "2001", "2012", "2014", "2015", "2015", null]);
      const criticized = rels[2];
      expect(criticized).toEqual({
        id: expect.any(Number),
        subject: { id: expect.any(Number), name: "Taliban" },
        type: "criticized",
        object: { id: expect.any(Number), name: "Islamic Movement of Uzbekistan" },
        polarity: "affirmed",
        modality: "hedged",
        attributed_to: "Tahir Yuldashev",
        time: { start: "2012", end: null },
        evidence: {
          document: expect.any(Number),
          start: TEXT.indexOf("The Taliban criticized"),
          end: TEXT.indexOf("The Taliban criticized") + criticized.evidence.text.length,
          text: "The Taliban criticized the IMU in 2012, according to Yuldashev.",
        },
        confidence: 0.9,
        status: "pending",
      });
    });

    it("filters by type and by actor name or alias, either end", async () => {
      expect(triples(await store.listRelations({ type: "leader_of" }))).toEqual([
        "Tahir Yuldashev leader_of Islamic Movement of Uzbekistan",
        "Uthman Ghazi leader_of Islamic Movement of Uzbekistan",
      ]);
      expect(triples(await store.listRelations({ actor: "the taliban" }))).toEqual([
        "Islamic Movement of Uzbekistan allied_with Taliban",
        "Taliban criticized Islamic Movement of Uzbekistan",
        "Taliban fought Islamic Movement of Uzbekistan",
      ]);
      expect(await store.listRelations({ actor: "IMU", type: "fought" })).toHaveLength(1);
    });

    it("names an unknown actor in its error", async () => {
      await expect(store.listRelations({ actor: "Boko Haram" })).rejects.toThrow('no actor is named "Boko Haram"');
      await expect(store.timeline("IMU", "Hamas")).rejects.toThrow('"Hamas"');
    });

    it("as of a day: lasting relations from start to end, events in their year, undated never", async () => {
      expect(triples(await store.listRelations({ actor: "IMU", asOf: "2005-06-01" }))).toEqual([
        "Tahir Yuldashev leader_of Islamic Movement of Uzbekistan",
        "Islamic Movement of Uzbekistan allied_with Taliban",
      ]);
      // The alliance ended in 2010: it holds through 2010-12-31 and not a day later.
      expect(triples(await store.listRelations({ asOf: "2010-12-31", type: "allied_with" }))).toHaveLength(1);
      expect(triples(await store.listRelations({ asOf: "2011-01-01", type: "allied_with" }))).toHaveLength(0);
      expect(triples(await store.listRelations({ actor: "IMU", asOf: "2012-02-01" }))).toContain(
        "Taliban criticized Islamic Movement of Uzbekistan",
      );
    });

    it("as of a day: an open-ended leadership is superseded by a later leader", async () => {
      expect(triples(await store.listRelations({ asOf: "2013-12-31", type: "leader_of" }))).toEqual([
        "Tahir Yuldashev leader_of Islamic Movement of Uzbekistan",
      ]);
      expect(triples(await store.listRelations({ actor: "IMU", asOf: "2015-01-15" }))).toEqual([
        "Uthman Ghazi leader_of Islamic Movement of Uzbekistan",
        "Islamic Movement of Uzbekistan pledged_allegiance_to Islamic State",
        "Taliban fought Islamic Movement of Uzbekistan",
      ]);
      // A partial date stands for its last day.
      expect(await store.listRelations({ asOf: "2015" })).toEqual(await store.listRelations({ asOf: "2015-12-31" }));
    });

    it("as of a day: an alliance turned rivalry, and a membership later denied, end the earlier relation", async () => {
      expect(triples(await store.listRelations({ actor: "Alpha", asOf: "2005-01-01" }))).toEqual([
        "Carl member_of Alpha",
        "Alpha allied_with Beta",
      ]);
      const in2011 = await store.listRelations({ actor: "Alpha", asOf: "2011-01-01" });
      expect(in2011.map((r) => [r.type, r.polarity])).toEqual([
        ["rival_of", "affirmed"],
        ["member_of", "negated"],
      ]);
    });

    it("rejects an unreadable as-of date", async () => {
      await expect(store.listRelations({ asOf: "2015-02-30" })).rejects.toThrow(/--as-of.*2015-02-30/);
      await expect(store.listRelations({ asOf: "last year" })).rejects.toThrow(/expected a date/);
    });

    it("gives a pair's timeline in time order, both directions, with evidence", async () => {
      const rels = await store.timeline("Taliban", "Islamic Movement of Uzbekistan");
      expect(rels.map((r) => [r.time.start, r.type, r.evidence.text])).toEqual([
        ["2001", "allied_with", "The IMU was allied with the Taliban from 2001 to 2010."],
        ["2012", "criticized", "The Taliban criticized the IMU in 2012, according to Yuldashev."],
        ["2015", "fought", "In 2015 the Taliban fought the IMU."],
      ]);
      expect(triples(await store.timeline("IMU", "Taliban"))).toEqual(triples(rels));
    });
  });
}
