/** API tokens, for admins: list, make (the secret is in this answer only) and revoke. */
import type { FastifyInstance } from "fastify";
import { createApiToken } from "../../services/token-service.js";
import type { RouteContext } from "../context.js";
import { IdParams } from "../params.js";
import { NewToken } from "./schema.js";

export function tokenRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get("/api/tokens", { config: { access: "admin" } }, async () => ({ tokens: await ctx.store.tokens.list() }));

  app.post("/api/tokens", { config: { access: "admin" } }, async (request, reply) => {
    const body = NewToken.parse(request.body ?? {});
    const { token, record } = await createApiToken(ctx.store, { ...body, user: request.caller.user });
    return reply.status(201).send({ ...record, token });
  });

  app.delete("/api/tokens/:id", { config: { access: "admin" } }, async (request) => {
    const { id } = IdParams.parse(request.params);
    return ctx.store.tokens.revoke(id, request.caller.user);
  });
}
