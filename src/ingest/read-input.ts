/**
 * The way in: a file path, a URL or uploaded bytes become a DocumentInput. The content decides
 * the format (a PDF is a PDF whatever its name); the declared type and the extension only choose
 * between the text formats, or raise "expected a PDF, found HTML" when they promised a PDF.
 */
import { LinkageError } from "../errors.js";
import type { DocumentInput } from "../types.js";
import { decodeText } from "./decode-text.js";
import {
  charsetOf,
  describeKind,
  isPdf,
  kindFromMediaType,
  kindFromName,
  looksLikeHtml,
  metaCharset,
} from "./detect-type.js";
import { fetchUrl, isUrl } from "./fetch-url.js";
import { readHtml } from "./html.js";
import { readMarkdown } from "./markdown.js";
import { readPdf } from "./pdf.js";
import { readPlainText } from "./plain-text.js";
import { readFileLimited, tooLarge } from "./read-file.js";

/** Limits for reading one input. */
export interface ReadOptions {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
}

/** readBuffer also takes what the bytes were declared to be. */
export interface BufferReadOptions extends ReadOptions {
  /** The Content-Type the bytes came with (HTTP response, upload), e.g. "text/html; charset=windows-1256". */
  contentType?: string | null;
}

/**
 * Read a file or an http(s) URL into a document; `source` is the path or URL as given.
 * @throws LinkageError naming the input: INPUT_NOT_FOUND, INPUT_UNREADABLE, INPUT_EMPTY,
 *   INPUT_BINARY, INPUT_TOO_LARGE, INPUT_MALFORMED or FETCH_FAILED.
 */
export async function readInput(input: string, opts: ReadOptions): Promise<DocumentInput> {
  if (isUrl(input)) {
    const { bytes, contentType } = await fetchUrl(input, opts);
    return readBuffer(bytes, input, { ...opts, contentType });
  }
  return readBuffer(await readFileLimited(input, opts.maxBytes), input, opts);
}

/**
 * Read a document from bytes. `name` (a file name or URL) is the document's source, names it in
 * errors and, through its extension, tells Markdown from plain text.
 * @throws LinkageError as readInput does, except INPUT_NOT_FOUND and FETCH_FAILED.
 */
export async function readBuffer(bytes: Uint8Array, name: string, opts: BufferReadOptions): Promise<DocumentInput> {
  if (bytes.length > opts.maxBytes) throw tooLarge(name, opts.maxBytes, `${bytes.length} bytes`);
  if (bytes.length === 0) throw new LinkageError("INPUT_EMPTY", "expected a document, found an empty file", name);
  if (isPdf(bytes)) return readPdf(bytes, name);
  // A declared Content-Type wins over the extension, unless it is a generic one (text/plain).
  const declared = kindFromMediaType(opts.contentType) ?? kindFromName(name);
  if (declared === "pdf")
    throw new LinkageError("INPUT_MALFORMED", `expected a PDF, found ${describeBytes(bytes, name)}`, name);
  const text = decodeText(bytes, name, charsetOf(opts.contentType) ?? metaCharset(bytes));
  if (!/\S/.test(text)) throw new LinkageError("INPUT_EMPTY", "expected a document, found only whitespace", name);
  if (looksLikeHtml(text) || declared === "html") return readHtml(text, name);
  if (declared === "markdown") return readMarkdown(text, name);
  return readPlainText(text, name);
}

// What a file that should have been a PDF is instead, for the error message.
function describeBytes(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    text = decodeText(bytes, name);
  } catch {
    // decodeText refuses binary content; that is the answer here.
    return "binary content";
  }
  if (!/\S/.test(text)) return "only whitespace";
  return describeKind(looksLikeHtml(text) ? "html" : "text");
}
