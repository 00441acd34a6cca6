/**
 * Who is calling and what they may do. Each API route declares the access it needs in its
 * config (`{ access: "read" | "analyst" | "admin" }`); this hook decides before the handler runs.
 *
 * - A token (`Authorization: Bearer lk_…`) gives its role: reader < analyst < admin.
 * - Without one, reads are open unless the server was started with `--read-access token`, and
 *   writes are allowed only while the server listens on loopback (one analyst on their own
 *   machine); listening beyond it, every write needs an analyst or admin token.
 * - Token management always needs an admin token.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ReadAccess } from "../config.js";
import { LinkageError } from "../errors.js";
import { authenticate, roleAllows } from "../services/token-service.js";
import type { Store, TokenRole } from "../store/index.js";
import { checkSameOrigin } from "./origin-check.js";

/** What a route needs: reading, an analyst's writes, or an admin's. */
export type Access = "read" | "analyst" | "admin";

/** The caller as the handlers see it. */
export interface Caller {
  /** For reviewed_by and the audit log: "token:<name>", or the local user without a token. */
  user: string;
  /** The token's role; null without a token. */
  role: TokenRole | null;
  /** Whether this caller may make analyst writes (reviews, uploads, merges). */
  canWrite: boolean;
}

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    caller: Caller;
  }
}

export interface AuthOptions {
  store: Store;
  /** Whether the server listens on loopback only. */
  loopback: boolean;
  readAccess: ReadAccess;
  /** Who acts for writes made without a token on loopback. */
  localUser: string;
}

/** Resolve the caller of every request and enforce each route's declared access. */
export function installAuth(app: FastifyInstance, opts: AuthOptions): void {
  app.decorateRequest("caller", null as unknown as Caller);
  app.addHook("onRequest", async (request) => {
    const token = await authenticate(opts.store, request.headers.authorization);
    request.caller = token
      ? { user: `token:${token.name}`, role: token.role, canWrite: roleAllows(token.role, "analyst") }
      : { user: opts.localUser, role: null, canWrite: opts.loopback };
    const access = request.routeOptions.config?.access;
    if (access) authorize(request, access, opts);
  });
}

function authorize(request: FastifyRequest, access: Access, opts: AuthOptions): void {
  const { role } = request.caller;
  if (access === "read") {
    if (role === null && opts.readAccess === "token")
      throw new LinkageError("UNAUTHORIZED", "this server needs a token to read (Authorization: Bearer lk_…)");
    return;
  }
  // A write from a page of another site (a form posted at 127.0.0.1) is refused whoever asks.
  checkSameOrigin(request);
  if (role !== null) {
    if (!roleAllows(role, access))
      throw new LinkageError("FORBIDDEN", `a ${role} token cannot do this: it needs ${access}`);
    return;
  }
  if (access === "admin") throw new LinkageError("UNAUTHORIZED", "this needs an admin token");
  if (!opts.loopback)
    throw new LinkageError(
      "UNAUTHORIZED",
      "this server listens beyond loopback: writes need an analyst or admin token",
    );
}
