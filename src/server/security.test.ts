import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useFixtureApp } from "../../test/helpers/app-fixture.js";
import { ENGINES } from "../../test/helpers/engines.js";

const pglite = ENGINES[0];
let staticDir: string;
beforeAll(async () => {
  // A stand-in for the built UI, with a secret beside it that no URL may reach.
  const root = await mkdtemp(join(tmpdir(), "linkage-static-"));
  staticDir = join(root, "web");
  await mkdir(join(staticDir, "assets"), { recursive: true });
  await writeFile(join(staticDir, "index.html"), "<!doctype html><title>linkage</title>");
  await writeFile(join(staticDir, "assets", "app.js"), "console.log(1)");
  await writeFile(join(staticDir, "assets", ".env"), "SECRET=1");
  await writeFile(join(root, "secret.txt"), "SECRET=2");
});

describe("the server's defences", () => {
  const f = useFixtureApp(pglite, {
    get staticDir() {
      return staticDir;
    },
  });

  it("serves every page and asset with a strict Content-Security-Policy", async () => {
    for (const url of [
      "/",
      "/actors/1",
      "/documents/1?assertion=2",
      "/review",
      "/timeline?a=x&b=y",
      "/assets/app.js",
      "/api/actors",
    ]) {
      const res = await f.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      const csp = res.headers["content-security-policy"] as string;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("require-trusted-types-for 'script'");
      expect(csp).not.toContain("unsafe");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("reads no file outside the built UI's assets, however the path is spelled", async () => {
    for (const url of [
      "/assets/../index.html",
      "/assets/../../secret.txt",
      "/assets/%2e%2e/%2e%2e/secret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/assets/%2e%2e%5c%2e%2e%5csecret.txt",
      "/assets/.env",
      "/secret.txt",
      "/../secret.txt",
      "/assets//etc/passwd",
      "/assets/%00app.js",
    ]) {
      const res = await f.app.inject({ url });
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.body, url).not.toContain("SECRET");
      expect(res.json().error.code, url).toMatch(/NOT_FOUND|BAD_ARGUMENT|FORBIDDEN/);
    }
  });

  it("refuses writes posted from another site, and requests addressed to another host name", async () => {
    const post = (headers: Record<string, string>) =>
      f.app.inject({ method: "POST", url: "/api/assertions/1/review", payload: { status: "accepted" }, headers });
    expect((await post({ origin: "https://evil.example" })).json().error.code).toBe("FORBIDDEN");
    expect((await post({ "sec-fetch-site": "cross-site" })).json().error.code).toBe("FORBIDDEN");
    expect((await post({ origin: "http://localhost:80" })).statusCode).toBe(200);
    const rebound = await f.app.inject({ url: "/api/documents", headers: { host: "evil.example:4870" } });
    expect(rebound.json().error).toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers unknown routes and oversized bodies with JSON errors", async () => {
    expect((await f.app.inject({ url: "/api/nothing" })).json().error.code).toBe("NOT_FOUND");
    const big = await f.app.inject({
      method: "POST",
      url: "/api/assertions/1/review",
      payload: JSON.stringify({ status: "accepted", pad: "x".repeat(200_000) }),
      headers: { "content-type": "application/json" },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe("INPUT_TOO_LARGE");
  });
});
