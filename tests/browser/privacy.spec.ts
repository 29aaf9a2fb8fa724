/// <reference lib="dom" />
/**
 * Personal information in the H5 build against the real server: the unticked consent box at the
 * first login, and 我的 → 个人信息 (export, 注销 for a resident with nothing live, the reason
 * for one with a shift still to come). Screenshots at phone size in tests/artifacts/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { screenshot } from './support/chromium';
import { agreeToPolicy, loginWithPicker, openTab, settled, shown } from './support/h5-app';
import { phonesAgainstFreshServer } from './support/phones';

const NOTHING_LIVE = '钱进'; // 东湖社区 · 党员, no claim or shift pending in the demo data
const UPCOMING_SHIFT = '陈静'; // holds a 先锋岗 shift not yet over

jest.setTimeout(120_000);

const { newPage } = phonesAgainstFreshServer();

async function openMyData(page: Page): Promise<void> {
  await openTab(page, '我的');
  await shown(page).locator('.me-my-data').click();
  await page.waitForURL(/#\/packages\/privacy\/pages\/my-data\/index/);
  await shown(page).locator('.my-data__export').waitFor();
  await settled(page);
}

test('the first login is refused until the consent box is ticked', async () => {
  const page = await newPage();
  await page.goto('/');
  await page.waitForURL(/#\/pages\/login\/index/);
  await page.locator('.login-dev__user', { hasText: NOTHING_LIVE }).click();
  await page.getByText('请先阅读并勾选同意《用户服务协议》和《隐私政策》').first().waitFor();
  expect(page.url()).toMatch(/#\/pages\/login\/index/);
  expect(await page.evaluate(() => localStorage.getItem('linli.token'))).toBeFalsy();
  await screenshot(page, 'privacy-01-login-unticked');
  await agreeToPolicy(page);
  await page.locator('.login-dev__user', { hasText: NOTHING_LIVE }).click();
  await page.waitForURL(/#\/pages\/wishes\/index/);
});

test('个人信息: a resident with nothing live sees their data, downloads it, and 注销 asks for 确认注销 then logs out', async () => {
  const page = await newPage();
  await loginWithPicker(page, NOTHING_LIVE);
  await openMyData(page);
  await expect(shown(page).innerText()).resolves.toContain(NOTHING_LIVE);
  await shown(page).locator('.my-data__section--consents').click();
  await expect(shown(page).locator('.my-data__sections').innerText()).resolves.toContain('《隐私政策》');
  await screenshot(page, 'privacy-02-my-data');

  const [download] = await Promise.all([page.waitForEvent('download'), shown(page).locator('.my-data__export').click()]);
  expect(download.suggestedFilename()).toBe('我的数据.json');
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file.profile.displayName).toBe(NOTHING_LIVE);
  expect(file.sections.consents.length).toBeGreaterThan(0);

  await shown(page).locator('.my-data__delete').click();
  const confirm = page.locator('.nut-dialog:visible');
  await confirm.locator('input').fill('注销');
  // Anything but the exact words leaves the button disabled.
  expect(await confirm.locator('.nut-dialog-footer-ok').getAttribute('class')).toContain('disabled');
  await confirm.locator('input').fill('确认注销');
  await screenshot(page, 'privacy-03-delete-confirm');
  await confirm.locator('.nut-dialog-footer-ok').click();
  await page.waitForURL(/#\/pages\/login\/index/);
  expect(await page.evaluate(() => localStorage.getItem('linli.token'))).toBeFalsy();
  // The deleted account is no longer offered.
  await page.locator('.login-dev__user').first().waitFor();
  await expect(page.locator('.login-dev__user', { hasText: NOTHING_LIVE }).count()).resolves.toBe(0);
});

test('个人信息: someone with a shift still to come is told why the account cannot be deleted yet', async () => {
  const page = await newPage();
  await loginWithPicker(page, UPCOMING_SHIFT);
  await openMyData(page);
  await shown(page).locator('.my-data__delete').click();
  const confirm = page.locator('.nut-dialog:visible');
  await confirm.locator('input').fill('确认注销');
  await confirm.locator('.nut-dialog-footer-ok').click();
  await shown(page).locator('.my-data__refusal', { hasText: '未结束的先锋岗班次' }).waitFor();
  expect(page.url()).toMatch(/#\/packages\/privacy\/pages\/my-data\/index/);
  await screenshot(page, 'privacy-04-delete-refused');
});
