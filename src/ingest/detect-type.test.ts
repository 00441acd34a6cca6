import { describe, expect, it } from "vitest";
import { charsetOf, isPdf, kindFromMediaType, kindFromName, looksLikeHtml, metaCharset } from "./detect-type.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("looksLikeHtml", () => {
  it.each([
    "<!DOCTYPE html><p>x</p>",
    "  <html lang='en'>",
    "<?xml version='1.0'?>\n<!-- saved -->\n<html>",
    "<head><title>x</title></head>",
    "<BODY>text</BODY>",
  ])("recognises a page starting %j", (text) => {
    expect(looksLikeHtml(text)).toBe(true);
  });

  it("recognises a fragment dense with tags, not prose or Markdown with a few", () => {
    expect(looksLikeHtml("<div><p>One.</p><p>Two.</p><ul><li>a</li></ul></div>")).toBe(true);
    expect(looksLikeHtml(`The <b>front</b> split.${" More prose.".repeat(200)}<br>`)).toBe(false);
    expect(looksLikeHtml("# Title\n\nSome *Markdown* text with a <br> in it.")).toBe(false);
  });

  it("does not hang on a page of empty comments", () => {
    const started = Date.now();
    expect(looksLikeHtml(`${"<!---->".repeat(100_000)}x`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("kind from names and media types", () => {
  it("reads extensions of paths and URLs", () => {
    expect(kindFromName("dir/Report.PDF")).toBe("pdf");
    expect(kindFromName("notes.markdown")).toBe("markdown");
    expect(kindFromName("https://example.org/a/post.htm?x=1")).toBe("html");
    expect(kindFromName("https://example.org/a/")).toBeNull();
    expect(kindFromName("data.csv")).toBeNull();
  });

  it("ignores generic media types, so the extension can decide", () => {
    expect(kindFromMediaType("text/html; charset=UTF-8")).toBe("html");
    expect(kindFromMediaType("text/plain")).toBeNull();
    expect(kindFromMediaType("application/octet-stream")).toBeNull();
    expect(charsetOf('text/html; charset="windows-1256"')).toBe("windows-1256");
  });
});

describe("byte-level sniffing", () => {
  it("finds the PDF header and a <meta charset>", () => {
    expect(isPdf(bytes("%PDF-1.7\n"))).toBe(true);
    expect(isPdf(bytes("PDF-1.7"))).toBe(false);
    expect(metaCharset(bytes('<html><head><meta charset="windows-1256">'))).toBe("windows-1256");
    expect(metaCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'))).toBe("koi8-r");
  });
});
