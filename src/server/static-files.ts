/**
 * The web UI: Vite's build, served from one folder. Only `assets/` is served as files; each page
 * of the UI is a route that answers with index.html, so no URL names a file outside the build.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { LinkageError } from "../errors.js";

/**
 * Where `npm run build` puts the UI: dist/web in the package. This file sits two levels below
 * the package root both as src/server/*.ts (tests) and as dist/server/*.js (the built CLI).
 */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL("../../dist/web/", import.meta.url));

/** The pages of the UI, as routes answered with index.html; the page's script reads the rest of the URL. */
export const PAGE_ROUTES = ["/", "/actors/:id", "/timeline", "/documents/:id", "/review", "/upload", "/search"];

/** Serve the built UI from `dir`; when it is not built, the pages say how to build it. */
export async function installStaticFiles(app: FastifyInstance, dir: string): Promise<void> {
  const built = existsSync(join(dir, "index.html"));
  if (built) {
    await app.register(fastifyStatic, {
      root: join(dir, "assets"),
      prefix: "/assets/",
      index: false,
      dotfiles: "deny",
      // File names carry a content hash: a changed file is a new name, so caching is safe.
      immutable: true,
      maxAge: "365d",
    });
  }
  for (const url of PAGE_ROUTES) {
    app.get(url, async (_request, reply) => {
      if (!built)
        throw new LinkageError("NOT_FOUND", "the web UI is not built: run `npm run build` (the API works without it)");
      reply.header("cache-control", "no-cache");
      return reply.sendFile("index.html", dir, { immutable: false, maxAge: 0 });
    });
  }
}
