import { describe, expect, it } from "vitest";
import { decodeText, looksBinary } from "./decode-text.js";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian); // the BOM, written in the file's own byte order
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe("decodeText", () => {
  it("reads UTF-8 and strips its BOM", () => {
    expect(decodeText(utf8("\ufeffal-Qa`ida — ‘the base’"), "a.txt")).toBe("al-Qa`ida — ‘the base’");
  });

  it("reads UTF-16 LE and BE with a BOM, though their bytes hold NULs", () => {
    const text = "The Front’s leader\r\nspoke.";
    expect(decodeText(utf16(text, true), "le.txt")).toBe("The Front’s leader\nspoke.");
    expect(decodeText(utf16(text, false), "be.txt")).toBe("The Front’s leader\nspoke.");
  });

  it("reads UTF-16 without a BOM from where its NULs fall, and still refuses binary with NULs", () => {
    const text = "The Front’s leader spoke in 2014.";
    expect(decodeText(utf16(text, true).subarray(2), "le.txt")).toBe(text);
    expect(decodeText(utf16(text, false).subarray(2), "be.txt")).toBe(text);
    const binary = new Uint8Array(64).map((_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26)));
    expect(() => decodeText(binary, "blob.bin")).toThrow("blob.bin: binary content, not a document");
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8 (smart quotes 0x93 0x94)", () => {
    const bytes = new Uint8Array([0x93, ...utf8("the base"), 0x94, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    expect(decodeText(bytes, "cp1252.txt")).toBe("“the base” – café");
  });

  it("prefers a declared charset over Windows-1252 when UTF-8 fails", () => {
    // "سلام" in Windows-1256
    const bytes = new Uint8Array([0xd3, 0xe1, 0xc7, 0xe3]);
    expect(decodeText(bytes, "ar.html", "windows-1256")).toBe("سلام");
    expect(decodeText(bytes, "ar.html", "no-such-charset")).toBe("ÓáÇã");
  });

  it("turns \\r\\n and lone \\r into \\n and changes nothing else", () => {
    expect(decodeText(utf8("a\r\nb\rc\n\n  d\t"), "n.txt")).toBe("a\nb\nc\n\n  d\t");
  });

  it("refuses NUL bytes and control-character noise as binary", () => {
    const err = { code: "INPUT_BINARY", input: "x.bin", message: "x.bin: binary content, not a document" };
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), "x.bin")).toThrow(
      expect.objectContaining(err),
    );
    const noise = Uint8Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x61));
    expect(() => decodeText(noise, "x.bin")).toThrow(expect.objectContaining(err));
  });
});

describe("looksBinary", () => {
  it("allows tabs and form feeds, which plain-text reports use", () => {
    expect(looksBinary("Chapter 1\f\tThe front formed.\n")).toBe(false);
  });
});
