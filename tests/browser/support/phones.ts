import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newPhoneContext } from './chromium';
import { startLinliServer, type RunningServer } from './linli-server';

/**
 * The server on a fresh demo database and a Chromium to hold phones, started before the file's
 * tests and stopped after them. Each `newPage()` is a fresh phone (empty storage), so each
 * person logs in on their own.
 */
export function phonesAgainstFreshServer(): { newPage: () => Promise<Page> } {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startLinliServer(), launchChromium()]);
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
      return context.newPage();
    },
  };
}
