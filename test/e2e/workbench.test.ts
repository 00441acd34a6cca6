/**
 * The workbench in a real browser, on the dev corpus: an actor's profile with its evidence, the
 * time slider, a review decision that survives a reload, the reader, search and the pair
 * timeline. The first engine's run also writes the screenshots in docs/screenshots/.
 */
import { existsSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_INPUT_BYTES } from "../../src/config.js";
import { ingestPaths } from "../../src/services/ingest-service.js";
import { openStore, type RelationRecord, type Store } from "../../src/store/index.js";
import { ENGINES } from "../helpers/engines.js";
import { imuDocument } from "../helpers/server-fixture.js";
import { HAVE_CHROMIUM, launchChromium, type PageWatch, watchedPage } from "./helpers/browser.js";
import { screenshot } from "./helpers/screenshots.js";
import { buildWeb, type RunningServer, startServer } from "./helpers/server.js";

const CORPUS = "/work/shared/corpus/dev";
const HAVE_CORPUS = existsSync(CORPUS);
if (!HAVE_CORPUS) console.warn(`workbench browser tests skipped: the dev corpus ${CORPUS} is absent`);
const IMU = "Islamic Movement of Uzbekistan";

let staticDir: string;
beforeAll(async () => {
  if (HAVE_CHROMIUM && HAVE_CORPUS) staticDir = await buildWeb();
});

/** The IMU's pledge to the Islamic State as the store holds it, if it does. */
async function findPledge(store: Store): Promise<RelationRecord | undefined> {
  const relations = await store.listRelations({ actor: IMU, type: "pledged_allegiance_to" }).catch(() => []);
  return relations.find((r) => r.subject.name === IMU && r.object.name === "Islamic State");
}

ENGINES.forEach((engine, run) => {
  const shots = run === 0;
  describe.skipIf(!engine.available || !HAVE_CHROMIUM || !HAVE_CORPUS)(`the workbench on ${engine.name}`, () => {
    let db: string;
    let store: Store;
    let server: RunningServer;
    let browser: { context: BrowserContext; close: () => Promise<void> };
    let page: Page;
    let watch: PageWatch;
    let pledge: RelationRecord;

    beforeAll(async () => {
      db = await engine.create();
      store = await openStore({ db });
      const summary = await ingestPaths(store, [CORPUS], { maxBytes: DEFAULT_MAX_INPUT_BYTES, user: "e2e" });
      expect(summary.failed).toEqual([]);
      let found = await findPledge(store);
      if (!found) {
        console.warn("the extractor did not find the IMU's pledge to the Islamic State: adding the hand-made fixture");
        const { doc, extraction } = imuDocument();
        await store.ingestDocument(doc, extraction, { user: "e2e" });
        found = await findPledge(store);
      }
      pledge = found as RelationRecord;
      server = await startServer(store, staticDir);
      browser = await launchChromium({ viewport: { width: 1400, height: 900 } });
      ({ page, watch } = await watchedPage(browser.context));
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await store?.close();
      await engine.drop(db);
    });

    afterAll(() => {
      // Every page of the run: our own script only, nothing the policy had to stop.
      expect(watch.violations).toEqual([]);
      expect(watch.errors).toEqual([]);
    });

    it("shows the IMU's pledge to the Islamic State, with its sentence, on the IMU's profile", async () => {
      await page.goto(`${server.url}/actors/${pledge.subject.id}`);
      await page.waitForSelector(".profile h1");
      expect(await page.textContent(".profile h1")).toBe(IMU);
      const card = page.locator(`article.relation[data-assertion="${pledge.id}"]`);
      await expect.poll(() => card.locator(".claim").textContent()).toBe(`${IMU} pledged allegiance to Islamic State`);
      expect(await card.locator("blockquote.evidence").textContent()).toBe(pledge.evidence.text);
      if (shots) await screenshot(page, "actor-profile");
    });

    it("draws the network, and at 2000 on the time slider the pledge is gone", async () => {
      await page.goto(`${server.url}/`);
      await page.waitForSelector(".graph[data-ready=true]");
      await page.click(".edge-list summary");
      const pledgeRow = page.locator(`.edge-list li[data-type="pledged_allegiance_to"]`, {
        hasText: `${IMU} pledged allegiance to Islamic State`,
      });
      await expect.poll(() => pledgeRow.count()).toBe(1);
      if (shots) await screenshot(page, "network");

      // Drag the slider close, then take the last step with the keyboard as a user would.
      const slider = page.locator("input[name=as_of]");
      await slider.evaluate((el: HTMLInputElement) => {
        el.value = "1999";
      });
      await slider.focus();
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => page.textContent(".graph-status")).toMatch(/as of the end of 2000$/);
      expect(await pledgeRow.count()).toBe(0);
      expect(new URL(page.url()).search).toBe("?as_of=2000");
      if (shots) await screenshot(page, "network-2000");

      await page.keyboard.press("End");
      await expect.poll(() => pledgeRow.count()).toBe(1);
      await pledgeRow.locator("button").click();
      await expect
        .poll(() => page.locator(".evidence-panel blockquote.evidence").first().textContent())
        .toBe(pledge.evidence.text);
      if (shots) await screenshot(page, "network-evidence");
    });

    it("keeps an accepted assertion accepted after a reload", async () => {
      await page.goto(`${server.url}/review`);
      const first = page.locator("article.relation").first();
      const id = Number(await first.getAttribute("data-assertion"));
      await first.locator("button[data-decision=accepted]").click();
      await expect
        .poll(() => page.locator(`article.relation[data-assertion="${id}"]`).getAttribute("data-status"))
        .toBe("accepted");
      await page.reload();
      await page.waitForSelector("article.relation");
      expect(await page.locator(`article.relation[data-assertion="${id}"]`).count()).toBe(0);
      await page.goto(`${server.url}/review?status=accepted`);
      const card = page.locator(`article.relation[data-assertion="${id}"]`);
      await expect.poll(() => card.getAttribute("data-status")).toBe("accepted");
      expect(await card.locator(".badge.status").textContent()).toBe("accepted");
      expect((await store.getAssertionDetail(id))?.relation.status).toBe("accepted");
      if (shots) await screenshot(page, "review");
    });

    it("reads a document with its mentions linked and the pledge's evidence marked", async () => {
      await page.goto(`${server.url}/documents/${pledge.evidence.document}?assertion=${pledge.id}`);
      const marked = page.locator(".document-text mark.focus");
      await expect.poll(() => marked.count()).toBeGreaterThan(0);
      expect((await marked.allTextContents()).join("")).toBe(pledge.evidence.text);
      if (shots) await screenshot(page, "document");
      await page.locator(".document-text a.mention").first().click();
      await page.waitForSelector(".profile h1");
      expect(new URL(page.url()).pathname).toMatch(/^\/actors\/\d+$/);
    });

    it("shows a pair's timeline and finds documents and actors from the search box", async () => {
      await page.goto(`${server.url}/timeline?a=${encodeURIComponent(IMU)}&b=Islamic%20State`);
      await page.waitForSelector(`article.relation[data-assertion="${pledge.id}"]`);
      if (shots) await screenshot(page, "timeline");
      await page.fill("header input[name=q]", "allegiance");
      await page.press("header input[name=q]", "Enter");
      await page.waitForSelector(".document-hits li");
      expect(await page.locator(".snippet mark").first().textContent()).toMatch(/allegiance/i);
      await page.fill("header input[name=q]", "Uzbekistan");
      await page.press("header input[name=q]", "Enter");
      await expect.poll(() => page.locator(".actor-hits li a").allTextContents()).toContain(IMU);
      if (shots) await screenshot(page, "search");
    });
  });
});
