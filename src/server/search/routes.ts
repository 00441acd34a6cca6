/** Full-text search over documents and actor names. */
import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../context.js";
import { SearchQuery } from "./schema.js";

export function searchRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get("/api/search", { config: { access: "read" } }, async (request) => {
    const { q, limit } = SearchQuery.parse(request.query);
    return ctx.store.search(q, limit);
  });
}
