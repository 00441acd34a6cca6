import { describe, expect, it } from "vitest";
import { useFixtureApp } from "../../../test/helpers/app-fixture.js";
import { ENGINES } from "../../../test/helpers/engines.js";

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`relations API on ${engine.name}`, () => {
    const f = useFixtureApp(engine);
    const get = async (url: string) => {
      const res = await f.app.inject({ url });
      return { status: res.statusCode, body: res.json() };
    };
    const pledge = (r: { type: string; object: { name: string } }) =>
      r.type === "pledged_allegiance_to" && r.object.name === "Islamic State";

    it("lists relations with their evidence, and as of a year only those holding then", async () => {
      const all = await get("/api/relations");
      expect(all.status).toBe(200);
      const found = all.body.relations.find(pledge);
      expect(found.evidence.text).toBe("In August 2015 the IMU pledged allegiance to the Islamic State.");
      expect((await get("/api/relations?as_of=2015")).body.relations.some(pledge)).toBe(true);
      expect((await get("/api/relations?as_of=2000")).body.relations.some(pledge)).toBe(false);
    });

    it("filters by actor and type, and names the parameter it cannot read", async () => {
      const byType = await get("/api/relations?type=fought&actor=IMU");
      expect(byType.body.relations.map((r: { polarity: string }) => r.polarity)).toEqual(["negated"]);
      expect(await get("/api/relations?type=hugged")).toMatchObject({
        status: 400,
        body: { error: { code: "BAD_ARGUMENT", message: expect.stringMatching(/^type: expected one of/) } },
      });
      expect((await get("/api/relations?as_of=May")).body.error.message).toMatch(/^as_of: expected a date/);
      expect(await get("/api/relations?actor=Nobody%20At%20All")).toMatchObject({
        status: 404,
        body: { error: { code: "NOT_FOUND" } },
      });
    });

    it("gives a pair's timeline in time order", async () => {
      const { body } = await get("/api/timeline?a=Taliban&b=Islamic%20Movement%20of%20Uzbekistan");
      expect(body.relations.map((r: { type: string }) => r.type)).toEqual(["allied_with", "supported", "fought"]);
      expect((await get("/api/timeline?a=Taliban")).body.error).toEqual({
        code: "BAD_ARGUMENT",
        message: "b: expected an actor name",
      });
    });

    it("gives the graph as nodes and compact edges, marking negated and hedged ones", async () => {
      const { body } = await get("/api/graph");
      expect(body.nodes).toHaveLength(4);
      const fought = body.edges.find((e: { type: string }) => e.type === "fought");
      expect(fought).toMatchObject({ family: "hostility", polarity: "negated", assertions: [expect.any(Number)] });
      expect(body.edges.find((e: { type: string }) => e.type === "supported").modality).toBe("hedged");
      // Events hold through their year: the founding in 1998 is in the graph as of 1998, not 2000.
      expect((await get("/api/graph?as_of=1998")).body.edges.map((e: { type: string }) => e.type)).toEqual(["founded"]);
      expect((await get("/api/graph?as_of=2000")).body.edges).toEqual([]);
    });

    it("follows every change at once: a rejected relation leaves the graph", async () => {
      const before = (await get("/api/graph")).body.edges;
      const fought = before.find((e: { type: string }) => e.type === "fought");
      await f.app.inject({
        method: "POST",
        url: `/api/assertions/${fought.assertions[0]}/review`,
        payload: { status: "rejected" },
      });
      const after = (await get("/api/graph")).body.edges;
      expect(after.map((e: { id: string }) => e.id)).toEqual(
        before.filter((e: { id: string }) => e.id !== fought.id).map((e: { id: string }) => e.id),
      );
      expect(after.every((e: { x?: number }) => e.x === undefined)).toBe(true);
      expect((await get("/api/graph")).body.nodes.every((n: { x?: number }) => typeof n.x === "number")).toBe(true);
    });
  });
}
