/** The audit log as history, and undoing one change (a merge, a split, a decision). */
import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../context.js";
import { IdParams } from "../params.js";
import { ChangesQuery } from "./schema.js";

export function changeRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get("/api/changes", { config: { access: "read" } }, async (request) => ({
    changes: await ctx.store.listChanges(ChangesQuery.parse(request.query)),
  }));

  app.post("/api/changes/:id/undo", { config: { access: "analyst" } }, async (request) => {
    const { id } = IdParams.parse(request.params);
    return { change: await ctx.store.undoChange(id, { user: request.caller.user }) };
  });
}
