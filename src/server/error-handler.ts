/**
 * The one place errors become responses: `{ "error": { "code", "message" } }` with the status
 * the code stands for. LinkageErrors keep their code; zod and Fastify errors are given one;
 * anything else is a bug, logged in full and answered without its details.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ZodError } from "zod";
import { type ErrorCode, isLinkageError, LinkageError } from "../errors.js";

/** The body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** Fastify's own error codes, as linkage's. */
const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "INPUT_TOO_LARGE",
  FST_REQ_FILE_TOO_LARGE: "INPUT_TOO_LARGE",
  FST_FILES_LIMIT: "INPUT_TOO_LARGE",
  FST_PARTS_LIMIT: "INPUT_TOO_LARGE",
  FST_FIELDS_LIMIT: "INPUT_TOO_LARGE",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  FST_INVALID_MULTIPART_CONTENT_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  FST_ERR_CTP_EMPTY_JSON_BODY: "BAD_ARGUMENT",
  FST_ERR_CTP_INVALID_JSON_BODY: "BAD_ARGUMENT",
  FST_ERR_VALIDATION: "BAD_ARGUMENT",
};

/** Any thrown value as a LinkageError, or null when it is a bug. */
export function toLinkageError(err: unknown): LinkageError | null {
  if (isLinkageError(err)) return err;
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : null;
    return new LinkageError("BAD_ARGUMENT", issue?.message ?? "invalid request", where);
  }
  const fastify = err as Partial<FastifyError>;
  const code = fastify.code ? FASTIFY_CODES[fastify.code] : undefined;
  if (code) return new LinkageError(code, fastify.message ?? code);
  // A Fastify 4xx without a mapping (a malformed URL, say) is still the client's mistake.
  if (typeof fastify.statusCode === "number" && fastify.statusCode >= 400 && fastify.statusCode < 500)
    return new LinkageError("BAD_ARGUMENT", fastify.message ?? "bad request");
  return null;
}

/** Send `err` as an error response. */
export function sendError(request: FastifyRequest, reply: FastifyReply, err: unknown): FastifyReply {
  const known = toLinkageError(err);
  if (!known) request.log.error({ err }, "unexpected error");
  const error = known ?? new LinkageError("INTERNAL", "internal error: the server log has the details");
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  return reply.status(error.status).type("application/json; charset=utf-8").send(body);
}

/** Install the error and not-found handlers on `app`. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply) => sendError(request, reply, err));
  app.setNotFoundHandler((request, reply) =>
    sendError(request, reply, new LinkageError("NOT_FOUND", `nothing at ${request.method} ${pathOf(request.url)}`)),
  );
}

/** The path without its query, and cut short: it is echoed back and may be anything. */
function pathOf(url: string): string {
  const path = url.split("?")[0];
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}
