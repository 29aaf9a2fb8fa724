/// <reference lib="dom" />
/**
 * The mini-program as the people it is for live with it: an older resident who turns care mode
 * on from the first screen and then meets nothing too small to read or to hit on any page; a
 * member whose registration waits for review, told so; staff not greeted with an invitation
 * they cannot act on; a sub-page with a title and a way back; a grid worker telling her
 * residents' wishes apart; the audit log in words.
 * Needs `pnpm build` and `pnpm build:h5` first; Chromium at /usr/bin/chromium.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './support/chromium';
import { loginWithPicker, openTab, settled, shown } from './support/h5-app';
import { smallTapTargets, smallText } from './support/measure';
import { phonesAgainstFreshServer } from './support/phones';

const OLDER_RESIDENT = '王秀英'; // 东湖社区 · 居民（独居老人）
const PENDING_MEMBER = '黄磊'; // 东湖社区 · 在职党员（报到待审核）
const SECRETARY = '李红梅'; // 东湖社区书记
const GRID_WORKER = '孙丽'; // 东湖社区 · 网格员, posted a wish for 李桂兰
/** Care mode's promise: every tappable thing at least this big in its smaller dimension… */
const CARE_TAP_MIN = 48;
/** …and no type under this (care mode's smallest step, --lin-font-xs). */
const CARE_TEXT_MIN = 16;

jest.setTimeout(180_000);

const { newPage } = phonesAgainstFreshServer();

/** Nothing on the screen on show too small to hit or to read. */
async function expectCareSized(page: Page, where: string): Promise<void> {
  await settled(page);
  await page.waitForTimeout(300); // switches and toasts finish moving
  expect({ where, tooSmallToHit: await smallTapTargets(page, CARE_TAP_MIN) }).toEqual({ where, tooSmallToHit: [] });
  expect({ where, tooSmallToRead: await smallText(page, CARE_TEXT_MIN) }).toEqual({ where, tooSmallToRead: [] });
}

test('an older resident turns care mode on from her first screen, and every page she opens is large enough to read and to hit', async () => {
  const page = await newPage();
  await loginWithPicker(page, OLDER_RESIDENT);
  // The offer greets her on the first screen; the double-reporting invitation does not.
  const offer = shown(page).locator('.lin-care-offer');
  await offer.waitFor();
  await screenshot(page, 'care-01-first-screen-offer');
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH');
  await offer.locator('.nut-button', { hasText: '开启关怀模式' }).click();
  expect((await saved).status()).toBe(200);
  await page.locator('.lin-page.lin-care:visible').waitFor();
  await expect(shown(page).locator('.lin-care-offer').count()).resolves.toBe(0);
  await expect(shown(page).locator('.lin-reporting-notice').count()).resolves.toBe(0);
  await shown(page).locator('.lin-wish-card').first().waitFor();
  await expectCareSized(page, '心愿墙');
  await screenshot(page, 'care-02-wall');

  await openTab(page, '先锋岗');
  await shown(page).locator('.pst-filters').waitFor();
  await expectCareSized(page, '先锋岗');
  await screenshot(page, 'care-03-posts');

  await openTab(page, '议事');
  await shown(page).getByText('小区东门增设非机动车充电棚').waitFor();
  await expectCareSized(page, '议事');
  await screenshot(page, 'care-04-deliberation');

  // 我的: the switch is right under her name, not at the bottom.
  await openTab(page, '我的');
  const careRow = shown(page).locator('.me-care-mode');
  await careRow.waitFor();
  const rowTop = (await careRow.boundingBox())!.y;
  expect(rowTop).toBeLessThan(260);
  await expectCareSized(page, '我的');
  await screenshot(page, 'care-05-me');

  // A sub-page: a wish. It has a title and a back button (H5 draws neither by default).
  await openTab(page, '心愿墙');
  await shown(page).locator('.lin-wish-card').first().click();
  await page.waitForURL(/#\/packages\/wishes\/pages\/detail\/index/);
  const bar = page.locator('#taro-navigation-bar');
  await bar.locator('.taro-navigation-bar-title', { hasText: '心愿详情' }).waitFor();
  await bar.locator('.taro-navigation-bar-back').waitFor({ state: 'visible' });
  await expectCareSized(page, '心愿详情');
  await screenshot(page, 'care-06-wish-detail');
  await bar.locator('.taro-navigation-bar-back').click();
  await page.waitForURL(/#\/pages\/wishes\/index/);
});

test('a member whose registration waits for review is told so on the wall, 先锋岗 and 我的, not sent to report again', async () => {
  const page = await newPage();
  await loginWithPicker(page, PENDING_MEMBER);
  const notice = shown(page).locator('.lin-reporting-notice--pending');
  await notice.waitFor();
  await expect(notice.innerText()).resolves.toMatch(/待审核[\s\S]*正在等待东湖社区书记审核，通过后即可认领居民的微心愿/);
  await expect(shown(page).getByText('去报到').count()).resolves.toBe(0);
  await screenshot(page, 'care-07-pending-wall');

  await openTab(page, '先锋岗');
  await shown(page).locator('.lin-reporting-notice--pending').waitFor();

  await openTab(page, '我的');
  const row = shown(page).locator('.me-link--member-reporting');
  await row.getByText('待审核').waitFor();
  await expect(row.innerText()).resolves.toContain('等待社区书记审核');
  await screenshot(page, 'care-08-pending-me');
});

test('staff are not invited to double reporting; the audit page’s filters and dates are large enough in care mode', async () => {
  const page = await newPage();
  await loginWithPicker(page, SECRETARY);
  await shown(page).locator('.lin-wish-card').first().waitFor();
  await expect(shown(page).locator('.lin-reporting-notice').count()).resolves.toBe(0);

  await openTab(page, '我的');
  await shown(page).locator('.me-care-mode .nut-switch').click();
  await page.locator('.lin-page.lin-care:visible').waitFor();
  await page.goto('/#/packages/workbench/pages/audit/index');
  await page.reload();
  await shown(page).locator('.wbk-audit-page').waitFor();
  await screenshot(page, 'care-09-audit');
  // The fresh demo database has no entries yet (their words are checked by the API and server
  // tests); the filters and dates are what she taps here.
  await shown(page).getByText('还没有操作记录').waitFor();
  await expectCareSized(page, '操作记录');
});

test('a grid worker tells apart the residents she posted wishes for', async () => {
  const page = await newPage();
  await loginWithPicker(page, GRID_WORKER);
  await page.goto('/#/packages/wishes/pages/my-wishes/index');
  await page.reload();
  const card = shown(page).locator('.lin-wish-card', { hasText: '为 李桂兰 代办' });
  await card.first().waitFor();
  await screenshot(page, 'care-10-grid-worker-wishes');
});
