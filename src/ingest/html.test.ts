import { describe, expect, it } from "vitest";
import { readHtml } from "./html.js";

const ARTICLE_PAGE = `<!DOCTYPE html>
<html><head><title>Hill Notes</title>
<script>globalThis.__ran = true; document.write("<p>injected</p>")</script>
<style>p { color: red }</style></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav>
<article>
  <h1>The Hill Alliance</h1>
  <p>The Hill Alliance was formed in 2009 by two militias from the northern valleys, after a
     long period of rivalry over the mountain roads.</p>
  <p>Its first commander, a former teacher, led it until 2012. He was succeeded by his deputy,
     who moved the group closer to the River Front.</p>
  <ul><li>Founded in 2009</li><li>Split in 2014</li></ul>
  <blockquote><p>We are one people, the commander said in a statement.</p></blockquote>
  <noscript>Enable JavaScript</noscript><template><p>template text</p></template>
  <p>Line one<br>line two &amp; more.</p>
</article>
<footer>Copyright 2016</footer>
</body></html>`;

describe("readHtml", () => {
  it("reads the article as paragraphs a blank line apart, without page chrome", () => {
    const doc = readHtml(ARTICLE_PAGE, "hill.html");
    expect(doc.text.split("\n\n")).toEqual([
      "The Hill Alliance",
      expect.stringMatching(/^The Hill Alliance was formed in 2009 .* mountain roads\.$/),
      expect.stringMatching(/^Its first commander, .* River Front\.$/),
      "Founded in 2009",
      "Split in 2014",
      "We are one people, the commander said in a statement.",
      "Line one\nline two & more.",
    ]);
    expect(doc.text).not.toMatch(/Home|About|Copyright/);
    expect(doc.mediaType).toBe("text/html");
  });

  it("never runs scripts and drops script, style, noscript and template content", () => {
    const doc = readHtml(ARTICLE_PAGE, "hill.html");
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
    expect(doc.text).not.toMatch(/injected|color|Enable JavaScript|template text/);
  });

  it("reads a fragment without <html> or <body>", () => {
    const doc = readHtml("<p>One short paragraph.</p><p>And <b>another</b> one.</p>", "fragment.html");
    expect(doc.text).toBe("One short paragraph.\n\nAnd another one.");
  });

  it("falls back to the body's text when Readability finds no article", () => {
    const doc = readHtml("<html><body><div>Only a caption</div><div>and a second</div></body></html>", "bare.html");
    expect(doc.text).toBe("Only a caption\n\nand a second");
  });

  it("keeps <pre> line breaks and puts table cells on one line", () => {
    const html = "<body><pre>col a\n  col b</pre><table><tr><td>Front</td><td>2009</td></tr></table></body>";
    expect(readHtml(html, "t.html").text).toBe("col a\ncol b\n\nFront 2009");
  });

  it("refuses a page with no text", () => {
    expect(() => readHtml("<html><body><script>x()</script><img src=a.png></body></html>", "empty.html")).toThrow(
      expect.objectContaining({ code: "INPUT_EMPTY", input: "empty.html" }),
    );
  });

  it("survives 10,000 nested <div>s", () => {
    const depth = 10_000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>Deep inside.</p>${"</div>".repeat(depth)}</body></html>`;
    expect(readHtml(html, "deep.html").text).toBe("Deep inside.");
  });

  it("refuses, rather than parses for minutes, elements nested 100,000 deep", () => {
    const started = Date.now();
    const html = `<html><body>${"<div><b>".repeat(50_000)}text</body></html>`;
    expect(() => readHtml(html, "bomb.html")).toThrow(
      expect.objectContaining({ code: "INPUT_MALFORMED", message: expect.stringContaining("found 100002") }),
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("survives a paragraph of a million characters", () => {
    const long = "word ".repeat(200_000);
    const doc = readHtml(`<html><body><p>${long}</p></body></html>`, "long.html");
    expect(doc.text).toBe(long.trim());
  });
});
