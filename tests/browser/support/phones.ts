import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AccessibilityWatch } from './accessibility';
import { launchChromium, newPhoneContext } from './chromium';
import { startLinliServer, type RunningServer } from './linli-server';

/**
 * The server on a fresh demo database and a Chromium to hold phones, started before the file's
 * tests and stopped after them. Each `newPage()` is a fresh phone (empty storage), so each
 * person logs in on their own. Every screen a phone shows is checked with axe; a test fails on
 * any critical or serious violation (support/accessibility.ts).
 */
export function phonesAgainstFreshServer(): { newPage: () => Promise<Page> } {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  const axe = new AccessibilityWatch();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startLinliServer(), launchChromium()]);
  });

  afterEach(async () => {
    const open = pages.splice(0);
    await axe.assertClean(open);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
    await browser?.close();
    await server?.stop();
  });

  return {
    newPage: async () => {
      const context = await newPhoneContext(browser, server.baseUrl);
      contexts.push(context);
      await axe.prepare(context);
      const page = await context.newPage();
      axe.watch(page);
      pages.push(page);
      return page;
    },
  };
}
