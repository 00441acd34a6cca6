/**
 * STIX 2.1 export of the hand-made fixture graph: valid against the OASIS schemas, deterministic,
 * with actors typed by the documented rule, times STIX allows, evidence and qualifiers in notes,
 * and reports listing what their documents support.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLinkageError } from "../src/errors.js";
import { type ExportRequest, exportFiles } from "../src/export/index.js";
import { openStore, type Store } from "../src/store/index.js";
import { ENGINES } from "./helpers/engines.js";
import { AWKWARD_NAME, seedFixture } from "./helpers/graph-fixture.js";
import { stixProblems } from "./helpers/stix-validator.js";

type StixObject = Record<string, unknown> & { id: string; type: string };

const ACTOR_TYPES = new Set(["threat-actor", "intrusion-set", "identity", "location"]);

async function bundleOf(store: Store, request: Omit<ExportRequest, "format"> = {}) {
  const [file] = await exportFiles(store, { format: "stix", ...request });
  return JSON.parse(file.content) as { id: string; objects: StixObject[] };
}

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`STIX export on ${engine.name}`, () => {
    let db: string;
    let store: Store;
    let objects: StixObject[];
    const named = (name: string) => objects.find((o) => o.name === name) as StixObject;
    const relationships = (type: string) => objects.filter((o) => o.relationship_type === type);
    const ext = (o: StixObject) => Object.values(o.extensions as object)[0] as Record<string, unknown>;

    beforeAll(async () => {
      db = await engine.create();
      store = await openStore({ db });
      await seedFixture(store);
      objects = (await bundleOf(store)).objects;
    });
    afterAll(async () => {
      await store?.close();
      await engine.drop(db);
    });

    it("is valid against the OASIS STIX 2.1 schemas and the rules they leave out", async () => {
      expect(stixProblems(await bundleOf(store))).toEqual([]);
    });

    it("gives the same ids, and the same bytes, when exported twice", async () => {
      const [first] = await exportFiles(store, { format: "stix" });
      const [second] = await exportFiles(store, { format: "stix" });
      expect(second.content).toBe(first.content);
      expect(objects.every((o) => /^[a-z-]+--[0-9a-f-]{8}-[0-9a-f-]{4}-5/.test(o.id))).toBe(true);
    });

    it("makes armed groups and militants threat-actors, states and others identities, places locations", () => {
      expect(named("Islamic Movement of Uzbekistan")).toMatchObject({ type: "threat-actor", aliases: ["IMU"] });
      // Known to no gazetteer: a threat actor because it fought.
      expect(named(AWKWARD_NAME).type).toBe("threat-actor");
      expect(named("Pakistan")).toMatchObject({ type: "identity", identity_class: "organization" });
      expect(named("Tahir Yuldashev")).toMatchObject({ type: "threat-actor", roles: ["director"] });
      expect(named("Waziristan")).toMatchObject({ type: "location", country: "PK" });
      expect(ext(named("Tahir Yuldashev")).actor_type).toBe("person");
    });

    it("writes relations as lower-case hyphenated relationships, with times STIX allows", () => {
      const [pledge] = relationships("pledged-allegiance-to");
      expect(pledge).toMatchObject({
        start_time: "2015-08-01T00:00:00.000Z",
        stop_time: "2015-09-01T00:00:00.000Z",
        confidence: 88,
        source_ref: named("Islamic Movement of Uzbekistan").id,
        target_ref: named("Islamic State").id,
      });
      // A lasting relation with no stated end has no stop_time; an event "in the 1990s" spans the decade.
      const tahirLeads = relationships("leader-of").find((r) => r.source_ref === named("Tahir Yuldashev").id);
      expect(tahirLeads).toMatchObject({ start_time: "1998-01-01T00:00:00.000Z" });
      expect(tahirLeads).not.toHaveProperty("stop_time");
      const brigade = relationships("fought").find((r) => r.source_ref === named(AWKWARD_NAME).id);
      expect(brigade).toMatchObject({ start_time: "1990-01-01T00:00:00.000Z", stop_time: "2000-01-01T00:00:00.000Z" });
      const [supported] = relationships("supported");
      expect(supported).not.toHaveProperty("start_time");
      expect(ext(supported)).toMatchObject({ modality: "hedged", polarity: "affirmed" });
    });

    it("puts the evidence sentence, negation, hedging and attribution in a note on the relationship", () => {
      const denied = relationships("fought").find((r) => r.source_ref === named("Taliban").id && r.labels);
      expect(denied?.labels).toEqual(["negated", "attributed"]);
      expect(ext(denied as StixObject)).toMatchObject({
        polarity: "negated",
        attributed_to_ref: named("Abu Bakr al-Baghdadi").id,
        time_start: "2015",
      });
      const note = objects.find((o) => o.type === "note" && (o.object_refs as string[]).includes(denied?.id ?? ""));
      expect(note).toMatchObject({
        content: "According to Abu Bakr al-Baghdadi, the Taliban did not fight the Islamic State in 2015.",
        labels: ["evidence", "negated", "attributed"],
      });
      expect(note?.abstract).toMatch(/negated: .*attributed: according to Abu Bakr al-Baghdadi/);
      const hedgedNote = objects.find(
        (o) => o.type === "note" && o.content === "Pakistan reportedly supported the Taliban.",
      );
      expect(hedgedNote?.abstract).toMatch(/hedged/);
    });

    it("lists in each report the relationships read in its document, their notes and actors", () => {
      const reports = objects.filter((o) => o.type === "report");
      expect(reports.map((r) => r.name).sort()).toEqual([
        'Uzbek militants, "the IMU", and the Islamic State',
        "https://example.org/news?id=7&x=1",
      ]);
      const a = reports.find((r) => r.published === "2015-08-11T00:00:00.000Z") as StixObject;
      const refs = new Set(a.object_refs as string[]);
      const pledge = relationships("pledged-allegiance-to")[0];
      expect(refs.has(pledge.id) && refs.has(named("Islamic State").id)).toBe(true);
      expect([...refs].some((id) => id.startsWith("note--"))).toBe(true);
      expect(refs.has(relationships("met")[0].id)).toBe(false);
      const b = reports.find((r) => r !== a) as StixObject;
      expect((b.external_references as object[])[0]).toMatchObject({ url: "https://example.org/news?id=7&x=1" });
    });

    it("exports the graph as it stood on a day, with --as-of semantics", async () => {
      const asOf = await bundleOf(store, { asOf: "2010-06-30" });
      expect(stixProblems(asOf)).toEqual([]);
      const types = asOf.objects.filter((o) => o.type === "relationship").map((o) => o.relationship_type);
      // Usmon Odil leads from 2009 (Tahir is superseded); the 2001 alliance still holds.
      expect(types.sort()).toEqual(["allied-with", "leader-of"]);
      const names = asOf.objects.filter((o) => ACTOR_TYPES.has(o.type)).map((o) => o.name);
      expect(names).not.toContain("Tahir Yuldashev");
      expect(names).toContain("Usmon Odil");
    });

    it("exports the network around an actor to a given depth", async () => {
      const near = await bundleOf(store, { actor: "Islamic State", depth: 1 });
      expect(stixProblems(near)).toEqual([]);
      const names = near.objects.filter((o) => ACTOR_TYPES.has(o.type) && o.name !== "linkage").map((o) => o.name);
      // Its neighbours, and the source of a claim about it.
      expect(names.sort()).toEqual([
        "Abu Bakr al-Baghdadi",
        "Islamic Movement of Uzbekistan",
        "Islamic State",
        "Taliban",
      ]);
      const zero = await bundleOf(store, { actor: "Islamic State", depth: 0 });
      expect(zero.objects.filter((o) => o.type === "relationship")).toEqual([]);
      const err = await exportFiles(store, { format: "stix", actor: "Nobody Known" }).catch((e: unknown) => e);
      expect(isLinkageError(err) && err.code).toBe("NOT_FOUND");
    });
  });
}
