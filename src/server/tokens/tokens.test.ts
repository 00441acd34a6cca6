import { describe, expect, it } from "vitest";
import { useFixtureApp } from "../../../test/helpers/app-fixture.js";
import { ENGINES } from "../../../test/helpers/engines.js";
import { createApiToken } from "../../services/token-service.js";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`tokens and roles on ${engine.name}, listening beyond loopback`, () => {
    const f = useFixtureApp(engine, { host: "0.0.0.0" });
    const tokens: Record<string, string> = {};
    const review = (headers: Record<string, string> = {}) =>
      f.app.inject({ method: "POST", url: "/api/assertions/1/review", payload: { status: "accepted" }, headers });

    it("lets anyone read, but no one write without a token", async () => {
      for (const role of ["reader", "analyst", "admin"] as const) {
        tokens[role] = (await createApiToken(f.store, { name: `${role}-1`, role, user: "setup" })).token;
      }
      expect((await f.app.inject({ url: "/api/relations" })).statusCode).toBe(200);
      const anonymous = await review();
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().error.message).toMatch(/writes need an analyst or admin token/);
    });

    it("gives each role its rights: reader reads, analyst reviews, admin manages tokens", async () => {
      expect((await review(bearer(tokens.reader))).json().error.code).toBe("FORBIDDEN");
      const ok = await review(bearer(tokens.analyst));
      expect(ok.statusCode).toBe(200);
      expect(ok.json().assertion.status).toBe("accepted");
      expect((await f.app.inject({ url: "/api/tokens", headers: bearer(tokens.analyst) })).statusCode).toBe(403);
      const list = await f.app.inject({ url: "/api/tokens", headers: bearer(tokens.admin) });
      expect(list.json().tokens.map((t: { role: string }) => t.role)).toEqual(["reader", "analyst", "admin"]);
      expect(JSON.stringify(list.json())).not.toContain("lk_");
    });

    it("records who decided, by token name", async () => {
      const session = (await f.app.inject({ url: "/api/session", headers: bearer(tokens.analyst) })).json();
      expect(session).toMatchObject({ user: "token:analyst-1", role: "analyst", can_write: true });
    });

    it("makes and revokes tokens through the API; a revoked or unknown token is refused", async () => {
      const made = await f.app.inject({
        method: "POST",
        url: "/api/tokens",
        payload: { name: "bot", role: "analyst" },
        headers: bearer(tokens.admin),
      });
      expect(made.statusCode).toBe(201);
      const { id, token } = made.json();
      expect((await review(bearer(token))).statusCode).toBe(200);
      await f.app.inject({ method: "DELETE", url: `/api/tokens/${id}`, headers: bearer(tokens.admin) });
      expect((await review(bearer(token))).json().error.code).toBe("UNAUTHORIZED");
      expect((await f.app.inject({ url: "/api/relations", headers: bearer("lk_nonsense") })).statusCode).toBe(401);
    });
  });

  describe.skipIf(!engine.available)(`read access by token only, on ${engine.name}`, () => {
    const f = useFixtureApp(engine, { readAccess: "token" });

    it("refuses reads without a token, and takes a reader's", async () => {
      expect((await f.app.inject({ url: "/api/documents" })).json().error.code).toBe("UNAUTHORIZED");
      const { token } = await createApiToken(f.store, { name: "r", role: "reader", user: "setup" });
      expect((await f.app.inject({ url: "/api/documents", headers: bearer(token) })).statusCode).toBe(200);
      // The session answers anyone, so the page can ask for a token.
      expect((await f.app.inject({ url: "/api/session" })).json()).toMatchObject({ role: null, read_access: "token" });
    });
  });
}
