/// <reference lib="dom" />
/**
 * States that explain themselves and people who hear what concerns them, in the H5 build against a
 * fresh demo database: a shift already under way says claiming is over (no green "还差 N 人" with
 * no button); 我的班次 shows the member's totals as his ledger holds them, lists his shifts once and
 * does not link to itself; the secretary, landing on 心愿墙 right after logging in, sees the unread
 * badge on the 我的 tab (H5 has no push) and finds the notice that new items wait in her queue; a
 * member invites another into a 帮帮团 before claiming, and the wish shows the group.
 * Needs `pnpm build` and `pnpm build:h5` first; Chromium at /usr/bin/chromium.
 * Screenshots: tests/artifacts/screenshots/journeys-*.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './support/chromium';
import { loginWithPicker, openTab, settled, shown } from './support/h5-app';
import { phonesAgainstFreshServer } from './support/phones';

const SECRETARY = '李红梅'; // 东湖社区书记: 黄磊's registration and a wish wait in her queue
const MEMBER = '王建军'; // 东湖社区 · 在职党员: tutoring and door-knocking served, 42 points credited from them
const UNDER_WAY = '上学路口文明劝导'; // a demo shift that started 30 minutes before seeding, seats left
const OPEN_WISH = '想有人陪我去医院复查'; // 王秀英's open wish in 东湖
const INVITED = '刘洋'; // another Party member of 东湖

jest.setTimeout(240_000);

const { newPage } = phonesAgainstFreshServer();

async function snap(page: Page, name: string): Promise<void> {
  await settled(page);
  await screenshot(page, name);
}

test('a shift under way says claiming is over; 我的班次 shows the served totals once, without a link to itself', async () => {
  const member = await newPage();
  await loginWithPicker(member, MEMBER);
  await openTab(member, '先锋岗');

  const card = shown(member).locator('.pst-shift', { hasText: UNDER_WAY }).first();
  await card.waitFor();
  const seats = card.locator('.pst-seats');
  await expect(seats.innerText()).resolves.toMatch(/^进行中 · 已认领 0\/4 人，开始后不再接受认领$/);
  await expect(seats.getAttribute('class')).resolves.toContain('pst-seats--closed'); // grey, not the green of open seats
  await expect(card.locator('.pst-claim').count()).resolves.toBe(0);
  await snap(member, 'journeys-01-shift-under-way');

  // The header holds what the ledger holds from his shifts: 2 services, 4 hours, 42 points.
  const header = shown(member).locator('.pst-hours');
  await header.locator('.pst-hours__points', { hasText: '42' }).waitFor();
  await expect(header.locator('.pst-hours__shifts').innerText()).resolves.toBe('2');
  await expect(header.locator('.pst-hours__minutes').innerText()).resolves.toBe('4 小时');
  await header.click();
  await member.waitForURL(/#\/packages\/posts\/pages\/mine\/index/);
  const page = shown(member);
  await page.locator('.pst-my-shift').first().waitFor();
  await settled(member); // the board has slid away: only 我的班次 is on screen
  await page.locator('.pst-hours__points', { hasText: '42' }).waitFor();
  // No second list of the same coming shifts, and nothing that opens this page again.
  await expect(page.locator('.pst-upcoming').count()).resolves.toBe(0);
  await expect(page.locator('.pst-hours__more').count()).resolves.toBe(0);
  const titles = await page.locator('.pst-my-shift .pst-shift__title').allInnerTexts();
  const ids = await page.locator('.pst-my-shift').count();
  expect(titles.length).toBe(ids);
  await snap(member, 'journeys-02-my-shifts');
  await page.locator('.pst-tabs').getByText('已结束').click();
  await page.locator('.pst-my-shift', { hasText: '周末课业辅导' }).locator('.pst-my-shift__hours', { hasText: '服务 3 小时，得 30 积分' }).waitFor();
  await snap(member, 'journeys-03-my-past-shifts');
});

test('the secretary lands on 心愿墙 with the unread badge on 我的, and is told new items wait in her queue', async () => {
  // The server's first sweeps (every minute) write the day's queue notice: give them time to run.
  await new Promise((resolve) => setTimeout(resolve, 70_000));
  const secretary = await newPage();
  await loginWithPicker(secretary, SECRETARY);
  // Still on 心愿墙, never having opened 我的: the badge is on the tab.
  const badge = secretary.locator('.weui-tabbar__item', { hasText: '我的' }).locator('.taro-tabbar-badge');
  await badge.waitFor({ timeout: 15_000 });
  const unread = Number(await badge.innerText());
  expect(unread).toBeGreaterThanOrEqual(1);
  await snap(secretary, 'journeys-04-badge-on-landing');

  await openTab(secretary, '我的');
  await shown(secretary).locator('.me-link--queue .me-badge').waitFor(); // 待办 with how many wait
  await shown(secretary).locator('.me-link--inbox').click();
  await secretary.waitForURL(/#\/packages\/workbench\/pages\/inbox\/index/);
  const notice = shown(secretary).locator('.wbk-notice', { hasText: '有新的待审核事项' });
  await notice.waitFor();
  await expect(notice.innerText()).resolves.toMatch(/东湖社区有 \d+ 项事项等待审核，请到「待办」处理/);
  await snap(secretary, 'journeys-05-queue-notice');
  await notice.click();
  await secretary.waitForURL(/#\/packages\/workbench\/pages\/queue\/index/);
  await snap(secretary, 'journeys-06-queue');
});

test('a member invites a 帮帮团 before claiming, and the wish shows the group', async () => {
  const member = await newPage();
  await loginWithPicker(member, MEMBER);
  await shown(member).locator('.lin-wish-card', { hasText: OPEN_WISH }).click();
  await member.waitForURL(/#\/packages\/wishes\/pages\/detail\/index/);
  await shown(member).locator('.wsd-group__open').click();
  const chip = shown(member).locator('.wsd-group__member', { hasText: INVITED });
  await chip.waitFor();
  await expect(shown(member).locator('.wsd-group__member', { hasText: MEMBER }).count()).resolves.toBe(0); // not himself
  await chip.click();
  await shown(member).locator('.wsd-group__count', { hasText: '已邀请 1 人，连您共 2 人' }).waitFor();
  await snap(member, 'journeys-07-group-picker');
  await shown(member).locator('.wsd-claim .nut-button', { hasText: '和 1 位党员一起认领' }).click();
  await member.locator('.nut-dialog-footer-ok:visible', { hasText: '认领' }).click();
  await shown(member).locator('.wsd-contact').waitFor();
  const helpers = shown(member).locator('.lin-row', { hasText: '帮帮团（2 人）' });
  await helpers.waitFor();
  await expect(helpers.innerText()).resolves.toContain(`${MEMBER}、${INVITED}`);
  await snap(member, 'journeys-08-group-claimed');
});
