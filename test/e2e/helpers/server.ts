/** The app on a real port, with the web UI built from the current sources into a temporary folder. */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../../src/server/app.js";
import type { Store } from "../../../src/store/index.js";

const VITE_CONFIG = fileURLToPath(new URL("../../../src/web/vite.config.ts", import.meta.url));

/** Build the UI from src/web, as `npm run build` does, into a new folder; returns it. */
export async function buildWeb(): Promise<string> {
  const { build } = await import("vite");
  const outDir = await mkdtemp(join(tmpdir(), "linkage-web-"));
  await build({ configFile: VITE_CONFIG, logLevel: "error", build: { outDir, emptyOutDir: true } });
  return outDir;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close: () => Promise<void>;
}

/** Listen on a free loopback port. */
export async function startServer(
  store: Store,
  staticDir: string,
  config: { readAccess?: "open" | "token"; host?: string } = {},
): Promise<RunningServer> {
  const app = await buildApp({
    store,
    staticDir,
    config: {
      host: config.host ?? "127.0.0.1",
      readAccess: config.readAccess ?? "open",
      user: "e2e",
      maxInputBytes: 5_000_000,
    },
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}
