/**
 * The text of a DOM subtree, laid out as a reader sees it: one block per paragraph, list item,
 * heading or quotation, blocks separated by a blank line, <br> as a line break. The walk keeps
 * its own stack instead of recursing, so 10,000 nested <div>s cannot overflow the call stack.
 */

/** Elements that start and end a block of text. */
const BLOCK_ELEMENTS = words(
  "address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure",
  "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody tfoot thead tr ul",
);
/** Elements with nothing a reader reads: code, embedded media, form controls. */
const SKIPPED_ELEMENTS = words(
  "script style noscript template head title svg math iframe object embed canvas audio video select textarea",
  "input button",
);
/** Table cells sit on one line, separated by a space. */
const CELL_ELEMENTS = new Set(["td", "th"]);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// HTML's own whitespace; a no-break space is content and stays.
const HTML_SPACE = /[ \t\n\r\f]+/g;

function words(...lines: string[]): ReadonlySet<string> {
  return new Set(lines.join(" ").split(" "));
}

/** Marks where an element's children end on the walk's stack. */
class Leave {
  constructor(readonly element: Element) {}
}

/** The readable text under `root`, paragraphs separated by blank lines. */
export function blockText(root: Element): string {
  const blocks: string[] = [];
  let parts: string[] = [];
  let preDepth = 0;
  const flush = (): void => {
    if (parts.length === 0) return;
    const lines = parts.join("").split("\n");
    parts = [];
    const text = lines
      .map((line) => line.replace(/ {2,}/g, " ").trim())
      .join("\n")
      .trim();
    if (text) blocks.push(text);
  };

  const stack: Array<Node | Leave> = [root];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item instanceof Leave) {
      const tag = item.element.localName;
      if (tag === "pre") preDepth--;
      if (CELL_ELEMENTS.has(tag)) parts.push(" ");
      if (BLOCK_ELEMENTS.has(tag)) flush();
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      const data = (item as Text).data;
      // In <pre>, line breaks are the author's; elsewhere they are just spacing in the source.
      parts.push(preDepth > 0 ? data : data.replace(HTML_SPACE, " "));
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const el = item as Element;
    const tag = el.localName;
    if (SKIPPED_ELEMENTS.has(tag) || el.hasAttribute("hidden")) continue;
    if (tag === "br") {
      parts.push("\n");
      continue;
    }
    if (BLOCK_ELEMENTS.has(tag)) flush();
    if (tag === "pre") preDepth++;
    stack.push(new Leave(el));
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  // "<br><br>" between runs of text is how older pages separate paragraphs.
  return blocks.join("\n\n").replace(/\n{3,}/g, "\n\n");
}
