/**
 * Debian's chromium, driven by playwright-core. Tests skip, saying so, when it is not installed.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { CHROMIUM, HEADLESS_ARGS } from "./chromium.mjs";

export { CHROMIUM };
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`browser tests skipped: ${CHROMIUM} is not installed`);

/**
 * A headless chromium with a fresh profile (its own --user-data-dir, which playwright takes as
 * a persistent context), and the way to close both.
 */
export async function launchChromium(
  options: { viewport?: { width: number; height: number }; bypassCSP?: boolean } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), "linkage-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: CHROMIUM,
    headless: true,
    args: HEADLESS_ARGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did that it should not have: dialogs opened, CSP violations, script errors. */
export interface PageWatch {
  dialogs: string[];
  violations: string[];
  errors: string[];
}

/** A page that records dialogs (dismissing them), CSP violations and uncaught errors. */
export async function watchedPage(context: BrowserContext): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  const watch: PageWatch = { dialogs: [], violations: [], errors: [] };
  page.on("dialog", (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => watch.errors.push(e.message));
  page.on("console", (m) => {
    if (/Content Security Policy|Trusted Type/i.test(m.text())) watch.violations.push(m.text());
  });
  return { page, watch };
}
