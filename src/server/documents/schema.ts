/** Request shapes and limits for /api/documents. */

/** Upload answers: a JSON summary, or a stream of progress events when the client asks for it. */
export const NDJSON = "application/x-ndjson";

/** Limits on one upload request, besides the size of each file (the store's input limit). */
export const UPLOAD_LIMITS = { files: 20, fields: 10, parts: 30, fieldSize: 1024 };

/**
 * A client's file name as a document source: its last path segment, without control characters,
 * at most 200 characters. It is only ever a label: no file is opened by it.
 */
export function uploadName(filename: string | undefined): string {
  const base = (filename ?? "").split(/[\\/]/).pop() ?? "";
  const clean = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  return clean || "upload";
}
