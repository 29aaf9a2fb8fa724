/**
 * The mini-program's side of the bench: the weapp main package's size (WeChat refuses over 2 MB),
 * and the H5 wall in real Chromium with 1,000 wishes loaded, counting the wish cards (and all
 * elements) the virtual list keeps in the DOM while it is scrolled to the end and back.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { WEAPP_DIST, WORK_DIR } from './paths';

export function weappMainPackageKb(): number {
  const appJson = JSON.parse(readFileSync(join(WEAPP_DIST, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const roots = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])].map((p) => p.root.replace(/^\/|\/$/g, '') + '/');
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  const bytes = files(WEAPP_DIST)
    .filter((file) => !roots.some((root) => relative(WEAPP_DIST, file).split(sep).join('/').startsWith(root)))
    .reduce((sum, file) => sum + statSync(file).size, 0);
  return bytes / 1024;
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
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, locale: 'zh-CN', hasTouch: true });
    // The session as the app stores it (Taro's H5 storage wraps each value as { data }).
    await context.addInitScript(([t, m]) => {
      localStorage.setItem('linli.token', JSON.stringify({ data: t }));
      localStorage.setItem('linli.me', JSON.stringify({ data: m }));
    }, [token, me] as const);
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

export function weappBuilt(): boolean {
  return existsSync(join(WEAPP_DIST, 'app.json'));
}
