/**
 * Pages by path, without reloads: links to this site are followed in place and the back button
 * works. Leaving a page aborts its requests and runs its cleanup (the network view frees its canvas).
 */
import { ApiError } from "./api";
import { el, replace } from "./dom";

export interface PageContext {
  root: HTMLElement;
  /** Path parameters (":id"). */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Aborted when the user leaves the page. */
  signal: AbortSignal;
}

/** Renders into ctx.root; may return a cleanup to run on leaving. */
export type Page = (ctx: PageContext) => Promise<void> | Promise<() => void>;

interface Route {
  pattern: RegExp;
  keys: string[];
  page: Page;
}

const routes: Route[] = [];
let leave: (() => void) | null = null;
let root: HTMLElement;

/** Declare a page at a path such as "/actors/:id". */
export function route(path: string, page: Page): void {
  const keys: string[] = [];
  const source = path.replace(/:(\w+)/g, (_, key: string) => {
    keys.push(key);
    return "([^/]+)";
  });
  routes.push({ pattern: new RegExp(`^${source}$`), keys, page });
}

/** Show `path` (with its query), adding it to the history unless `replaceState`. */
export function navigate(path: string, replaceState = false): void {
  if (replaceState) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  void render();
}

/** Start answering links and the back button, and render the current page. */
export function startRouter(pageRoot: HTMLElement): void {
  root = pageRoot;
  window.addEventListener("popstate", () => void render());
  document.addEventListener("click", (event) => {
    const a = (event.target as Element | null)?.closest?.("a");
    if (!a || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || a.target) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  });
  void render();
}

async function render(): Promise<void> {
  leave?.();
  const controller = new AbortController();
  leave = () => controller.abort();
  const path = location.pathname;
  const match = routes.map((r) => ({ r, m: r.pattern.exec(path) })).find((x) => x.m);
  replace(root, el("p", { class: "loading" }, "Loading…"));
  if (!match?.m) return void replace(root, errorBox("NOT_FOUND", `There is no page at ${path}.`));
  const params = Object.fromEntries(match.r.keys.map((k, i) => [k, decodeURIComponent(match.m?.[i + 1] ?? "")]));
  try {
    const cleanup = await match.r.page({
      root,
      params,
      query: new URLSearchParams(location.search),
      signal: controller.signal,
    });
    if (controller.signal.aborted) return cleanup?.();
    leave = () => {
      controller.abort();
      cleanup?.();
    };
  } catch (err) {
    if (controller.signal.aborted) return;
    replace(root, errorFor(err));
  }
}

/** An error as the page shows it: the server's code and message. */
export function errorFor(err: unknown): HTMLElement {
  if (err instanceof ApiError) return errorBox(err.code, err.message);
  return errorBox("ERROR", err instanceof Error ? err.message : String(err));
}

function errorBox(code: string, message: string): HTMLElement {
  return el("div", { class: "error", attrs: { role: "alert" } }, el("strong", null, code), " ", message);
}
