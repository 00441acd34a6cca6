/** `GET /api/session`: who the caller is to this server, so the UI shows only what they may do. */
import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../context.js";

export function sessionRoutes(app: FastifyInstance, ctx: RouteContext): void {
  // No declared access: a page asks this before it knows whether it needs a token.
  app.get("/api/session", async (request) => ({
    user: request.caller.user,
    role: request.caller.role,
    can_write: request.caller.canWrite,
    read_access: ctx.config.readAccess,
  }));
}
