/**
 * The API over the fixture store (see server-fixture.ts), on one engine, for `app.inject()`
 * tests. Call in a describe block: the app is built before its tests and closed after.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import type { ReadAccess } from "../../src/config.js";
import { buildApp } from "../../src/server/app.js";
import type { Store } from "../../src/store/index.js";
import type { TestEngine } from "./engines.js";
import { openFixtureStore } from "./server-fixture.js";

export interface AppFixture {
  app: FastifyInstance;
  store: Store;
}

export interface AppSettings {
  host?: string;
  readAccess?: ReadAccess;
  maxInputBytes?: number;
  staticDir?: string;
}

/** Build the app before the block's tests and tear everything down after. */
export function useFixtureApp(engine: TestEngine, settings: AppSettings = {}): AppFixture {
  const fixture = {} as AppFixture;
  let db: string;
  beforeAll(async () => {
    db = await engine.create();
    fixture.store = await openFixtureStore(db);
    fixture.app = await buildApp({
      store: fixture.store,
      staticDir: settings.staticDir ?? "/nonexistent-linkage-web",
      config: {
        host: settings.host ?? "127.0.0.1",
        readAccess: settings.readAccess ?? "open",
        user: "tester",
        maxInputBytes: settings.maxInputBytes ?? 1_000_000,
      },
    });
  });
  afterAll(async () => {
    await fixture.app?.close();
    await fixture.store?.close();
    await engine.drop(db);
  });
  return fixture;
}

/** A multipart/form-data body with `files`, for app.inject. */
export function multipart(files: { name: string; content: string | Buffer; type?: string }[]): {
  payload: Buffer;
  headers: Record<string, string>;
} {
  const boundary = "----linkage-test-boundary";
  const parts = files.map((f) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\n` +
          `Content-Type: ${f.type ?? "text/plain"}\r\n\r\n`,
      ),
      Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content),
      Buffer.from("\r\n"),
    ]),
  );
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}
