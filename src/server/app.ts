/**
 * The HTTP server: the JSON API under /api and the web UI, on one Fastify instance. Routes live
 * one folder per resource; each handler parses its input with zod and calls the store or a
 * service, exactly as the CLI does. Tests call it in-process with `app.inject()`.
 */
import fastifyMultipart from "@fastify/multipart";
import Fastify, { type FastifyInstance } from "fastify";
import { isLoopbackHost } from "../config.js";
import { actorRoutes } from "./actors/routes.js";
import { assertionRoutes } from "./assertions/routes.js";
import { installAuth } from "./auth.js";
import { changeRoutes } from "./changes/routes.js";
import type { RouteContext } from "./context.js";
import { documentRoutes } from "./documents/routes.js";
import { installErrorHandling } from "./error-handler.js";
import { installHostCheck } from "./origin-check.js";
import { installReadCache } from "./read-cache.js";
import { relationRoutes } from "./relations/routes.js";
import { searchRoutes } from "./search/routes.js";
import { installSecurityHeaders } from "./security-headers.js";
import { sessionRoutes } from "./session/routes.js";
import { DEFAULT_STATIC_DIR, installStaticFiles } from "./static-files.js";
import { tokenRoutes } from "./tokens/routes.js";

export interface AppOptions extends RouteContext {
  /** The built web UI; by default the package's dist/web. */
  staticDir?: string;
  /** Log requests with Fastify's logger (pino) on stdout. */
  logger?: boolean;
}

/** A ready Fastify app over `store`; the caller listens (or injects) and closes it. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // Bodies other than uploads are small JSON objects (a review decision, a token name).
    bodyLimit: 64 * 1024,
    // Ids and names in paths are short; a long one is an attack or a mistake.
    routerOptions: { maxParamLength: 200 },
  });
  const ctx: RouteContext = { store: opts.store, config: opts.config };
  const loopback = isLoopbackHost(opts.config.host);

  installErrorHandling(app);
  installSecurityHeaders(app);
  installHostCheck(app, loopback);
  installAuth(app, {
    store: opts.store,
    loopback,
    readAccess: opts.config.readAccess,
    localUser: opts.config.user,
  });
  installReadCache(app, opts.store);
  // An oversized file is cut at the limit and marked truncated, then refused by name while the
  // other files of the upload go on (see ./documents/upload.ts).
  await app.register(fastifyMultipart, { throwFileSizeLimit: false });

  documentRoutes(app, ctx);
  actorRoutes(app, ctx);
  relationRoutes(app, ctx);
  searchRoutes(app, ctx);
  assertionRoutes(app, ctx);
  changeRoutes(app, ctx);
  tokenRoutes(app, ctx);
  sessionRoutes(app, ctx);
  await installStaticFiles(app, opts.staticDir ?? DEFAULT_STATIC_DIR);

  await app.ready();
  return app;
}
