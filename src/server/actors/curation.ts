/**
 * Curating actors: merging two that are one, splitting one that is two. Each is one audited
 * change (undo it with POST /api/changes/:id/undo) and answers with the actors as they now stand.
 */
import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../context.js";
import { IdParams } from "../params.js";
import { MergeBody, SplitBody } from "./schema.js";

export function actorCurationRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.post("/api/actors/:id/merge", { config: { access: "analyst" } }, async (request) => {
    const { id } = IdParams.parse(request.params);
    const body = MergeBody.parse(request.body ?? {});
    const absorb = typeof body.absorb === "number" ? body.absorb : await ctx.store.resolveActor(body.absorb);
    return ctx.store.mergeActors(id, absorb, {
      user: request.caller.user,
      expected: { keep: body.expected_version, absorb: body.absorb_version },
    });
  });

  app.post("/api/actors/:id/split", { config: { access: "analyst" } }, async (request) => {
    const { id } = IdParams.parse(request.params);
    const { expected_version, ...selection } = SplitBody.parse(request.body ?? {});
    return ctx.store.splitActor(id, selection, { user: request.caller.user, expectedVersion: expected_version });
  });
}
