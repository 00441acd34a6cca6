import { describe, expect, it } from "vitest";
import { useFixtureApp } from "../../test/helpers/app-fixture.js";
import { ENGINES } from "../../test/helpers/engines.js";

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`kept read answers on ${engine.name}`, () => {
    const f = useFixtureApp(engine);
    const get = (url: string) => f.app.inject({ url });

    it("serves a read again from what it kept, the same bytes", async () => {
      const first = await get("/api/relations");
      const again = await get("/api/relations");
      expect(first.headers["x-linkage-cache"]).toBeUndefined();
      expect(again.headers["x-linkage-cache"]).toBe("hit");
      expect(again.body).toBe(first.body);
      expect(again.headers["content-type"]).toBe(first.headers["content-type"]);
    });

    it("answers afresh once something is written", async () => {
      const [item] = (await get("/api/assertions")).json().items;
      await get(`/api/assertions/${item.id}`);
      expect((await get(`/api/assertions/${item.id}`)).headers["x-linkage-cache"]).toBe("hit");
      const review = await f.app.inject({
        method: "POST",
        url: `/api/assertions/${item.id}/review`,
        payload: { status: "rejected", expected_version: item.version },
      });
      expect(review.statusCode).toBe(200);
      const after = await get(`/api/assertions/${item.id}`);
      expect(after.headers["x-linkage-cache"]).toBeUndefined();
      expect(after.json().status).toBe("rejected");
    });

    it("never keeps answers that depend on the caller, or errors", async () => {
      await get("/api/session");
      expect((await get("/api/session")).headers["x-linkage-cache"]).toBeUndefined();
      await get("/api/actors/999999");
      const missing = await get("/api/actors/999999");
      expect(missing.statusCode).toBe(404);
      expect(missing.headers["x-linkage-cache"]).toBeUndefined();
    });
  });
}
