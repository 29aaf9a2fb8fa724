/// <reference lib="dom" />
/**
 * 先锋岗 in the H5 build against the real server on a fresh demo database: two Party members claim
 * the demo's shift that is about to start, check in and out with the rotating code the secretary
 * shows on her phone (drawn as a QR picture, with the code itself under it, typed into 输入签到码:
 * H5 has no camera scanner), and the secretary confirms the hours — one member's adjusted by hand
 * with a reason, the rest in bulk — and the points show on 我的, whose 我的班次 row opens the
 * shifts. Needs `pnpm build` and `pnpm build:h5` first; Chromium at /usr/bin/chromium.
 * Screenshots: tests/artifacts/screenshots/posts-*.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './support/chromium';
import { loginWithPicker, openTab, settled, shown } from './support/h5-app';
import { phonesAgainstFreshServer } from './support/phones';

/** Demo users (server/src/seed/demo-city.ts) and the demo shift starting 10 minutes after seeding (demo-posts.ts). */
const SECRETARY = '李红梅'; // 东湖社区 · 书记
const MEMBER = '刘洋'; // 东湖社区 · 在职党员
const SECOND = '王建军'; // 东湖社区 · 在职党员
const TITLE = '党群服务中心志愿值班'; // 10 积分 an hour, 3 seats, nobody on it
const ADJUSTED_MINUTES = 60;
const ADJUSTED_POINTS = 10; // 60 minutes at 10 an hour

jest.setTimeout(240_000);

const { newPage } = phonesAgainstFreshServer();

async function snap(page: Page, name: string): Promise<void> {
  await settled(page);
  await screenshot(page, name);
}

async function confirmDialog(page: Page, button: string): Promise<void> {
  await page.locator('.nut-dialog-footer-ok:visible', { hasText: button }).click();
}

async function pointsOnMe(page: Page): Promise<number> {
  await openTab(page, '我的');
  const value = shown(page).locator('.me-profile__points-value', { hasText: /\d/ });
  await value.waitFor();
  return Number(await value.innerText());
}

/** 先锋岗 → the demo shift's card → claim it, after the confirmation. */
async function claimOnBoard(page: Page): Promise<void> {
  await openTab(page, '先锋岗');
  const card = shown(page).locator('.pst-shift', { hasText: TITLE });
  await card.waitFor();
  await card.locator('.pst-claim .nut-button').click();
  await confirmDialog(page, '认领');
  await card.locator('.pst-mine', { hasText: '已认领' }).waitFor();
}

/** From the board to the shift's page, where check-in is open. */
async function openShift(page: Page): Promise<void> {
  await shown(page).locator('.pst-shift', { hasText: TITLE }).locator('.pst-shift__title').click();
  await page.waitForURL(/#\/packages\/posts\/pages\/detail\/index/);
  await shown(page).locator('.pst-panel--focus').waitFor();
}

/** The 6-digit code under the QR on the secretary's screen, as the member reads it off and types it. */
async function codeOnScreen(secretary: Page): Promise<string> {
  const shown6 = (await shown(secretary).locator('.pst-code__short').innerText()).trim();
  expect(shown6).toMatch(/^\d{3} \d{3}$/);
  return shown6;
}

/**
 * The QR picture on the secretary's screen: a data-URL image, loaded, square, at least 200px
 * wide and with at least two image pixels per screen pixel (sharp on a 2× phone). Returns its src.
 */
async function qrOnScreen(secretary: Page): Promise<string> {
  const img = shown(secretary).locator('.pst-code__qr img');
  await img.waitFor();
  const src = (await img.getAttribute('src')) ?? '';
  expect(src).toMatch(/^data:image\//);
  await expect(img.isVisible()).resolves.toBe(true);
  const box = await img.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(200);
  expect(Math.abs((box?.width ?? 0) - (box?.height ?? 0))).toBeLessThan(1);
  await secretary.waitForFunction((el) => el instanceof HTMLImageElement && el.complete && el.naturalWidth > 0, await img.elementHandle());
  const natural = await img.evaluate((el) => (el as HTMLImageElement).naturalWidth);
  expect(natural).toBeGreaterThanOrEqual(2 * (box?.width ?? 0));
  return src;
}

async function typeCode(page: Page, token: string, status: string): Promise<void> {
  const panel = shown(page).locator('.pst-panel--focus');
  await panel.locator('.pst-code-input input').fill(token.replace(/\s/g, '')); // typed as digits, without the gap
  await panel.locator('.pst-check-submit').click();
  await panel.locator('.pst-my-status', { hasText: status }).waitFor();
}

test('claim → check in and out with the on-screen code → the secretary confirms the hours → the points show', async () => {
  // 1. The member's balance before, then the board: the shift about to start, seats free; claim it.
  const member = await newPage();
  await loginWithPicker(member, MEMBER);
  const pointsBefore = await pointsOnMe(member);
  await openTab(member, '先锋岗');
  const card = shown(member).locator('.pst-shift', { hasText: TITLE });
  await card.waitFor();
  await expect(card.innerText()).resolves.toContain('已认领 0/3 人');
  await snap(member, 'posts-01-board');
  await card.locator('.pst-claim .nut-button').click();
  await shown(member).locator('.nut-dialog', { hasText: '认领班次' }).waitFor();
  await snap(member, 'posts-02-claim-dialog');
  await confirmDialog(member, '认领');
  await card.locator('.pst-mine', { hasText: '已认领' }).waitFor();
  await expect(card.innerText()).resolves.toContain('已认领 1/3 人');
  await shown(member).locator('.pst-upcoming__item', { hasText: TITLE }).waitFor(); // 我接下来的班次

  // 2. A second member claims it too.
  const second = await newPage();
  await loginWithPicker(second, SECOND);
  await claimOnBoard(second);

  // 3. On the shift's page check-in is open (it starts within 15 minutes).
  await openShift(member);
  await shown(member).locator('.pst-panel--focus .pst-check--in').waitFor();
  await snap(member, 'posts-03-check-in-open');

  // 4. The secretary shows the rotating code on her phone.
  const secretary = await newPage();
  await loginWithPicker(secretary, SECRETARY);
  await openTab(secretary, '先锋岗');
  await openShift(secretary);
  await shown(secretary).locator('.pst-panel--focus .pst-open-code').click();
  await secretary.waitForURL(/#\/packages\/posts\/pages\/code\/index/);
  await shown(secretary).locator('.pst-code__countdown').waitFor();
  const firstToken = await codeOnScreen(secretary);
  const firstQr = await qrOnScreen(secretary);
  await snap(secretary, 'posts-04-code');

  // 5. Both members check in and out with the code read off her screen.
  await typeCode(member, await codeOnScreen(secretary), '已签到');
  await shown(member).locator('.pst-panel--focus .pst-check--out').waitFor();
  await snap(member, 'posts-05-checked-in');
  await typeCode(member, await codeOnScreen(secretary), '已签退');
  await openShift(second);
  await typeCode(second, await codeOnScreen(secretary), '已签到');
  await typeCode(second, await codeOnScreen(secretary), '已签退');
  await snap(member, 'posts-06-checked-out');

  // The code rotates every 30 seconds; the QR picture is drawn again with it.
  await shown(secretary).locator('.pst-code__short').filter({ hasNotText: firstToken }).waitFor({ timeout: 45_000 });
  const nextQr = await qrOnScreen(secretary);
  expect(nextQr).not.toBe(firstQr);

  // 6. The roster: both checked out. The member came early to set up: the secretary credits an hour, with a reason…
  await secretary.goBack();
  await shown(secretary).locator('.pst-panel--focus .pst-open-roster').click();
  await secretary.waitForURL(/#\/packages\/posts\/pages\/roster\/index/);
  const row = shown(secretary).locator('.pst-roster-item', { hasText: MEMBER });
  await row.locator('.pst-roster-item__status', { hasText: '已签退' }).waitFor();
  await shown(secretary).locator('.pst-confirm-all', { hasText: '2 人已签退' }).waitFor();
  await snap(secretary, 'posts-07-roster');
  await row.locator('.pst-hours-button').click();
  await row.locator('.pst-minutes-input input').fill(String(ADJUSTED_MINUTES));
  await row.locator('.lin-reason__input textarea').fill('提前一小时到场布置桌椅');
  await row.locator('.lin-reason__submit').click();
  await row.locator('.pst-roster-item__status', { hasText: '时长已确认' }).waitFor();
  await expect(row.innerText()).resolves.toContain(`${ADJUSTED_POINTS} 分`);

  // 7. …and confirms the rest in bulk, as check-in and check-out computed them.
  await shown(secretary).locator('.pst-confirm-all .nut-button').click();
  await confirmDialog(secretary, '确认');
  const secondRow = shown(secretary).locator('.pst-roster-item', { hasText: SECOND });
  await secondRow.locator('.pst-roster-item__status', { hasText: '时长已确认' }).waitFor();
  await expect(shown(secretary).locator('.pst-confirm-all').count()).resolves.toBe(0);
  await snap(secretary, 'posts-08-confirmed');

  // 8. The member sees the hours and points: on 先锋岗, in 我的班次, and the balance on 我的.
  await member.goto('/#/pages/posts/index');
  await member.reload();
  await shown(member)
    .locator('.pst-hours__points', { hasText: String(ADJUSTED_POINTS) })
    .waitFor();
  await expect(shown(member).locator('.pst-hours__minutes').innerText()).resolves.toBe('1 小时');
  await shown(member).locator('.pst-hours').click();
  await member.waitForURL(/#\/packages\/posts\/pages\/mine\/index/);
  // Still under 未结束: the shift itself has not ended yet.
  await shown(member)
    .locator('.pst-my-shift', { hasText: TITLE })
    .locator('.pst-my-shift__hours', { hasText: `得 ${ADJUSTED_POINTS} 积分` })
    .waitFor();
  await snap(member, 'posts-09-my-shifts');
  await member.goto('/#/pages/posts/index');
  await member.reload();
  await settled(member);
  await expect(pointsOnMe(member)).resolves.toBe(pointsBefore + ADJUSTED_POINTS);

  // 9. 我的 has a way into 我的班次 too.
  const myShiftsRow = shown(member).locator('.me-link--my-shifts');
  await expect(myShiftsRow.innerText()).resolves.toContain('我的班次');
  await myShiftsRow.scrollIntoViewIfNeeded();
  await snap(member, 'posts-10-me');
  await myShiftsRow.click();
  await member.waitForURL(/#\/packages\/posts\/pages\/mine\/index/);
  await shown(member).locator('.pst-my-shift', { hasText: TITLE }).waitFor();
});

test('the secretary publishes a post with a shift; it shows on the board under its type', async () => {
  const POST = '楼道杂物清理周末行动';
  const secretary = await newPage();
  await loginWithPicker(secretary, SECRETARY);
  await openTab(secretary, '先锋岗');
  await shown(secretary).locator('.pst-publish__button').click();
  await secretary.waitForURL(/#\/packages\/posts\/pages\/form\/index/);
  await shown(secretary).locator('.pst-title-input input').fill(POST);
  await shown(secretary).locator('.pst-type-chips .lin-chip', { hasText: '环境整治' }).click();
  await shown(secretary).locator('.pst-description-input textarea').fill('清理 5 号楼楼道堆放的杂物，社区提供手套和垃圾袋。');
  await shown(secretary).locator('.pst-address-input input').fill('东湖社区 5号楼');
  await shown(secretary).locator('.pst-latitude-input input').fill('30.5596');
  await shown(secretary).locator('.pst-longitude-input input').fill('114.3733');
  await snap(secretary, 'posts-11-form');
  await shown(secretary).locator('.pst-form-submit').click();
  await secretary.waitForURL(/#\/pages\/posts\/index/);
  await shown(secretary).locator('.lin-toggle', { hasText: '环境整治' }).click();
  const card = shown(secretary).locator('.pst-shift', { hasText: POST });
  await card.waitFor();
  await expect(card.innerText()).resolves.toContain('已认领 0/5 人');
  await expect(shown(secretary).locator('.pst-shift .pst-type').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['环境整治']));
  await snap(secretary, 'posts-12-published');
});
