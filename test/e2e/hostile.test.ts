/**
 * A hostile document runs nothing on any page. Twice: as served, and with the browser told to
 * ignore the Content-Security-Policy, so the pages are shown safe on their own (they write text
 * as text) and not only because the policy blocks what slips through.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store/index.js";
import { ENGINES } from "../helpers/engines.js";
import { HAVE_CHROMIUM, launchChromium, type PageWatch, watchedPage } from "./helpers/browser.js";
import { HOSTILE_HTML, HOSTILE_NAMES, hostileDocument } from "./helpers/hostile-document.js";
import { expectInert } from "./helpers/inert.js";
import { screenshot } from "./helpers/screenshots.js";
import { buildWeb, type RunningServer, startServer } from "./helpers/server.js";

const engine = ENGINES[0];

describe.skipIf(!HAVE_CHROMIUM)("a hostile document in the browser", () => {
  let db: string;
  let store: Store;
  let server: RunningServer;
  let documentId: number;
  const actorIds: Record<string, number> = {};

  beforeAll(async () => {
    db = await engine.create();
    store = await openStore({ db });
    const { doc, extraction } = hostileDocument();
    documentId = (await store.ingestDocument(doc, extraction, { user: "e2e" })).documentId;
    for (const [key, name] of Object.entries(HOSTILE_NAMES)) {
      const actor = (await store.listActors()).find((a) => a.name === name);
      actorIds[key] = actor?.id as number;
    }
    server = await startServer(store, await buildWeb());
  });

  afterAll(async () => {
    await server?.close();
    await store?.close();
    await engine.drop(db);
  });

  /** Open `path`, wait until its content is in, and check nothing ran. */
  async function visit(page: Page, watch: PageWatch, path: string): Promise<void> {
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState("networkidle");
    await page.waitForFunction(() => !document.querySelector("#page .loading"));
    await expectInert(page, watch, path);
  }

  for (const bypassCSP of [false, true]) {
    it(`runs nothing on any page${bypassCSP ? ", even with the Content-Security-Policy ignored" : ""}`, async () => {
      const browser = await launchChromium({ viewport: { width: 1400, height: 900 }, bypassCSP });
      try {
        const { page, watch } = await watchedPage(browser.context);
        const names = Object.values(HOSTILE_NAMES);

        await visit(page, watch, "/");
        await page.click(".edge-list summary");
        const rows = page.locator(".edge-list li button");
        await expect.poll(() => rows.count()).toBe(3);
        await rows.first().click();
        await page.waitForSelector(".evidence-panel blockquote.evidence");
        await page.locator(".graph").click({ position: { x: 300, y: 300 } });
        await expectInert(page, watch, "/ with evidence shown");

        for (const [key, id] of Object.entries(actorIds)) {
          await visit(page, watch, `/actors/${id}`);
          // The name is on the page as the characters it is made of.
          expect(await page.textContent(".profile h1")).toBe(HOSTILE_NAMES[key as keyof typeof HOSTILE_NAMES]);
        }
        await visit(page, watch, `/documents/${documentId}`);
        expect(await page.textContent("h1")).toBe(hostileDocument().doc.title);
        await page.locator(".document-text mark").first().click();
        await page.locator(".document-text a.mention").first().hover();
        await expectInert(page, watch, "document after clicks");
        await visit(page, watch, `/timeline?a=${encodeURIComponent(names[0])}&b=${encodeURIComponent(names[1])}`);
        expect(await page.locator("article.relation").count()).toBe(1);
        await visit(page, watch, "/review");
        await visit(page, watch, `/search?q=${encodeURIComponent(names[1])}`);
        await visit(page, watch, `/search?q=${encodeURIComponent("javascript:alert(1)")}`);
        await visit(page, watch, `/actors/${encodeURIComponent("<script>alert(1)</script>")}`);
        await visit(page, watch, `/network/${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
        expect(watch.violations, "no policy violations with the policy on").toEqual(bypassCSP ? watch.violations : []);
      } finally {
        await browser.close();
      }
    });
  }

  it("takes in an uploaded hostile web page through the UI and shows it inert", async () => {
    const folder = await mkdtemp(join(tmpdir(), "linkage-hostile-"));
    const file = join(folder, `<img src=x onerror=alert(1)>.html`);
    await writeFile(file, HOSTILE_HTML);
    const browser = await launchChromium({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    try {
      const { page, watch } = await watchedPage(browser.context);
      await visit(page, watch, "/upload");
      await page.setInputFiles("input[name=file]", file);
      await page.click("form.upload button[type=submit]");
      const added = page.locator(".upload-log li[data-outcome=added]");
      await added.waitFor();
      expect(await added.textContent()).toContain("<img src=x onerror=alert(1)>.html: added");
      await page.waitForSelector(".upload-log li.done");
      await screenshot(page, "upload");
      await expectInert(page, watch, "/upload after upload");
      await added.locator("a").click();
      await page.waitForSelector(".document-text");
      await expectInert(page, watch, "uploaded document");
      expect(await page.textContent(".document-text")).toContain("<script>window.__pwned='escaped'</script>");
    } finally {
      await browser.close();
    }
  });
});
