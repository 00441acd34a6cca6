/**
 * PDFs: the text layer, page by page, through PDF.js (via unpdf). Scanned PDFs have no text layer
 * and are refused rather than read as empty; OCR is not linkage's job.
 */
import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { LinkageError } from "../errors.js";
import type { DocumentInput } from "../types.js";
import { normalizeNewlines } from "./decode-text.js";
import { toIsoDate } from "./iso-date.js";
import { textMetadata } from "./plain-text.js";

// Titles word processors write on their own: "Microsoft Word - report.docx", "untitled".
const TOOL_TITLE = /^(?:microsoft \w+ - |untitled\b)|\.(?:docx?|odt|rtf|indd|pdf)$/i;
type PdfProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

/** Read a PDF's text and its Title, Author and CreationDate. */
export async function readPdf(bytes: Uint8Array, source: string): Promise<DocumentInput> {
  const pdf = await openPdf(bytes, source);
  try {
    const pages = await readPages(pdf, source);
    // Pages are paragraphs apart, so no sentence runs from one page's foot into the next's head.
    const text = normalizeNewlines(pages.join("\n\n"));
    if (!/\S/.test(text)) {
      throw new LinkageError(
        "INPUT_UNREADABLE",
        "PDF has no text layer (a scanned image?); expected selectable text",
        source,
      );
    }
    const info = await readInfo(pdf);
    const fromText = textMetadata(text);
    const title = cleanTitle(info.Title);
    return {
      text,
      title: title ?? fromText.title,
      published: toIsoDate(stringOrNull(info.CreationDate)) ?? fromText.published,
      author: stringOrNull(info.Author),
      source,
      mediaType: "application/pdf",
    };
  } finally {
    await pdf.destroy();
  }
}

async function openPdf(bytes: Uint8Array, source: string): Promise<PdfProxy> {
  try {
    // A copy: PDF.js takes ownership of the buffer it is given. isEvalSupported: false keeps PDF.js
    // from compiling font code with `new Function` (CVE-2024-4367); verbosity 0 keeps it quiet.
    return await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
  } catch (err) {
    throw pdfError(err, source);
  }
}

async function readPages(pdf: PdfProxy, source: string): Promise<string[]> {
  try {
    return (await extractText(pdf, { mergePages: false })).text;
  } catch (err) {
    throw pdfError(err, source);
  }
}

async function readInfo(pdf: PdfProxy): Promise<Record<string, unknown>> {
  try {
    return (await getMeta(pdf)).info ?? {};
  } catch {
    // Broken metadata does not make the text unreadable.
    return {};
  }
}

function pdfError(err: unknown, source: string): LinkageError {
  // PDF.js rejects with its own exception objects: { name: "InvalidPDFException", message }.
  const { name, message: detail = String(err) } = (typeof err === "object" && err !== null ? err : {}) as {
    name?: string;
    message?: string;
  };
  if (name === "PasswordException") {
    return new LinkageError("INPUT_UNREADABLE", "PDF is password-protected; expected an open PDF", source, {
      cause: err,
    });
  }
  return new LinkageError("INPUT_MALFORMED", `malformed PDF: ${detail}`, source, { cause: err });
}

function cleanTitle(value: unknown): string | null {
  const title = stringOrNull(value);
  return title && !TOOL_TITLE.test(title) ? title : null;
}

function stringOrNull(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, " ").trim();
  return text || null;
}
