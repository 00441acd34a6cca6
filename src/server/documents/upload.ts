/**
 * `POST /api/documents`: multipart upload of one or more files, each read, extracted and stored
 * as `linkage ingest` would. With `Accept: application/x-ndjson` the answer is a stream of
 * progress events, one JSON object a line:
 *   {"event":"received","files":["a.html"]}
 *   {"event":"stage","file":"a.html","stage":"extracting"}
 *   {"event":"result","name":"a.html","outcome":"added","documentId":7}
 *   {"event":"done","results":[…]}
 * Otherwise it is one JSON object, `{ "results": […] }`, when all are done. A file that fails
 * has an `error` with a stable code in its result; the others are stored all the same.
 */
import { PassThrough } from "node:stream";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { LinkageError } from "../../errors.js";
import { ingestUploads, type UploadedFile, type UploadOptions } from "../../services/upload-service.js";
import type { RouteContext } from "../context.js";
import { NDJSON, UPLOAD_LIMITS, uploadName } from "./schema.js";

export function uploadRoute(app: FastifyInstance, ctx: RouteContext): void {
  app.post("/api/documents", { config: { access: "analyst" } }, async (request, reply) => {
    const files = await receiveFiles(request, ctx.config.maxInputBytes);
    const opts: UploadOptions = { maxBytes: ctx.config.maxInputBytes, user: request.caller.user };
    if (!(request.headers.accept ?? "").includes(NDJSON)) {
      return { results: await ingestUploads(ctx.store, files, opts) };
    }
    const out = new PassThrough();
    const write = (event: object) => out.write(`${JSON.stringify(event)}\n`);
    reply.type(`${NDJSON}; charset=utf-8`).send(out);
    write({ event: "received", files: files.map((f) => f.name) });
    const results = await ingestUploads(ctx.store, files, {
      ...opts,
      onStage: async (file, stage) => {
        write({ event: "stage", file, stage });
        // Extraction holds the thread; let the line leave before it starts.
        await new Promise((resolve) => setImmediate(resolve));
      },
      onOutcome: (outcome) => write({ event: "result", ...outcome }),
    });
    write({ event: "done", results });
    out.end();
    return reply;
  });
}

/** Every file part, in memory; a part over the size limit is kept as truncated, to be refused by name. */
async function receiveFiles(request: FastifyRequest, maxBytes: number): Promise<UploadedFile[]> {
  if (!request.isMultipart())
    throw new LinkageError("UNSUPPORTED_MEDIA_TYPE", "expected multipart/form-data with one or more files");
  const files: UploadedFile[] = [];
  const parts = request.parts({ limits: { ...UPLOAD_LIMITS, fileSize: maxBytes } });
  for await (const part of parts) {
    if (part.type !== "file") continue;
    const bytes = await part.toBuffer();
    files.push({
      name: uploadName(part.filename),
      bytes,
      contentType: part.mimetype || null,
      truncated: part.file.truncated,
    });
  }
  if (files.length === 0) throw new LinkageError("BAD_ARGUMENT", "expected at least one file", "file");
  return files;
}
