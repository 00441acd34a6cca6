import { describe, expect, it } from "vitest";
import { useFixtureApp } from "../../../test/helpers/app-fixture.js";
import { ENGINES } from "../../../test/helpers/engines.js";
import { actorId } from "../../../test/helpers/server-fixture.js";

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`actors API on ${engine.name}`, () => {
    const f = useFixtureApp(engine);

    it("lists actors, or those whose names contain a text", async () => {
      expect((await f.app.inject({ url: "/api/actors" })).json().actors).toHaveLength(5);
      const some = (await f.app.inject({ url: "/api/actors?q=imu" })).json().actors;
      expect(some.map((a: { name: string }) => a.name)).toEqual(["Islamic Movement of Uzbekistan"]);
    });

    it("gives a profile: aliases, relations with evidence, documents", async () => {
      const id = await actorId(f.store, "IMU");
      const profile = (await f.app.inject({ url: `/api/actors/${id}` })).json();
      expect(profile).toMatchObject({ name: "Islamic Movement of Uzbekistan", type: "organization", aliases: ["IMU"] });
      expect(profile.relations).toHaveLength(5);
      expect(
        profile.relations.find((r: { type: string }) => r.type === "pledged_allegiance_to").evidence.text,
      ).toContain("pledged allegiance to the Islamic State");
      expect(profile.documents).toEqual([
        expect.objectContaining({ title: "The IMU and the Islamic State", mentions: 6 }),
      ]);
    });

    it("splits an actor in two and merges them back, refusing a stale version", async () => {
      const id = await actorId(f.store, "IMU");
      const post = (path: string, payload: object) =>
        f.app.inject({ method: "POST", url: `/api/actors/${id}/${path}`, payload });
      const before = (await f.app.inject({ url: `/api/actors/${id}` })).json();
      const split = await post("split", {
        aliases: ["IMU"],
        name: "IMU (the other one)",
        expected_version: before.version,
      });
      expect(split.statusCode).toBe(200);
      const { actor, created } = split.json();
      expect(created).toMatchObject({ name: "IMU (the other one)" });
      expect(actor.version).toBeGreaterThan(before.version);
      const stale = await post("merge", { absorb: created.id, expected_version: before.version });
      expect(stale.json().error.code).toBe("CONFLICT");
      const merged = await post("merge", { absorb: String(created.id), expected_version: actor.version });
      expect(merged.statusCode).toBe(200);
      expect((await f.app.inject({ url: `/api/actors/${created.id}` })).statusCode).toBe(404);
      expect((await f.app.inject({ url: `/api/actors/${id}` })).json().relations).toHaveLength(5);
    });

    it("asks a split for something to split off", async () => {
      const res = await f.app.inject({ method: "POST", url: "/api/actors/1/split", payload: {} });
      expect(res.json().error).toMatchObject({
        code: "BAD_ARGUMENT",
        message: "aliases: expected aliases or documents to split off",
      });
    });

    it("answers an unknown actor with 404 NOT_FOUND", async () => {
      const res = await f.app.inject({ url: "/api/actors/424242" });
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toEqual({ code: "NOT_FOUND", message: "no actor has id 424242" });
    });
  });
}
