import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "./front-matter.js";
import { markdownToText, readMarkdown } from "./markdown.js";
import { stripInline } from "./markdown-inline.js";

describe("readMarkdown", () => {
  it("strips markup and keeps paragraphs a blank line apart", () => {
    const md = [
      "# The Hill Alliance",
      "Founded by **two** _militias_ in [the north](https://example.org/north_(region)).",
      "",
      "",
      "![a map](map.png)",
      "## Leaders ##",
      "- First *commander*",
      "- Second `commander`",
      "",
      "> Quoted from a statement.",
      "",
      "```",
      "raw line",
      "```",
      "---",
      "Setext Heading",
      "--------------",
      "Last words.",
    ].join("\n");
    const doc = readMarkdown(md, "hill.md");
    expect(doc.text).toBe(
      [
        "The Hill Alliance",
        "Founded by two militias in the north.",
        "Leaders",
        "First commander\nSecond commander",
        "Quoted from a statement.",
        "raw line",
        "Setext Heading",
        "Last words.",
      ].join("\n\n"),
    );
    expect(doc.title).toBe("The Hill Alliance");
    expect(doc.mediaType).toBe("text/markdown");
  });

  it("reads title, date and author from front matter", () => {
    const md =
      '---\ntitle: "The Hill Alliance: A Profile"\ndate: 2016-04-02 10:00:00 +0000\nauthor: [Ann Lee, Bo Chen]\n---\n# Other\n\nBody.\n';
    const doc = readMarkdown(md, "profile.md");
    expect(doc).toMatchObject({
      title: "The Hill Alliance: A Profile",
      published: "2016-04-02",
      author: "Ann Lee, Bo Chen",
      text: "Other\n\nBody.",
    });
  });

  it("falls back to the first line and a dateline without a # heading", () => {
    const doc = readMarkdown("A Short Profile\n\nMarch 3, 2012\n\nThe group formed.\n", "p.md");
    expect(doc).toMatchObject({ title: "A Short Profile", published: "2012-03-03" });
  });
});

describe("stripInline", () => {
  it("keeps escaped characters and snake_case words", () => {
    expect(stripInline("a \\*literal\\* star and some_snake_case")).toBe("a *literal* star and some_snake_case");
  });

  it("removes reference links, footnotes, autolinks and HTML tags", () => {
    expect(stripInline("See [the report][r1][^2] at <https://example.org> and<br/> <sup>x</sup>")).toBe(
      "See the report at https://example.org and x",
    );
  });

  it("takes linear time on a hostile million-character line", () => {
    const started = Date.now();
    const line = `${"[".repeat(300_000)}${"*a".repeat(200_000)}${"_".repeat(300_000)}`;
    expect(stripInline(line).length).toBeGreaterThan(0);
    expect(markdownToText(`# ${"#".repeat(1_000_000)}x`).text.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("parseFrontMatter", () => {
  it("leaves a document that merely opens with a rule alone", () => {
    const md = "---\nThe front was formed in a hurry, and it shows.\n---\nMore.";
    expect(parseFrontMatter(md)).toEqual({ fields: {}, body: md });
  });
});
