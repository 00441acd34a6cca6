import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { readPdf } from "./pdf.js";

/** A PDF with a text layer: one line of text per entry, one page per array. */
async function textPdf(pages: string[][], info: { title?: string; author?: string; created?: Date } = {}) {
  const pdf = await PDFDocument.create();
  if (info.title) pdf.setTitle(info.title);
  if (info.author) pdf.setAuthor(info.author);
  if (info.created) pdf.setCreationDate(info.created);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage();
    for (const [i, line] of lines.entries()) page.drawText(line, { x: 50, y: 700 - i * 20, size: 12, font });
  }
  return pdf.save();
}

describe("readPdf", () => {
  it("reads the text layer, page by page, with Title, Author and CreationDate", async () => {
    const bytes = await textPdf(
      [["The Valley Union and the Ridge Front", "signed a truce in the spring."], ["Page two."]],
      {
        title: "A Truce in the Valleys",
        author: "Ann Lee",
        created: new Date("2019-03-04T05:06:07Z"),
      },
    );
    const doc = await readPdf(bytes, "truce.pdf");
    expect(doc).toEqual({
      text: "The Valley Union and the Ridge Front\nsigned a truce in the spring.\n\nPage two.",
      title: "A Truce in the Valleys",
      published: "2019-03-04",
      author: "Ann Lee",
      source: "truce.pdf",
      mediaType: "application/pdf",
    });
  });

  it("takes the title from the first line when the PDF has no Title", async () => {
    const doc = await readPdf(await textPdf([["A Short Report", "The front was formed in 2001."]]), "r.pdf");
    expect(doc.title).toBe("A Short Report");
  });

  it("refuses a PDF without a text layer", async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawRectangle({ x: 50, y: 50, width: 200, height: 100, color: rgb(0.2, 0.2, 0.2) });
    await expect(readPdf(await pdf.save(), "scan.pdf")).rejects.toMatchObject({
      code: "INPUT_UNREADABLE",
      input: "scan.pdf",
      message: expect.stringContaining("PDF has no text layer"),
    });
  });

  it("refuses a malformed PDF", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.7\nthis is not a PDF body at all\n%%EOF\n");
    await expect(readPdf(bytes, "broken.pdf")).rejects.toMatchObject({ code: "INPUT_MALFORMED", input: "broken.pdf" });
  });

  it("refuses a truncated PDF", async () => {
    const bytes = await textPdf([["Some text here."]]);
    await expect(readPdf(bytes.slice(0, 200), "cut.pdf")).rejects.toMatchObject({ code: "INPUT_MALFORMED" });
  });
});
