import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readPlainText, textMetadata, titleFrom } from "./plain-text.js";

/** The shared corpus lives beside the repository; tests that need it skip when it is absent. */
function corpusFile(name: string): string {
  return fileURLToPath(new URL(`../../../shared/corpus/dev/${name}`, import.meta.url));
}

describe("readPlainText", () => {
  it("keeps the text exactly as given", () => {
    const text = "Ridge Front\n\nThe Ridge Front split from the Valley Union.  Two spaces stay.\n";
    const doc = readPlainText(text, "notes.txt");
    expect(doc).toEqual({
      text,
      title: "Ridge Front",
      published: null,
      author: null,
      source: "notes.txt",
      mediaType: "text/plain",
    });
  });

  it("reads title and date from a page captured from a blog archive", () => {
    const text =
      "Archive | May, 2017\n\nThe Coast Brigade Changes Its Leader\n\n9 May\n\n\nThe brigade named a new commander.\n";
    expect(textMetadata(text)).toEqual({ title: "The Coast Brigade Changes Its Leader", published: "2017-05-09" });
  });

  it("reads a dateline under the title", () => {
    const text = "Notes on the Delta Council\nPublished 2 February 2011\n\nThe council met twice.\n";
    expect(textMetadata(text)).toEqual({ title: "Notes on the Delta Council", published: "2011-02-02" });
  });

  it("gives no title when the text opens with a paragraph", () => {
    expect(textMetadata("The council met twice in the spring and once in the autumn.\n").title).toBeNull();
    expect(textMetadata(`${"word ".repeat(60)}\n`).title).toBeNull();
  });

  it("survives a line of a million characters", () => {
    const text = `${"a".repeat(1_000_000)}\nSecond line.`;
    const doc = readPlainText(text, "long.txt");
    expect(doc.text.length).toBe(text.length);
    expect(doc.title).toBeNull();
  });
});

describe("titleFrom", () => {
  it("accepts headings and question titles, refuses sentences", () => {
    expect(titleFrom("A Split in the Front: What Next?")).toBe("A Split in the Front: What Next?");
    expect(titleFrom("# Heading\u00a0with a no-break space")).toBe("Heading with a no-break space");
    expect(titleFrom("The front split.")).toBeNull();
    expect(titleFrom("1998")).toBeNull();
  });
});

describe("the development corpus", () => {
  const imu = corpusFile("imu-joins-is-2015.txt");
  it.skipIf(!existsSync(imu))("dates the captured blog page from its archive heading and day", () => {
    const doc = readPlainText(readFileSync(imu, "utf8"), imu);
    expect(doc.published).toBe("2015-08-11");
    expect(doc.title).toBe("The Islamic Movement of Uzbekistan Joins the Islamic State: A Loss for al-Qa`ida?");
  });

  const report = corpusFile("911-report-rise-of-al-qaeda.txt");
  it.skipIf(!existsSync(report))("takes the report's heading as its title and finds no date", () => {
    const doc = readPlainText(readFileSync(report, "utf8"), report);
    expect(doc.title).toBe("THE RISE OF BIN LADIN AND AL QAEDA (1988-1992)");
    expect(doc.published).toBeNull();
  });

  const wiki = corpusFile("wikipedia-hezbollah.txt");
  it.skipIf(!existsSync(wiki))("takes an encyclopedia section's heading as its title", () => {
    const doc = readPlainText(readFileSync(wiki, "utf8"), wiki);
    expect(doc.title).toBe("History");
    expect(doc.published).toBeNull();
  });
});
