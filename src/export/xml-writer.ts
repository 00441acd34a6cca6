/**
 * A small XML writer for GEXF and GraphML. It exists because a general builder leaves tabs and
 * line breaks raw inside attribute values, where every XML parser turns them into spaces: an
 * evidence sentence cut from a PDF would come back changed. Here they are written as character
 * references, as is a carriage return in text, so what a parser reads is what the store holds.
 */

/** An element: name, attributes (null and undefined ones left out), and child elements or text. */
export interface XmlElement {
  name: string;
  attrs?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  children?: readonly XmlElement[];
  text?: string;
}

// Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF):
// documents are hostile, so these become U+FFFD rather than making the file unreadable.
// biome-ignore lint/suspicious/noControlCharactersInRegex: naming the control characters XML allows is the point.
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const TEXT_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#xD;" };
const ATTR_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '"': "&quot;",
  "\t": "&#x9;",
  "\n": "&#xA;",
};

/** Text as XML character data. */
export function escapeText(value: string): string {
  return value.replace(NOT_XML, "\ufffd").replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** Text as a double-quoted attribute value. */
export function escapeAttr(value: string): string {
  return value.replace(NOT_XML, "\ufffd").replace(/[&<>"\r\t\n]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

/** A whole document: the XML declaration, then `root` indented by two spaces per level. */
export function xmlDocument(root: XmlElement): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, lines);
  return `${lines.join("\n")}\n`;
}

function write(el: XmlElement, depth: number, lines: string[]): void {
  const indent = "  ".repeat(depth);
  const attrs = Object.entries(el.attrs ?? {})
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join("");
  const children = el.children ?? [];
  if (el.text !== undefined) {
    lines.push(`${indent}<${el.name}${attrs}>${escapeText(el.text)}</${el.name}>`);
  } else if (children.length === 0) {
    lines.push(`${indent}<${el.name}${attrs}/>`);
  } else {
    lines.push(`${indent}<${el.name}${attrs}>`);
    for (const child of children) write(child, depth + 1, lines);
    lines.push(`${indent}</${el.name}>`);
  }
}
