/**
 * Documents fetched over HTTP(S) with Node's global fetch: redirects followed, a time limit on
 * the whole exchange, and the size limit enforced while the body streams in, so an endless or
 * huge response (or a gzip bomb: the limit counts decoded bytes) is cut off rather than buffered.
 */
import { LinkageError } from "../errors.js";
import { tooLarge } from "./read-file.js";

/** How long a fetch may take, headers and body together. */
export const FETCH_TIMEOUT_MS = 30_000;

// What linkage can read, best first; servers that negotiate send one of these.
const ACCEPT = "text/html, application/xhtml+xml, application/pdf, text/markdown, text/plain;q=0.9, */*;q=0.5";

/** Limits for one fetch. */
export interface FetchOptions {
  /** Largest body accepted, in bytes, counted as it streams in. */
  maxBytes: number;
  /** Defaults to FETCH_TIMEOUT_MS. */
  timeoutMs?: number;
}

/** A fetched body and what the server said it is. */
export interface FetchedBody {
  bytes: Uint8Array;
  /** The Content-Type header as sent, or null. */
  contentType: string | null;
  /** The URL the body came from, after redirects. */
  finalUrl: string;
}

/** True for the inputs fetchUrl reads: http and https URLs. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * Fetch `url`.
 * @throws LinkageError FETCH_FAILED for network errors, time-outs and non-2xx statuses;
 *   INPUT_TOO_LARGE when the body is, or says it will be, larger than `maxBytes`.
 */
export async function fetchUrl(url: string, opts: FetchOptions): Promise<FetchedBody> {
  if (!isUrl(url)) throw new LinkageError("FETCH_FAILED", "expected an http or https URL", url);
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { redirect: "follow", signal: controller.signal, headers: { accept: ACCEPT } });
    if (!response.ok) {
      await response.body?.cancel();
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
      throw new LinkageError("FETCH_FAILED", `expected a successful response, got HTTP ${status}`, url);
    }
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    if (declared > opts.maxBytes) {
      await response.body?.cancel();
      throw tooLarge(url, opts.maxBytes, `a Content-Length of ${declared} bytes`);
    }
    const bytes = await readBody(response, url, opts.maxBytes);
    return { bytes, contentType: response.headers.get("content-type"), finalUrl: response.url || url };
  } catch (err) {
    if (err instanceof LinkageError) throw err;
    // An abort is the timer's: the only signal linkage gives fetch is the time limit.
    const aborted = controller.signal.aborted;
    const message = aborted ? `no complete response within ${timeoutMs / 1000} s` : `could not fetch: ${reason(err)}`;
    throw new LinkageError("FETCH_FAILED", message, url, { cause: err });
  } finally {
    clearTimeout(timer);
  }
}

// Content-Length can be absent or wrong: count the bytes as they arrive.
async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes, "a longer response");
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks, total);
}

// undici reports "fetch failed" and puts the reason (ECONNREFUSED, ENOTFOUND, …) in `cause`.
function reason(err: unknown): string {
  const cause = err instanceof Error ? err.cause : undefined;
  if (cause instanceof Error) return cause.message;
  return err instanceof Error ? err.message : String(err);
}
