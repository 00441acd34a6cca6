import { describe, expect, it } from "vitest";
import { useFixtureApp } from "../../../test/helpers/app-fixture.js";
import { ENGINES } from "../../../test/helpers/engines.js";
import { snippetParts } from "../../store/search.js";

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`search API on ${engine.name}`, () => {
    const f = useFixtureApp(engine);
    const search = async (q: string) => {
      const res = await f.app.inject({ url: `/api/search?q=${encodeURIComponent(q)}` });
      return { status: res.statusCode, body: res.json() };
    };

    it("finds documents by stemmed words and marks the matches in the snippet", async () => {
      const { body } = await search("pledging allegiance");
      expect(body.documents).toHaveLength(1);
      const matches = body.documents[0].snippet
        .filter((p: { match: boolean }) => p.match)
        .map((p: { text: string }) => p.text);
      expect(matches).toEqual(expect.arrayContaining(["pledged", "allegiance"]));
      expect((await search('"allegiance to the Taliban"')).body.documents).toEqual([]);
    });

    it("finds actors by any part of a name or alias, exact names first", async () => {
      const { body } = await search("imu");
      expect(body.actors[0]).toMatchObject({ name: "Islamic Movement of Uzbekistan", matched: "IMU" });
      expect((await search("Uzbekist")).body.actors.map((a: { name: string }) => a.name)).toEqual([
        "Islamic Movement of Uzbekistan",
      ]);
      expect((await search("islamic")).body.actors).toHaveLength(2);
    });

    it("takes query syntax and metacharacters as text, never as SQL", async () => {
      for (const q of ["'; DROP TABLE documents; --", "a:* & !b | (c", "<script>", "%_\\"]) {
        expect((await search(q)).status).toBe(200);
      }
      expect((await f.app.inject({ url: "/api/documents" })).json().documents).toHaveLength(1);
    });

    it("asks for something to search for", async () => {
      expect(await search("  ")).toMatchObject({ status: 400, body: { error: { code: "BAD_ARGUMENT" } } });
    });
  });
}

describe("snippetParts", () => {
  it("splits ts_headline's marked output into plain and matching text", () => {
    expect(snippetParts("a \u0001b\u0002 c \u0001d\u0002")).toEqual([
      { text: "a ", match: false },
      { text: "b", match: true },
      { text: " c ", match: false },
      { text: "d", match: true },
    ]);
  });
});
