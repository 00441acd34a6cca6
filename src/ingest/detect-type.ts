/**
 * What kind of document some bytes are. The content decides first, because names and headers
 * lie (a ".txt" that is a saved web page, a server that calls everything text/plain); the
 * declared media type and the file extension decide only between the text formats.
 */
import { extname } from "node:path";

/** The formats linkage reads. */
export type DocumentKind = "pdf" | "html" | "markdown" | "text";

const EXTENSIONS: Readonly<Record<string, DocumentKind>> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".pdf": "pdf",
};

const DECLARED_TYPES: Readonly<Record<string, DocumentKind>> = {
  "application/pdf": "pdf",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
};

// Servers send these for anything; they say nothing about the format.
const GENERIC_TYPES = new Set(["text/plain", "application/octet-stream", "binary/octet-stream"]);

/** How much of the start of a document is looked at to recognise HTML. */
const SNIFF_CHARS = 64 * 1024;
// A page starts with a doctype, <html>, <head> or <body> (after any XML declaration and comments).
const HTML_START = /^<(?:!doctype\s+html|html|head|body)\b/i;
// Tags that only HTML uses; Markdown and prose rarely hold more than a few.
const HTML_TAG =
  /<\/?(?:p|div|span|a|br|table|tr|td|ul|ol|li|h[1-6]|em|strong|b|i|article|section|meta|link|img|script|style)\b[^<>]{0,500}>/gi;
/** "Strong tag density": at least this many tags, and one per this many characters. */
const MIN_HTML_TAGS = 6;
const CHARS_PER_TAG = 1000;

/** True when the bytes are a PDF: "%PDF-" within the first kilobyte, as PDF readers accept. */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024));
  return head.indexOf("%PDF-") !== -1;
}

/** True when decoded text is an HTML page, or a fragment dense with HTML tags. */
export function looksLikeHtml(text: string): boolean {
  const sample = text.slice(0, SNIFF_CHARS);
  if (HTML_START.test(skipPreamble(sample))) return true;
  const tags = sample.match(HTML_TAG)?.length ?? 0;
  return tags >= MIN_HTML_TAGS && tags * CHARS_PER_TAG >= sample.length;
}

// Skipped with indexOf rather than one regex: a regex over "<!----><!---->…" can backtrack for ever.
function skipPreamble(text: string): string {
  let rest = text.trimStart();
  for (;;) {
    const close = rest.startsWith("<!--") ? "-->" : rest.startsWith("<?xml") ? "?>" : "";
    const end = close ? rest.indexOf(close) : -1;
    if (end === -1) return rest;
    rest = rest.slice(end + close.length).trimStart();
  }
}

/** The kind a file name or URL's extension announces, if any. */
export function kindFromName(name: string): DocumentKind | null {
  let path = name;
  if (/^https?:\/\//i.test(name)) {
    try {
      path = new URL(name).pathname;
    } catch {
      // An unparseable URL has no usable extension.
      return null;
    }
  }
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

/** The kind a media type announces ("text/html; charset=utf-8"), unless it is a generic one. */
export function kindFromMediaType(mediaType: string | null | undefined): DocumentKind | null {
  const essence = mediaType?.split(";")[0].trim().toLowerCase();
  if (!essence || GENERIC_TYPES.has(essence)) return null;
  return DECLARED_TYPES[essence] ?? null;
}

/** The charset parameter of a media type: "text/html; charset=windows-1256" → "windows-1256". */
export function charsetOf(mediaType: string | null | undefined): string | null {
  return /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(mediaType ?? "")?.[1] ?? null;
}

/** The charset an HTML page declares in its <meta>, read from its first bytes. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString("latin1");
  return /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/** What a text document is, for errors: "expected a PDF, found HTML". */
export function describeKind(kind: DocumentKind): string {
  return { pdf: "a PDF", html: "HTML", markdown: "Markdown", text: "plain text" }[kind];
}
