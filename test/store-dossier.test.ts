/**
 * Aggregation across documents and actor dossiers, on both engines: corroboration, conflicts
 * between sources, attributions, leaders over time, relations by period and as of a day.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../src/store/index.js";
import { ENGINES } from "./helpers/engines.js";
import { entity, extraction, makeDoc, relation, time } from "./helpers/extraction.js";

const A =
  "Tahir Yuldashev led the Islamic Movement of Uzbekistan from 1998. The IMU was allied with the Taliban from 2001 to 2010.";
const B =
  "The Islamic Movement of Uzbekistan was allied with the Taliban in 2001. Usman Ghazi became leader of the IMU in 2014.";
const C =
  "According to al-Bahraini, the IMU was never allied with the Taliban. The IMU split from the Taliban in 2015.";

function doc(text: string, source: string, published: string, rels: (ents: string) => ReturnType<typeof relation>[]) {
  const ents = [
    entity(text, "imu", "organization", "Islamic Movement of Uzbekistan", ["IMU"]),
    entity(text, "tal", "organization", "Taliban"),
    entity(text, "tahir", "person", "Tahir Yuldashev"),
    entity(text, "ghazi", "person", "Usman Ghazi"),
    entity(text, "bahraini", "person", "al-Bahraini"),
  ].filter((e) => e.mentions.length > 0);
  return { doc: makeDoc(text, { source, published, title: source }), ex: extraction(ents, rels(text)) };
}

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`aggregation and dossiers on ${engine.name}`, () => {
    let db: string;
    let store: Store;
    let imu: number;
    beforeAll(async () => {
      db = await engine.create();
      store = await openStore({ db });
      const s = (text: string, n: number) => text.split(/(?<=\.) /)[n];
      const docs = [
        doc(A, "a.txt", "2012", (t) => [
          relation(t, "tahir", "leader_of", "imu", s(t, 0), { time: time("1998") }),
          relation(t, "imu", "allied_with", "tal", s(t, 1), { time: time("2001", "2010") }),
        ]),
        doc(B, "b.txt", "2015", (t) => [
          relation(t, "tal", "allied_with", "imu", s(t, 0), { time: time("2001") }),
          relation(t, "ghazi", "leader_of", "imu", s(t, 1), { time: time("2014") }),
        ]),
        doc(C, "c.txt", "2016", (t) => [
          relation(t, "imu", "allied_with", "tal", s(t, 0), { polarity: "negated", attributed_to: "bahraini" }),
          relation(t, "imu", "split_from", "tal", s(t, 1), { time: time("2015") }),
        ]),
      ];
      for (const d of docs) await store.ingestDocument(d.doc, d.ex);
      imu = await store.resolveActor("IMU");
    });
    afterAll(async () => {
      await store?.close();
      await engine.drop(db);
    });

    it("aggregates one fact from every document, either direction, with corroboration and conflict", async () => {
      const [alliance] = await store.aggregateRelations({ actor: imu, type: "allied_with" });
      expect(alliance).toMatchObject({
        type: "allied_with",
        corroboration: 2,
        first: "2001",
        last: "2010",
        attributed_to: ["al-Bahraini"],
      });
      expect(alliance.documents).toHaveLength(3);
      expect(alliance.support.map((s) => s.document.source)).toEqual(["a.txt", "b.txt", "c.txt"]);
      expect(alliance.conflict?.affirming.map((s) => s.document.source)).toEqual(["a.txt", "b.txt"]);
      expect(alliance.conflict?.disputing.map((s) => [s.document.source, s.polarity])).toEqual([["c.txt", "negated"]]);
    });

    it("gives a dossier: names with provenance, leaders over time, sections, periods, first and last mention", async () => {
      const d = await store.actorDossier(imu);
      expect(d?.actor.name).toBe("Islamic Movement of Uzbekistan");
      expect(d?.names.find((n) => n.alias === "IMU")?.mention?.document.source).toBe("a.txt");
      expect(d?.sections.leaders.map((l) => [l.leader.name, l.from, l.to])).toEqual([
        ["Tahir Yuldashev", "1998", "2014"],
        ["Usman Ghazi", "2014", null],
      ]);
      expect(d?.sections.allies).toHaveLength(1);
      expect(d?.sections.splinters.map((r) => r.object.name)).toEqual(["Taliban"]);
      expect(d?.periods.map((p) => p.period)).toEqual(["2000s", "2010s"]);
      expect(d?.first_mention).toMatchObject({ document: { source: "a.txt" }, text: "Islamic Movement of Uzbekistan" });
      expect(d?.first_mention?.sentence).toBe(A.split(/(?<=\.) /)[0]);
      expect(d?.last_mention?.document.source).toBe("c.txt");
      expect(d?.documents.map((x) => [x.source, x.mentions])).toEqual([
        ["a.txt", 2],
        ["b.txt", 2],
        ["c.txt", 2],
      ]);
    });

    it("reads a dossier as of a day: only relations holding then", async () => {
      const in2005 = await store.actorDossier(imu, { asOf: "2005" });
      expect(in2005?.as_of).toBe("2005-12-31");
      expect(in2005?.sections.leaders.map((l) => l.leader.name)).toEqual(["Tahir Yuldashev"]);
      expect(in2005?.sections.allies).toHaveLength(1);
      const in2015 = await store.actorDossier(imu, { asOf: "2015-06-01" });
      expect(in2015?.sections.leaders.map((l) => l.leader.name)).toEqual(["Usman Ghazi"]);
      // a.txt dates the alliance 2001–2010; b.txt gives it no end, so by b.txt it still holds.
      expect(in2015?.sections.allies.flatMap((r) => r.support.map((x) => x.document.source))).toEqual(["b.txt"]);
      expect(in2015?.sections.splinters).toHaveLength(1);
    });
  });
}
