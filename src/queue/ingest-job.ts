/**
 * The one kind of job linkage queues: store a document. The document is read when it is queued,
 * not when a worker takes it, because workers may run on machines that cannot see the files
 * (or the URLs) the person queuing could; the job then carries everything a worker needs.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { LinkageError } from "../errors.js";
import type { DocumentInput } from "../types.js";

/** The task name in the queue; workers take only jobs of this task. */
export const INGEST_TASK = "linkage_ingest_document";

const DocumentSchema = z.object({
  text: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  author: z.string().nullable(),
  source: z.string().min(1),
  mediaType: z.string().min(1),
});

const PayloadSchema = z.object({ document: DocumentSchema });

/** What a job carries. */
export interface IngestPayload {
  document: DocumentInput;
}

/** The SHA-256 of a document's text: the store's key for it, and the job's. */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * The job key: one job per text in the queue. Queuing a text again while its job waits replaces
 * that job rather than adding a second; the store's own key makes any later repeat a no-op.
 */
export function jobKey(document: DocumentInput): string {
  return `ingest:${textHash(document.text)}`;
}

/**
 * Check a payload taken from the queue: anyone who can write to the database can add jobs, so a
 * payload is data to validate, not a trusted object.
 * @throws LinkageError INPUT_MALFORMED saying what is missing.
 */
export function parsePayload(payload: unknown): IngestPayload {
  const parsed = PayloadSchema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.join(".") || "payload";
  throw new LinkageError(
    "INPUT_MALFORMED",
    `expected a queued document, found a job whose ${where} is invalid (${issue?.message})`,
  );
}
