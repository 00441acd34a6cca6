/** Actors: the list, one actor's profile (names, relations with evidence, documents), merges and splits. */
import type { FastifyInstance } from "fastify";
import { LinkageError } from "../../errors.js";
import { normalizeName } from "../../resolve/actor-matching.js";
import type { RouteContext } from "../context.js";
import { IdParams } from "../params.js";
import { actorCurationRoutes } from "./curation.js";
import { ActorListQuery } from "./schema.js";

export function actorRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get("/api/actors", { config: { access: "read" } }, async (request) => {
    const { q } = ActorListQuery.parse(request.query);
    const actors = await ctx.store.listActors();
    if (q === undefined) return { actors };
    const key = normalizeName(q);
    return { actors: actors.filter((a) => [a.name, ...a.aliases].some((n) => normalizeName(n).includes(key))) };
  });

  app.get("/api/actors/:id", { config: { access: "read" } }, async (request) => {
    const { id } = IdParams.parse(request.params);
    const profile = await ctx.store.actorProfile(id);
    if (!profile) throw new LinkageError("NOT_FOUND", `no actor has id ${id}`);
    return profile;
  });

  actorCurationRoutes(app, ctx);
}
