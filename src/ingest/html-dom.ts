/**
 * HTML parsed into an inert DOM. linkedom builds the tree without running anything: no scripts,
 * no styles, no network. It does not build the implied <html>/<head>/<body> of the HTML standard,
 * so fragments and sloppy pages are rebuilt into that shape here, and everything that is not
 * readable content (script, style, noscript, template) is removed. Every walk over the tree keeps
 * its own stack: pages can nest thousands of levels deep.
 */
import { parseHTML } from "linkedom";

/** Elements whose content is never part of the text a reader sees. */
const NON_CONTENT = "script, style, noscript, template";
/** Elements that belong in <head> when a page leaves out its <head> tag. */
const HEAD_ELEMENTS = new Set(["title", "meta", "link", "base", "style", "script"]);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Parse HTML into a document that always has <html>, <head> and <body>. */
export function parseHtmlDocument(html: string): Document {
  const parsed = parseHTML(html).document as unknown as Document;
  const root = parsed.documentElement;
  // Checked on the children directly: linkedom's `document.body` getter would insert a <body>.
  if (root?.localName === "html" && Array.from(root.children).some((el) => el.localName === "body")) return parsed;
  const shell = parseHTML("<!DOCTYPE html><html><head></head><body></body></html>").document as unknown as Document;
  const tops = root?.localName === "html" ? Array.from(root.childNodes) : Array.from(parsed.childNodes);
  for (const node of tops) {
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (el.localName === "head" || el.localName === "body") {
        const target = el.localName === "head" ? shell.head : shell.body;
        for (const child of Array.from(el.childNodes)) target.appendChild(child);
      } else (HEAD_ELEMENTS.has(el.localName) && !shell.body.hasChildNodes() ? shell.head : shell.body).appendChild(el);
    } else if (node.nodeType === TEXT_NODE) shell.body.appendChild(node);
  }
  return shell;
}

/** Remove script, style, noscript and template elements (read JSON-LD before calling this). */
export function removeNonContent(document: Document): void {
  for (const el of Array.from(document.querySelectorAll(NON_CONTENT))) el.remove();
}

/** How deeply elements nest under `root` and how many there are, counted without recursion. */
export function measureTree(root: Element): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [el, level] = entry;
    elements++;
    if (level > depth) depth = level;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, level + 1]);
  }
  return { depth, elements };
}

// A start or end tag; "[^<>]*" stops at the next "<", so unclosed tags cannot make the scan quadratic.
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*>/g;
/** Elements that never nest: void elements, and those whose end tag pages usually leave out. */
const NON_NESTING = new Set(
  [
    "area base br col embed hr img input link meta param source track wbr",
    "p li dt dd tr td th option optgroup thead tbody tfoot colgroup rt rp",
  ]
    .join(" ")
    .split(" "),
);
/** Elements whose content is raw text, where "<div>" is not a tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp"]);

/**
 * How deeply a page's elements nest, estimated from its tags in one linear pass, before parsing.
 * The HTML parser under linkedom keeps its stack of open elements in an array it `unshift`s, so
 * parsing takes time in the square of the depth: 40,000 levels take 3 s, 200,000 a minute.
 */
export function estimateNesting(html: string): number {
  const tag = new RegExp(TAG.source, "g");
  let depth = 0;
  let deepest = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2].toLowerCase();
    if (NON_NESTING.has(name)) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, "gi");
      close.lastIndex = tag.lastIndex;
      tag.lastIndex = close.exec(html)?.index ?? html.length;
    } else if (!m[0].endsWith("/>")) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}
