/**
 * The graph's edges: relations with evidence (as `linkage relations`), the same compacted for
 * drawing (/api/graph), and one pair's history (as `linkage timeline`).
 */
import type { FastifyInstance } from "fastify";
import { isLinkageError, LinkageError } from "../../errors.js";
import { graphCache } from "../../services/graph-cache.js";
import { parseRelationQuery } from "../../services/relation-query.js";
import type { RouteContext } from "../context.js";
import { RelationFilters, TimelineQuery } from "./schema.js";

export function relationRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const filters = (query: unknown) => {
    const f = RelationFilters.parse(query);
    try {
      return parseRelationQuery({ asOf: f.as_of, actor: f.actor, type: f.type });
    } catch (err) {
      throw asQueryParameter(err);
    }
  };

  app.get("/api/relations", { config: { access: "read" } }, async (request) => ({
    relations: await ctx.store.listRelations(filters(request.query)),
  }));

  const graphs = graphCache(ctx.store);
  app.get("/api/graph", { config: { access: "read" } }, async (request, reply) =>
    reply.type("application/json; charset=utf-8").send(await graphs.json(filters(request.query))),
  );

  app.get("/api/timeline", { config: { access: "read" } }, async (request) => {
    const { a, b } = TimelineQuery.parse(request.query);
    return { relations: await ctx.store.timeline(a, b) };
  });
}

/** The checks are the CLI's and name its flags ("--as-of"); an API caller typed "as_of". */
function asQueryParameter(err: unknown): unknown {
  if (!isLinkageError(err) || !err.input?.startsWith("--")) return err;
  const name = err.input.slice(2).replace(/-/g, "_");
  const message = err.message.slice(err.input.length + 2);
  return new LinkageError(err.code, message, name, { cause: err });
}
