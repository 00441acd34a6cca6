/**
 * Building the page. Every string becomes a text node or a plain attribute value: nothing here
 * parses markup, so a name like `<img onerror=…>` shows as those characters and runs nothing.
 * Links go only to this site's own pages (see `link`).
 */

export type Child = Node | string | number | null | undefined | false;

/** Attributes that only ever hold inert text; anything else (on*, href, src, style) is refused. */
const SAFE_ATTRIBUTE =
  /^(id|class|type|name|value|placeholder|title|role|for|min|max|step|list|accept|tabindex|lang|dir|multiple|size|disabled|checked|selected|required|hidden|open|content|aria-[a-z-]+|data-[a-z-]+)$/;

export interface Props {
  class?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

/** An element with safe attributes, listeners and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props?.class) node.className = props.class;
  for (const [name, value] of Object.entries(props?.attrs ?? {})) {
    if (!SAFE_ATTRIBUTE.test(name)) throw new Error(`refusing attribute ${name}`);
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const [type, listener] of Object.entries(props?.on ?? {})) {
    node.addEventListener(type, listener as EventListener);
  }
  append(node, ...children);
  return node;
}

/** Append children, strings as text. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replace all of `parent`'s children. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/** A link to one of this site's pages; `path` must start with a single "/". */
export function link(path: string, props: Props | null, ...children: Child[]): HTMLAnchorElement {
  // Paths are built by ./routes.ts from ids and encoded names; anything else is a bug.
  if (!/^\/(?![/\\])/.test(path)) throw new Error(`refusing link to ${path}`);
  const a = el("a", props, ...children);
  a.href = path;
  return a;
}
