/**
 * Documents: the list, one with its text, mentions and assertions (offsets into the text, for
 * highlighting), and uploads (src/server/documents/upload.ts).
 */
import type { FastifyInstance } from "fastify";
import { LinkageError } from "../../errors.js";
import type { RouteContext } from "../context.js";
import { IdParams } from "../params.js";
import { uploadRoute } from "./upload.js";

export function documentRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get("/api/documents", { config: { access: "read" } }, async () => ({
    documents: await ctx.store.listDocuments(),
  }));

  app.get("/api/documents/:id", { config: { access: "read" } }, async (request) => {
    const { id } = IdParams.parse(request.params);
    const doc = await ctx.store.getDocument(id);
    if (!doc) throw new LinkageError("NOT_FOUND", `no document has id ${id}`);
    return doc;
  });

  uploadRoute(app, ctx);
}
