/**
 * HTML pages: the article's text, found by Mozilla's Readability (the engine of Firefox's reader
 * view), with the page's own metadata. Pages Readability cannot handle, or finds nothing in,
 * fall back to the whole body's text. Nothing in the page is ever executed.
 */
import { Readability } from "@mozilla/readability";
import { LinkageError } from "../errors.js";
import type { DocumentInput } from "../types.js";
import { estimateNesting, measureTree, parseHtmlDocument, removeNonContent } from "./html-dom.js";
import { clean, htmlMetadata } from "./html-meta.js";
import { blockText } from "./html-text.js";
import { findPageDate, topLines } from "./page-date.js";

/**
 * Readability recurses once per level of nesting and slows down with the square of the depth
 * (about 3 s at 400 levels, a stack overflow at 10,000). Real articles nest a few dozen levels.
 */
const READABILITY_MAX_DEPTH = 150;
/** Readability's own guard against huge pages: it throws past this many elements. */
const READABILITY_MAX_ELEMENTS = 100_000;
/** A page's dateline can sit below its navigation: look further down than in plain text. */
const PAGE_DATE_LINES = 40;
const PAGE_DATE_CHARS = 8000;

/** Past this depth a page is an attack or a broken generator, not an article (see estimateNesting). */
const MAX_NESTING = 20_000;

/**
 * Read a decoded HTML document.
 * @throws LinkageError INPUT_MALFORMED when elements nest absurdly deep; INPUT_EMPTY without text.
 */
export function readHtml(html: string, source: string): DocumentInput {
  const nesting = estimateNesting(html);
  if (nesting > MAX_NESTING) {
    throw new LinkageError(
      "INPUT_MALFORMED",
      `expected HTML nested at most ${MAX_NESTING} levels deep, found ${nesting}`,
      source,
    );
  }
  const document = parseHtmlDocument(html);
  const meta = htmlMetadata(document);
  removeNonContent(document);
  // The whole page's text, taken before Readability rearranges the DOM: the fallback text, and
  // where a blog's "Archive | August, 2015" heading is found, outside the article.
  const pageText = blockText(document.body);
  const article = mainContent(document);
  const text = article?.text ?? pageText;
  if (!/\S/.test(text)) throw new LinkageError("INPUT_EMPTY", "expected a page with text, found none", source);
  return {
    text,
    title: meta.title,
    published: meta.published ?? findPageDate(topLines(pageText, PAGE_DATE_LINES, PAGE_DATE_CHARS)).published,
    author: meta.author ?? article?.byline ?? null,
    source,
    mediaType: "text/html",
  };
}

/** The article's text and byline according to Readability, or null when it has none. */
function mainContent(document: Document): { text: string; byline: string | null } | null {
  const { depth, elements } = measureTree(document.body);
  if (depth > READABILITY_MAX_DEPTH || elements > READABILITY_MAX_ELEMENTS) return null;
  let content: Element | null | undefined;
  let byline: string | null | undefined;
  try {
    const article = new Readability<Element>(document, {
      serializer: (node) => node as Element,
      maxElemsToParse: READABILITY_MAX_ELEMENTS,
    }).parse();
    content = article?.content;
    byline = article?.byline;
  } catch {
    // Readability throws on pages it cannot handle; the body's text is still good.
    return null;
  }
  const text = content ? blockText(content) : "";
  return /\S/.test(text) ? { text, byline: clean(byline) } : null;
}
