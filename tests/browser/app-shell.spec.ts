/// <reference lib="dom" />
/**
 * The H5 build of the mini-program against the real server on a fresh SQLite database:
 * dev login, the four tabs, 我的, 关怀模式 (care mode) and the session's edge cases.
 * Needs `pnpm build` (server, shared) and `pnpm build:h5` first; Chromium at /usr/bin/chromium.
 * Screenshots land in tests/artifacts/screenshots/.
 */
import { ERROR_CATALOG } from '@linli/shared';
import type { Locator, Page } from 'playwright-core';
import { screenshot } from './support/chromium';
import { agreeToPolicy, loginWithPicker, openTab, shown } from './support/h5-app';
import { phonesAgainstFreshServer } from './support/phones';

/** Demo users seeded by the server (see server/src/seed/demo-city.ts). */
const RESIDENT = '王秀英'; // 东湖社区 · 居民（独居老人）
// Each test that changes a user's state on the server uses its own user.
const OTHER_RESIDENT = '李桂兰'; // 东湖社区 · 居民（残疾人家庭）
const THIRD_RESIDENT = '赵小明'; // 东湖社区 · 居民（家长）
const LIUYUAN_RESIDENT = '马丽娟'; // 柳园社区 · 居民
const HONGQI_RESIDENT = '罗志强'; // 红旗社区 · 居民
const TWO_COMMUNITY_USER = '杨秀云'; // 红旗社区书记 · 住在东湖社区
const TAB_LABELS = ['心愿墙', '先锋岗', '议事', '我的'];
const CARE_MODE_MIN_SCALE = 1.25;

jest.setTimeout(90_000);

const { newPage } = phonesAgainstFreshServer();

function fontSize(locator: Locator): Promise<number> {
  return locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

/**
 * The font size of every piece of text on screen (the shown page and the tab bar), keyed by
 * tag and text so two measurements of the same screen can be compared line by line.
 */
function textSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    const roots = [...document.querySelectorAll('.lin-page, .weui-tabbar')].filter((el) => el.getClientRects().length > 0);
    for (const root of roots) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const ownText = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent?.trim() ?? '')
          .join('');
        if (!ownText || el.getClientRects().length === 0) continue;
        let key = `${el.tagName.toLowerCase()} ${ownText}`;
        for (let i = 2; key in sizes; i++) key = `${el.tagName.toLowerCase()} ${ownText} #${i}`;
        sizes[key] = parseFloat(getComputedStyle(el).fontSize);
      }
    }
    return sizes;
  });
}

/** Lines of text that did not grow by at least `scale` between two measurements. */
function notEnlarged(before: Record<string, number>, after: Record<string, number>, scale: number): string[] {
  return Object.keys(before)
    .filter((key) => key in after && after[key] / before[key] < scale)
    .map((key) => `${key}: ${before[key]}px → ${after[key]}px`);
}

function storedValue(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

test('a resident logs in with the dev-login picker and sees the four tabs', async () => {
  const page = await newPage();
  await page.goto('/');
  await page.waitForURL(/#\/pages\/login\/index/);
  await shown(page).getByText('选择一个体验账号登录').waitFor();
  await screenshot(page, '01-login');

  await agreeToPolicy(page);
  await page.locator('.login-dev__user', { hasText: RESIDENT }).click();
  await page.waitForURL(/#\/pages\/wishes\/index/);
  expect(await storedValue(page, 'linli.token')).toBeTruthy();

  const tabs = page.locator('.weui-tabbar__item');
  await expect(tabs.allInnerTexts()).resolves.toEqual(TAB_LABELS);

  await shown(page).locator('.wsh-counts__fulfilled').waitFor();
  await expect(shown(page).locator('.lin-community-badge').innerText()).resolves.toBe('东湖社区');
  await screenshot(page, '02-wishes');

  await openTab(page, '先锋岗');
  await shown(page).locator('.pst-filters').waitFor();
  await screenshot(page, '03-posts');

  await openTab(page, '议事');
  await shown(page).getByText('小区东门增设非机动车充电棚').waitFor(); // the demo's topic under discussion
  await screenshot(page, '04-deliberation');

  await openTab(page, '我的');
  const me = shown(page);
  await expect(me.locator('.me-profile__name').innerText()).resolves.toBe(RESIDENT);
  await me.getByText('我的住户').waitFor();
  await me.getByText('我的身份').waitFor();
  await expect(me.locator('.nut-cell', { hasText: '居民' }).innerText()).resolves.toContain('东湖社区');
  await screenshot(page, '05-me');
});

test('care mode enlarges type ≥1.25× on every page and is remembered by the server', async () => {
  const page = await newPage();
  await loginWithPicker(page, RESIDENT);
  const cardTitle = shown(page).locator('.lin-wish-card__title').first();
  const normalCardTitle = await fontSize(cardTitle);
  const normalWishesText = await textSizes(page);

  await openTab(page, '我的');
  const me = shown(page);
  const name = me.locator('.me-profile__name');
  const cellTitle = me.locator('.nut-cell-title').first();
  const tabLabel = page.locator('.weui-tabbar__label').first();
  await name.waitFor();
  const normal = { name: await fontSize(name), cellTitle: await fontSize(cellTitle), tabLabel: await fontSize(tabLabel) };
  const normalMeText = await textSizes(page);
  expect(Object.keys(normalMeText).length).toBeGreaterThan(15); // name, phone, cells, tab labels…

  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH');
  await me.locator('.me-care-mode .nut-switch').click();
  expect((await saved).status()).toBe(200);
  await page.locator('.lin-page.lin-care:visible').waitFor();

  // Type: every line on screen, ours, NutUI's and the (H5) tab bar's…
  expect(notEnlarged(normalMeText, await textSizes(page), CARE_MODE_MIN_SCALE)).toEqual([]);
  // …including these three in particular (so the check above cannot pass by measuring nothing).
  expect((await fontSize(name)) / normal.name).toBeGreaterThanOrEqual(CARE_MODE_MIN_SCALE);
  expect((await fontSize(cellTitle)) / normal.cellTitle).toBeGreaterThanOrEqual(CARE_MODE_MIN_SCALE);
  expect((await fontSize(tabLabel)) / normal.tabLabel).toBeGreaterThanOrEqual(CARE_MODE_MIN_SCALE);
  // Contrast: black text. Tap targets: at least 48px high.
  await expect(cellTitle.evaluate((el) => getComputedStyle(el).color)).resolves.toBe('rgb(0, 0, 0)');
  await page.waitForTimeout(400); // let the switch finish sliding for the picture
  await screenshot(page, '06-me-care-mode');
  const logout = me.locator('.me-logout .nut-button');
  await logout.scrollIntoViewIfNeeded();
  expect((await logout.boundingBox())?.height).toBeGreaterThanOrEqual(48);
  await screenshot(page, '07-me-care-mode-bottom');

  // Not just 我的: the other tabs follow.
  await openTab(page, '心愿墙');
  expect((await fontSize(shown(page).locator('.lin-wish-card__title').first())) / normalCardTitle).toBeGreaterThanOrEqual(CARE_MODE_MIN_SCALE);
  expect(notEnlarged(normalWishesText, await textSizes(page), CARE_MODE_MIN_SCALE)).toEqual([]);
  await screenshot(page, '08-wishes-care-mode');

  // A reload keeps it…
  await page.reload();
  await page.locator('.lin-page.lin-care:visible').waitFor();
  expect((await fontSize(shown(page).locator('.lin-wish-card__title').first())) / normalCardTitle).toBeGreaterThanOrEqual(CARE_MODE_MIN_SCALE);

  // …and so does another phone (a fresh browser profile): the setting lives on the server.
  const otherPhone = await newPage();
  await loginWithPicker(otherPhone, RESIDENT);
  await otherPhone.locator('.lin-page.lin-care:visible').waitFor();
  expect((await fontSize(shown(otherPhone).locator('.lin-wish-card__title').first())) / normalCardTitle).toBeGreaterThanOrEqual(CARE_MODE_MIN_SCALE);

  // Switching it off again (a tap anywhere on the row will do) restores the normal size.
  await openTab(otherPhone, '我的');
  await shown(otherPhone)
    .locator('.me-care-mode')
    .click({ position: { x: 24, y: 24 } });
  await otherPhone.locator('.lin-page:not(.lin-care):visible').waitFor();
  await expect(fontSize(shown(otherPhone).locator('.me-profile__name'))).resolves.toBeCloseTo(normal.name, 1);
});

test('a refused care-mode change is undone and explained in the server’s words', async () => {
  const page = await newPage();
  await loginWithPicker(page, OTHER_RESIDENT);
  await openTab(page, '我的');
  const { message } = ERROR_CATALOG.SERVICE_UNAVAILABLE;
  await page.route('**/api/v1/me', (route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ code: 'SERVICE_UNAVAILABLE', message }) })
      : route.continue(),
  );

  await shown(page).locator('.me-care-mode .nut-switch').click();
  await shown(page).getByText(message).waitFor();
  await screenshot(page, '09-error-toast');
  await expect(page.locator('.lin-page.lin-care').count()).resolves.toBe(0);
  await expect(shown(page).locator('.me-care-mode .nut-switch').getAttribute('aria-checked')).resolves.toBe('false');
});

test('someone in two communities switches between them, and the choice is remembered', async () => {
  const page = await newPage();
  await loginWithPicker(page, TWO_COMMUNITY_USER);
  const badge = () => shown(page).locator('.lin-community-badge').innerText();
  await expect(badge()).resolves.toBe('东湖社区'); // the community of their home

  await openTab(page, '我的');
  await shown(page).getByText('切换社区').waitFor();
  await shown(page).locator('.me-community', { hasText: '红旗社区' }).click();
  await shown(page).locator('.me-community--selected', { hasText: '红旗社区' }).waitFor();
  await screenshot(page, '10-me-community-switcher');

  await openTab(page, '心愿墙');
  await expect(badge()).resolves.toBe('红旗社区');
  await page.reload();
  await shown(page).locator('.wsh-counts__fulfilled').waitFor();
  await expect(badge()).resolves.toBe('红旗社区');
});

test('the profile form validates and saves the display name', async () => {
  const page = await newPage();
  await loginWithPicker(page, LIUYUAN_RESIDENT);
  await openTab(page, '我的');
  await shown(page).locator('.me-profile').click();
  await page.waitForURL(/#\/pages\/profile\/index/);

  const nameInput = shown(page).locator('.nut-form-item', { hasText: '称呼' }).locator('input');
  await expect(nameInput.inputValue()).resolves.toBe(LIUYUAN_RESIDENT);
  await nameInput.fill('');
  await shown(page).locator('.nut-button', { hasText: '保存' }).click();
  await shown(page).getByText('请填写称呼').waitFor();
  await screenshot(page, '12-profile-form-invalid');

  const newName = `${LIUYUAN_RESIDENT}阿姨`;
  await nameInput.fill(newName);
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH');
  await shown(page).locator('.nut-button', { hasText: '保存' }).click();
  expect((await saved).status()).toBe(200);
  await page.waitForURL(/#\/pages\/me\/index/);
  await expect(shown(page).locator('.me-profile__name').innerText()).resolves.toBe(newName);
});

test('a token the server rejects (401) ends the session and opens the login page', async () => {
  const page = await newPage();
  await loginWithPicker(page, THIRD_RESIDENT);
  await page.evaluate(() => {
    // Keep Taro's storage wrapper, swap the token inside it.
    const stored = localStorage.getItem('linli.token') ?? '';
    localStorage.setItem('linli.token', stored.replace(/"data":"[^"]*"/, '"data":"not-a-valid-token"'));
  });

  await page.reload();
  await page.waitForURL(/#\/pages\/login\/index/);
  await shown(page).getByText('选择一个体验账号登录').waitFor();
  expect(await storedValue(page, 'linli.token')).toBeNull();
});

test('a token refused in the middle of a session (expired) ends it from the page on screen and opens the login page', async () => {
  const page = await newPage();
  await loginWithPicker(page, OTHER_RESIDENT);
  await page.waitForLoadState('networkidle');
  // From now on the server refuses the token: every request that carries one is answered 401.
  await page.route('**/api/v1/**', (route) =>
    route.request().headers().authorization
      ? route.fulfill({
          status: 401,
          contentType: 'application/json',
          body: JSON.stringify({ code: 'AUTH_TOKEN_EXPIRED', message: ERROR_CATALOG.AUTH_TOKEN_EXPIRED.message }),
        })
      : route.continue(),
  );
  await openTab(page, '我的');
  await page.waitForURL(/#\/pages\/login\/index/);
  await shown(page).getByText('选择一个体验账号登录').waitFor();
  expect(await storedValue(page, 'linli.token')).toBeNull();
});

test('logging out asks first, then forgets the session', async () => {
  const page = await newPage();
  await loginWithPicker(page, HONGQI_RESIDENT);
  await openTab(page, '我的');
  await shown(page).locator('.me-logout .nut-button').click();
  const dialog = shown(page).locator('.nut-dialog');
  await dialog.getByText('退出后需要重新登录才能使用邻里。').waitFor();
  await screenshot(page, '13-logout-dialog');

  await dialog.locator('.nut-button', { hasText: '退出' }).click();
  await page.waitForURL(/#\/pages\/login\/index/);
  expect(await storedValue(page, 'linli.token')).toBeNull();
});

test('the picker explains when the server has dev login turned off', async () => {
  const page = await newPage();
  const { message } = ERROR_CATALOG.AUTH_DEV_LOGIN_DISABLED;
  // The real server turns it off only with DEV_LOGIN=false; its answer is stood in for here.
  await page.route('**/api/v1/auth/dev-users', (route) =>
    route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({ code: 'AUTH_DEV_LOGIN_DISABLED', message }) }),
  );
  await page.goto('/');
  await shown(page).getByText(message).waitFor();
  await screenshot(page, '11-login-dev-login-disabled');
});
