/**
 * Snapshots as edges (held in memory, src/store/edge-snapshot.ts) and as relations (the SQL of
 * relation-sql.ts) are two implementations of one rule for what holds on a day; on a generated
 * graph dense with successions, reversals and alliances turned rivalries, they must agree on
 * every day, with every filter, before and after analyst decisions change the graph.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../src/store/index.js";
import type { Polarity, Relation, RelationType } from "../src/types.js";
import { ENGINES } from "./helpers/engines.js";
import { entity, extraction, makeDoc, relation, time } from "./helpers/extraction.js";

const PEOPLE = ["Omar Faris", "Walid Tamimi", "Karim Haddad"];
const GROUPS = ["Alpha Front", "Beta Brigade", "Gamma Army", "Delta Group"];
const COUNT = 240;
const TEXT = [`${[...PEOPLE, ...GROUPS].join(", ")}.`, ...Array.from({ length: COUNT }, (_, i) => `Claim ${i}.`)].join(
  " ",
);

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generated(): ReturnType<typeof extraction> {
  const random = seeded(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const people = PEOPLE.map((name, i) => entity(TEXT, `p${i}`, "person", name));
  const groups = GROUPS.map((name, i) => entity(TEXT, `g${i}`, "organization", name));
  const rels: Relation[] = [];
  for (let i = 0; i < COUNT; i++) {
    const kind = random();
    const year = String(1990 + Math.floor(random() * 20));
    const month = random() < 0.5 ? `-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}` : "";
    const polarity: Polarity = random() < 0.2 ? "negated" : "affirmed";
    let type: RelationType;
    let [s, o] = ["", ""];
    if (kind < 0.35) {
      [type, s, o] = ["leader_of", pick(people).id, pick(groups).id];
    } else if (kind < 0.5) {
      [type, s, o] = ["member_of", pick(people).id, pick(groups).id];
    } else if (kind < 0.85) {
      type = random() < 0.5 ? "allied_with" : "rival_of";
      [s, o] = [pick(groups).id, pick(groups).id];
      if (s === o) continue;
    } else {
      [type, s, o] = ["fought", pick(groups).id, pick(groups).id];
      if (s === o) continue;
    }
    // Some end explicitly, some have no date at all.
    const end = random() < 0.15 ? String(Number(year) + 1 + Math.floor(random() * 5)) : null;
    const when = random() < 0.05 ? null : time(`${year}${month}`, end);
    rels.push(relation(TEXT, s, type, o, `Claim ${i}.`, { polarity, time: when }));
  }
  return extraction([...people, ...groups], rels);
}

const DAYS = Array.from({ length: 26 }, (_, i) => `${1989 + i}-${i % 2 ? "06-30" : "12-31"}`);

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`edge snapshots on ${engine.name}`, () => {
    let db: string;
    let store: Store;

    beforeAll(async () => {
      db = await engine.create();
      store = await openStore({ db });
      await store.ingestDocument(makeDoc(TEXT), generated());
    });
    afterAll(async () => {
      await store?.close();
      if (db) await engine.drop(db);
    });

    const agree = async (query: { type?: RelationType; actor?: string } = {}) => {
      let compared = 0;
      for (const asOf of DAYS) {
        const edges = (await store.listEdges({ ...query, asOf })).map((e) => e.id).sort((a, b) => a - b);
        const relations = (await store.listRelations({ ...query, asOf })).map((r) => r.id).sort((a, b) => a - b);
        expect(edges, `as of ${asOf} ${JSON.stringify(query)}`).toEqual(relations);
        compared += relations.length;
      }
      return compared;
    };

    it("gives the relations listRelations gives, on every day", async () => {
      // The graph is dense enough that something holds most days and something was superseded.
      expect(await agree()).toBeGreaterThan(DAYS.length * 5);
      // …and open-ended relations that hold one day are gone a later day: superseded.
      const open = new Set(
        (await store.listRelations())
          .filter((r) => r.time.start && !r.time.end && r.type !== "fought")
          .map((r) => r.id),
      );
      const seen = new Set<number>();
      const gone = new Set<number>();
      for (const asOf of DAYS) {
        const now = new Set((await store.listEdges({ asOf })).map((e) => e.id));
        for (const id of seen) if (!now.has(id) && open.has(id)) gone.add(id);
        for (const id of now) seen.add(id);
      }
      expect(gone.size).toBeGreaterThan(10);
    });

    it("agrees with a type or an actor as filter", async () => {
      expect(await agree({ type: "leader_of" })).toBeGreaterThan(0);
      expect(await agree({ actor: "Beta Brigade" })).toBeGreaterThan(0);
    });

    it("sees an analyst's rejection at once", async () => {
      const asOf = "2005-06-30";
      const [first] = await store.listEdges({ asOf, type: "leader_of" });
      expect(first).toBeDefined();
      await store.decideAssertion(first?.id as number, { status: "rejected" }, { user: "analyst" });
      expect((await store.listEdges({ asOf })).map((e) => e.id)).not.toContain(first?.id);
      await agree();
    });
  });
}
