/**
 * Bytes to text. Documents arrive in whatever encoding their author's tools wrote: UTF-8 (with or
 * without a BOM), UTF-16 with a BOM from Windows tools, and Windows-1252 from older sites and word
 * processors. Anything that is not text is refused here, before a parser sees it.
 */
import { LinkageError } from "../errors.js";
import { decodeWindows1252, isWindows1252Label } from "./windows-1252.js";

/** Above this share of control characters, the bytes are not prose in any encoding. */
const MAX_CONTROL_SHARE = 0.05;

/**
 * Decode a document's bytes: a BOM decides; else strict UTF-8; else the charset the source
 * declared (HTTP header, <meta charset>); else Windows-1252, which never fails and is what
 * mis-labelled Western text almost always is. Newlines become "\n"; nothing else changes.
 * @throws LinkageError INPUT_BINARY when the result is not text.
 */
export function decodeText(bytes: Uint8Array, name: string, declaredCharset?: string | null): string {
  const text = normalizeNewlines(decodeBytes(bytes, declaredCharset));
  if (looksBinary(text)) throw new LinkageError("INPUT_BINARY", "binary content, not a document", name);
  return text;
}

function decodeBytes(bytes: Uint8Array, declaredCharset?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith("utf-8", bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith("utf-16be", bytes.subarray(2));
  const utf16 = bomlessUtf16(bytes);
  if (utf16) {
    const text = tryDecode(utf16, bytes);
    if (text !== null) return text;
  }
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) return utf8;
  const declared = declaredCharset?.trim().toLowerCase();
  if (declared && !/^utf-?8$/.test(declared) && !isWindows1252Label(declared)) {
    const text = tryDecode(declared, bytes);
    if (text !== null) return text;
  }
  return decodeWindows1252(bytes);
}

/** How much of the start is looked at to recognise UTF-16 without a BOM. */
const UTF16_SNIFF_BYTES = 4096;

/**
 * UTF-16 written without a BOM, recognised by its NULs: Latin text in UTF-16 has a NUL in every
 * other byte (the odd ones in little-endian, the even ones in big-endian), where binary data has
 * them anywhere. Without this, such a file would be refused as binary.
 */
function bomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  // Most pairs hold a NUL, all on one side: ASCII-range text, one byte order.
  if (odd >= pairs * 0.5 && even === 0) return "utf-16le";
  if (even >= pairs * 0.5 && odd === 0) return "utf-16be";
  return null;
}

// Strict decoding: a byte sequence that is not valid in the encoding is a reason to try another.
function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Invalid bytes for this encoding, or an encoding this Node does not know.
    return null;
  }
}

function decodeWith(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
}

/** "\r\n" and lone "\r" (old Mac files) become "\n", so every reader sees one kind of line. */
export function normalizeNewlines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/**
 * NUL never occurs in text; other control characters (besides tab, newline, form feed and
 * vertical tab, which plain-text reports do use) occur in text only as stray bytes.
 */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c) || c === 0x7f) controls++;
  }
  return controls > text.length * MAX_CONTROL_SHARE;
}
