/**
 * Ingesting uploaded files: the bytes a browser sent, read, extracted and stored one by one,
 * each reporting its stages as it goes. A file that fails is reported naming it, and the rest
 * of the upload goes on, as with `linkage ingest`.
 */
import { isLinkageError } from "../errors.js";
import { tooLarge } from "../ingest/read-file.js";
import { readBuffer } from "../ingest/read-input.js";
import type { Store } from "../store/index.js";

/** One uploaded file. */
export interface UploadedFile {
  /** The file name the client gave; used as the document's source and in messages. */
  name: string;
  bytes: Uint8Array;
  contentType: string | null;
  /** Set when the upload stopped at the size limit: the file is refused, not cut short. */
  truncated?: boolean;
}

export type UploadStage = "reading" | "extracting" | "storing";

/** What became of one file. */
export interface UploadOutcome {
  name: string;
  outcome: "added" | "unchanged" | "failed";
  documentId?: number;
  /** A stable error code and message when it failed. */
  error?: { code: string; message: string };
}

export interface UploadOptions {
  maxBytes: number;
  user: string;
  /** Called as each file enters a stage; awaited, so a caller can let progress out first. */
  onStage?: (name: string, stage: UploadStage) => void | Promise<void>;
  onOutcome?: (outcome: UploadOutcome) => void;
}

/** Read, extract and store each file in turn; never throws for a bad file. */
export async function ingestUploads(
  store: Store,
  files: readonly UploadedFile[],
  opts: UploadOptions,
): Promise<UploadOutcome[]> {
  // Loaded on first upload, not at start-up: the pipeline brings the language model with it.
  const { extract } = await import("../pipeline/index.js");
  const outcomes: UploadOutcome[] = [];
  for (const file of files) {
    let outcome: UploadOutcome;
    try {
      await opts.onStage?.(file.name, "reading");
      if (file.truncated) throw tooLarge(file.name, opts.maxBytes, "more");
      const doc = await readBuffer(file.bytes, file.name, { maxBytes: opts.maxBytes, contentType: file.contentType });
      await opts.onStage?.(file.name, "extracting");
      const extraction = extract(doc);
      await opts.onStage?.(file.name, "storing");
      const result = await store.ingestDocument(doc, extraction, { user: opts.user });
      outcome = { name: file.name, outcome: result.created ? "added" : "unchanged", documentId: result.documentId };
    } catch (err) {
      outcome = { name: file.name, outcome: "failed", error: errorOf(err) };
    }
    outcomes.push(outcome);
    opts.onOutcome?.(outcome);
  }
  return outcomes;
}

function errorOf(err: unknown): { code: string; message: string } {
  if (isLinkageError(err)) return { code: err.code, message: err.message };
  // An extractor bug must not take the upload down, nor leak a stack trace to the client.
  return { code: "INTERNAL", message: "the document could not be processed" };
}
