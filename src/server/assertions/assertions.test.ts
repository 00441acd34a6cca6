import { describe, expect, it } from "vitest";
import { useFixtureApp } from "../../../test/helpers/app-fixture.js";
import { ENGINES } from "../../../test/helpers/engines.js";

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`assertions API on ${engine.name}`, () => {
    const f = useFixtureApp(engine);
    const review = (id: number, body: object) =>
      f.app.inject({ method: "POST", url: `/api/assertions/${id}/review`, payload: body });
    const queue = async (query = "") => (await f.app.inject({ url: `/api/assertions${query}` })).json();

    it("lists the review queue a page at a time, in reading order, with versions", async () => {
      const page = await queue("?limit=2&offset=1");
      expect(page.total).toBe(5);
      expect(page.items.map((r: { type: string }) => r.type)).toEqual(["allied_with", "pledged_allegiance_to"]);
      expect(page.items[0].version).toEqual(expect.any(Number));
      expect((await f.app.inject({ url: "/api/assertions?status=maybe" })).statusCode).toBe(400);
    });

    it("records a decision, keeps it, audits it, and can undo it", async () => {
      const [first] = (await queue()).items;
      const res = await review(first.id, { status: "accepted", expected_version: first.version });
      expect(res.statusCode).toBe(200);
      const { change, assertion } = res.json();
      expect(assertion).toMatchObject({
        id: first.id,
        status: "accepted",
        decision: { status: "accepted", decided_by: "tester" },
      });
      expect((await f.app.inject({ url: `/api/assertions/${first.id}` })).json().status).toBe("accepted");
      const history = (await f.app.inject({ url: `/api/changes?assertion=${first.id}` })).json().changes;
      expect(history[0]).toMatchObject({ id: change, performed_by: "tester" });
      const undo = await f.app.inject({ method: "POST", url: `/api/changes/${change}/undo` });
      expect(undo.statusCode).toBe(200);
      expect((await f.app.inject({ url: `/api/assertions/${first.id}` })).json().status).toBe("pending");
    });

    it("corrects an assertion's type and time", async () => {
      const item = (await queue()).items.find((r: { type: string }) => r.type === "allied_with");
      const res = await review(item.id, {
        status: "corrected",
        corrections: { type: "affiliate_of", time: { start: "2002", end: null, precision: "year" } },
        expected_version: item.version,
      });
      expect(res.json().assertion).toMatchObject({
        type: "affiliate_of",
        time: { start: "2002" },
        status: "corrected",
      });
    });

    it("refuses a stale decision instead of overwriting another analyst's", async () => {
      const [item] = (await queue()).items;
      expect((await review(item.id, { status: "rejected", expected_version: item.version })).statusCode).toBe(200);
      const stale = await review(item.id, { status: "accepted", expected_version: item.version });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe("CONFLICT");
      const staleStatus = await review(item.id, { status: "accepted", expected_status: "pending" });
      expect(staleStatus.json().error).toMatchObject({
        code: "CONFLICT",
        message: expect.stringContaining("now rejected"),
      });
      // A rejected assertion leaves the graph but not the store.
      const relations = (await f.app.inject({ url: "/api/relations" })).json().relations;
      expect(relations.some((r: { id: number }) => r.id === item.id)).toBe(false);
    });

    it("answers unknown ids and bad bodies with stable codes", async () => {
      expect((await review(999999, { status: "accepted" })).json().error.code).toBe("NOT_FOUND");
      expect((await review(1, { status: "approved" })).json().error.code).toBe("BAD_ARGUMENT");
      expect((await review(1, { status: "accepted", corrections: { type: "met" } })).json().error).toMatchObject({
        code: "BAD_ARGUMENT",
        message: "corrections: corrections go with status corrected",
      });
      expect((await f.app.inject({ url: "/api/assertions/abc" })).json().error).toEqual({
        code: "BAD_ARGUMENT",
        message: "id: expected a positive whole number",
      });
      const notJson = await f.app.inject({
        method: "POST",
        url: "/api/assertions/1/review",
        payload: "{",
        headers: { "content-type": "application/json" },
      });
      expect(notJson.json().error.code).toBe("BAD_ARGUMENT");
    });
  });
}
