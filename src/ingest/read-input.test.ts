import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { readBuffer, readInput } from "./read-input.js";

const dir = mkdtempSync(join(tmpdir(), "linkage-read-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const LIMIT = { maxBytes: 10_000 };
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("readInput: formats", () => {
  it("reads plain text, Markdown and HTML by extension", async () => {
    expect(await readInput(file("a.txt", "Notes\n\nThe front split."), LIMIT)).toMatchObject({
      mediaType: "text/plain",
      title: "Notes",
      text: "Notes\n\nThe front split.",
    });
    expect((await readInput(file("b.md", "# Notes\n\nThe *front* split."), LIMIT)).text).toBe(
      "Notes\n\nThe front split.",
    );
    expect((await readInput(file("c.htm", "<p>The front split.</p>"), LIMIT)).mediaType).toBe("text/html");
  });

  it("lets the content decide: a saved web page named .txt is HTML", async () => {
    const page = "<!DOCTYPE html><html><head><title>Saved</title></head><body><p>The front split.</p></body></html>";
    expect(await readInput(file("saved.txt", page), LIMIT)).toMatchObject({ mediaType: "text/html", title: "Saved" });
  });

  it("recognises a PDF by its magic bytes whatever its name", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage().drawText("The front split in 2004.", { x: 50, y: 700, size: 12, font });
    const doc = await readInput(file("report.bin", await pdf.save()), LIMIT);
    expect(doc).toMatchObject({ mediaType: "application/pdf", text: "The front split in 2004." });
  });
});

describe("readInput: errors name the file and say what was expected", () => {
  const rejects = (input: string | Promise<unknown>, code: string, message: RegExp) =>
    expect(typeof input === "string" ? readInput(input, LIMIT) : input).rejects.toMatchObject({
      code,
      message: expect.stringMatching(message),
    });

  it("INPUT_NOT_FOUND for a missing file", () =>
    rejects(join(dir, "missing.txt"), "INPUT_NOT_FOUND", /missing\.txt: no such file/));

  it("INPUT_UNREADABLE for a directory", () => rejects(dir, "INPUT_UNREADABLE", /expected a file, found a directory/));

  it("INPUT_EMPTY for an empty or whitespace-only file", async () => {
    await rejects(file("empty.txt", ""), "INPUT_EMPTY", /empty\.txt: expected a document, found an empty file/);
    await rejects(file("blank.txt", " \n\t\n"), "INPUT_EMPTY", /found only whitespace/);
  });

  it("INPUT_BINARY for binary content", () =>
    rejects(
      file("image.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      "INPUT_BINARY",
      /binary content, not a document/,
    ));

  it("INPUT_TOO_LARGE before reading, from the file's size", () =>
    rejects(file("big.txt", "x".repeat(10_001)), "INPUT_TOO_LARGE", /expected at most 10000 bytes, found 10001 bytes/));

  it("INPUT_MALFORMED for a .pdf that is not a PDF", async () => {
    await rejects(
      file("report.pdf", "<!DOCTYPE html><html><body>Sign in</body></html>"),
      "INPUT_MALFORMED",
      /report\.pdf: expected a PDF, found HTML/,
    );
    await rejects(file("notes.pdf", "Just some notes."), "INPUT_MALFORMED", /expected a PDF, found plain text/);
  });

  it("readBuffer applies the same checks to uploaded bytes", async () => {
    await rejects(readBuffer(bytes("x".repeat(20)), "upload.txt", { maxBytes: 10 }), "INPUT_TOO_LARGE", /upload\.txt/);
    await rejects(readBuffer(new Uint8Array(0), "upload.txt", LIMIT), "INPUT_EMPTY", /upload\.txt/);
    await rejects(
      readBuffer(bytes("<html><body>Sign in</body></html>"), "upload", { ...LIMIT, contentType: "application/pdf" }),
      "INPUT_MALFORMED",
      /expected a PDF, found HTML/,
    );
  });
});

describe("readBuffer", () => {
  it("uses the Content-Type to choose between text formats", async () => {
    const doc = await readBuffer(bytes("# Title\n\nBody."), "upload", { ...LIMIT, contentType: "text/markdown" });
    expect(doc).toMatchObject({ mediaType: "text/markdown", title: "Title", text: "Title\n\nBody.", source: "upload" });
  });

  it("decodes UTF-16 with a BOM and Windows-1252 before choosing the format", async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("<p>Hi</p>", "utf16le")]);
    expect((await readBuffer(utf16, "u16.html", LIMIT)).text).toBe("Hi");
    expect((await readBuffer(new Uint8Array([0x93, 0x48, 0x69, 0x94]), "w.txt", LIMIT)).text).toBe("“Hi”");
  });

  it("reads a single line of a million characters", async () => {
    const line = "word ".repeat(200_000);
    const doc = await readBuffer(bytes(line), "one-line.txt", { maxBytes: 2_000_000 });
    expect(doc).toMatchObject({ text: line, title: null, mediaType: "text/plain" });
  });
});
