/**
 * Checks that a page ran nothing it was handed as data. Hostile payloads set
 * `window.__pwned` or open a dialog; the page is also searched for anything that could run:
 * event-handler attributes, javascript: links, scripts other than the bundle, frames.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { PageWatch } from "./browser.js";

/** What the payloads in hostile-document.ts set if any of them ever runs. */
export const PWNED_FLAG = "__pwned";

export async function expectInert(page: Page, watch: PageWatch, where: string): Promise<void> {
  const found = await page.evaluate((flag) => {
    const all = [...document.querySelectorAll("*")];
    return {
      flag: (window as unknown as Record<string, unknown>)[flag] ?? null,
      handlers: all.flatMap((e) =>
        [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`),
      ),
      jsLinks: all
        .filter((e) => /^\s*(javascript|data|vbscript):/i.test(e.getAttribute("href") ?? e.getAttribute("src") ?? ""))
        .map((e) => e.tagName),
      scripts: [...document.scripts].map((s) => s.getAttribute("src") ?? "inline"),
      frames: document.querySelectorAll("iframe, frame, object, embed, svg script, base").length,
    };
  }, PWNED_FLAG);
  expect(found.flag, `${where}: a payload ran`).toBeNull();
  expect(watch.dialogs, `${where}: dialogs`).toEqual([]);
  expect(found.handlers, `${where}: event-handler attributes`).toEqual([]);
  expect(found.jsLinks, `${where}: script URLs`).toEqual([]);
  expect(found.frames, `${where}: frames, objects or base`).toBe(0);
  expect(
    found.scripts.every((s) => /^\/assets\/[\w.-]+\.js$/.test(s)),
    `${where}: scripts ${found.scripts}`,
  ).toBe(true);
  expect(watch.errors, `${where}: page errors`).toEqual([]);
}
