/**
 * The mini-program's side of the bench: the weapp main package's size (WeChat refuses over 2 MB),
 * and the H5 wall in real Chromium with 1,000 wishes loaded, counting the wish cards (and all
 * elements) the virtual list keeps in the DOM while it is scrolled to the end and back.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, newPhoneContext } from '../browser/support/chromium';
import { mainPackageBytes } from '../size/weapp-package';
import { WORK_DIR } from './paths';

export { weappBuilt } from '../size/weapp-package';

export function weappMainPackageKb(): number {
  return mainPackageBytes() / 1024;
}

export interface WallDom {
  loaded: number;
  /** Most wish cards in the DOM at any point of the scroll. */
  maxCards: number;
  /** Most elements inside the list at any point of the scroll. */
  maxListElements: number;
  screenshot: string;
}

/** Opens the wall as `token`'s user, scrolls until `target` wishes are loaded, and counts the DOM on the way. */
export async function h5WallDom(baseUrl: string, token: string, target: number): Promise<WallDom> {
  const me = await (await fetch(`${baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).json();
  const browser = await launchChromium();
  try {
    const context = await newPhoneContext(browser, baseUrl);
    // The session as the app stores it (Taro's H5 storage wraps each value as { data }).
    await context.addInitScript(
      ([t, m]) => {
        localStorage.setItem('linli.token', JSON.stringify({ data: t }));
        localStorage.setItem('linli.me', JSON.stringify({ data: m }));
      },
      [token, me] as const,
    );
    const page = await context.newPage();
    let loaded = 0;
    page.on('response', async (res) => {
      if (/\/api\/v1\/communities\/[^/]+\/wishes\?/.test(res.url()) && res.ok()) loaded += ((await res.json()) as { items: unknown[] }).items.length;
    });
    await page.goto('/#/pages/wishes/index');
    await page.locator('.lin-wish-card').first().waitFor({ timeout: 30_000 });
    // NutUI's VirtualList: .wsh-virtual wraps the scrolling ScrollView (.nut-virtuallist).
    const list = page.locator('.wsh-virtual .nut-virtuallist');
    const count = () => list.evaluate((el) => ({ cards: el.querySelectorAll('.lin-wish-card').length, elements: el.querySelectorAll('*').length }));
    let maxCards = 0;
    let maxListElements = 0;
    let stalled = 0;
    while (loaded < target && stalled < 20) {
      const before = loaded;
      await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await page.waitForTimeout(150);
      const now = await count();
      maxCards = Math.max(maxCards, now.cards);
      maxListElements = Math.max(maxListElements, now.elements);
      stalled = loaded === before ? stalled + 1 : 0;
    }
    // And back up through everything loaded, a screen at a time in big steps.
    for (let top = await list.evaluate((el) => el.scrollHeight); top > 0; top -= 5_000) {
      await list.evaluate((el, y) => el.scrollTo({ top: y }), top);
      await page.waitForTimeout(30);
      const now = await count();
      maxCards = Math.max(maxCards, now.cards);
      maxListElements = Math.max(maxListElements, now.elements);
    }
    mkdirSync(WORK_DIR, { recursive: true });
    const screenshot = join(WORK_DIR, 'h5-wall.png');
    await page.screenshot({ path: screenshot });
    return { loaded, maxCards, maxListElements, screenshot };
  } finally {
    await browser.close();
  }
}
