/**
 * The time a resident waits for the first wish card on a phone: a cold load of the H5 app (empty
 * cache) on a simulated 4G link (9 Mbps down, 40 ms round trip) with the CPU slowed 4× like a
 * mid-range phone, from navigation to the first card on screen; and the bytes that crossed the link.
 */
import type { CDPSession } from 'playwright-core';
import { launchChromium, newPhoneContext } from '../browser/support/chromium';

export const LINK_4G = { latencyMs: 40, downMbps: 9, upMbps: 9 } as const;
export const CPU_SLOWDOWN = 4;

export interface FirstCard {
  ms: number;
  transferredKb: number;
}

export async function h5FirstCardOn4g(baseUrl: string, token: string): Promise<FirstCard> {
  const me = await (await fetch(`${baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).json();
  const browser = await launchChromium();
  try {
    const context = await newPhoneContext(browser, baseUrl);
    // Logged in already (as the app stores the session), so the wall is the first screen.
    await context.addInitScript(
      ([t, m]) => {
        localStorage.setItem('linli.token', JSON.stringify({ data: t }));
        localStorage.setItem('linli.me', JSON.stringify({ data: m }));
      },
      [token, me] as const,
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await throttle(cdp);
    let transferred = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => (transferred += event.encodedDataLength));
    const started = Date.now();
    await page.goto('/#/pages/wishes/index');
    await page.locator('.lin-wish-card').first().waitFor({ timeout: 60_000 });
    return { ms: Date.now() - started, transferredKb: transferred / 1024 };
  } finally {
    await browser.close();
  }
}

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LINK_4G.latencyMs,
    downloadThroughput: (LINK_4G.downMbps * 1_000_000) / 8,
    uploadThroughput: (LINK_4G.upMbps * 1_000_000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}
