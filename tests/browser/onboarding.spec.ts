/// <reference lib="dom" />
/**
 * Onboarding a real community in the H5 build against the real server on a fresh demo database:
 * 东湖's secretary downloads the register template, uploads it filled (written here with exceljs),
 * reads the dry run and confirms; she prints 扫码入户 codes for 3号楼, a newcomer opens a flat's code,
 * files a join request, the secretary approves it from 待办 and the newcomer sees it approved; the
 * grid worker, posting a wish for a resident of an empty flat, registers her (代管居民, oral consent)
 * from the dead end and posts the wish for her; the secretary names a grid worker and revokes it.
 * Needs `pnpm build` and `pnpm build:h5` first; Chromium at /usr/bin/chromium.
 * Screenshots: tests/artifacts/screenshots/onboarding-*.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { screenshot } from './support/chromium';
import { loginWithPicker, settled, shown } from './support/h5-app';
import { phonesAgainstFreshServer } from './support/phones';

/** Demo users (server/src/seed/demo-city.ts). */
const SECRETARY = '李红梅'; // 东湖社区 · 书记
const GRID_WORKER = '孙丽'; // 东湖社区 · 第一网格 (3号楼 is in it)
const NEWCOMER = '马丽娟'; // lives in 柳园社区; asks to join a flat of 东湖
const RESIDENT = '王秀英'; // 东湖社区 · 1号楼 2单元 101
const EMPTY_FLAT = '1单元 101'; // 东湖 3号楼: nobody registered
const KEPT = '周桂芝';

jest.setTimeout(400_000);

const { newPage } = phonesAgainstFreshServer();

async function snap(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.waitForFunction(() => ![...document.querySelectorAll('.nut-toast')].some((el) => el.getClientRects().length > 0));
  await screenshot(page, name);
}

/** 我的 afresh (a reload: browser back onto a tab page leaves Taro's H5 router blank), then one of its links. */
async function openFromMe(page: Page, link: string, url: RegExp): Promise<void> {
  await page.goto('/#/pages/me/index');
  await page.reload();
  await shown(page).locator(link).click();
  await page.waitForURL(url);
}

async function toastText(page: Page): Promise<string> {
  const toast = page.locator('.nut-toast:visible').first();
  await toast.waitFor();
  return toast.innerText();
}

test('the secretary downloads the register template, uploads it filled, reads the dry run and confirms', async () => {
  const secretary = await newPage();
  await loginWithPicker(secretary, SECRETARY);
  await openFromMe(secretary, '.me-link--register', /#\/packages\/workbench\/pages\/register\/index/);

  const download = secretary.waitForEvent('download');
  await shown(secretary).locator('.wbk-register-template').click();
  const template = await download;
  expect(template.suggestedFilename()).toMatch(/\.xlsx$/);

  // Filled as a secretary would in Excel: the template's header row, then two new flats of 1号楼.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await template.path());
  const headers = (workbook.worksheets[0].getRow(1).values as unknown[]).slice(1).map(String);
  expect(headers[0]).toBe('楼栋');
  const filled = new ExcelJS.Workbook();
  const sheet = filled.addWorksheet('台账');
  sheet.addRow(headers);
  sheet.addRow(['1号楼', '5单元', '101', 88.5, '钱五', '13911115001', '否', '钱五', '13911115001', '本人', '常住']);
  sheet.addRow(['1号楼', '5单元', '102', 90, '吴六', '13911115002', '否', '吴六', '13911115002', '本人', '常住']);
  const chooser = secretary.waitForEvent('filechooser');
  await shown(secretary).locator('.wbk-register-upload').click();
  await (
    await chooser
  ).setFiles({
    name: '台账.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await filled.xlsx.writeBuffer()),
  });

  const counts = shown(secretary).locator('.wbk-register-counts');
  await counts.waitFor();
  await expect(counts.innerText()).resolves.toContain('新增 2 户');
  await snap(secretary, 'onboarding-01-register-dry-run');
  await shown(secretary).locator('.wbk-register-confirm').click();
  const applied = shown(secretary).locator('.wbk-register-applied');
  await applied.waitFor();
  await expect(applied.innerText()).resolves.toContain('新增 2 户');
  await expect(applied.innerText()).resolves.toContain('删除 0 户');
});

test('a newcomer scans a flat’s printed code, files a join request, the secretary approves it from 待办, the newcomer sees it', async () => {
  const secretary = await newPage();
  await loginWithPicker(secretary, SECRETARY);
  await openFromMe(secretary, '.me-link--register', /#\/packages\/workbench\/pages\/register\/index/);
  await shown(secretary).locator('.wbk-register-qr').click();
  await secretary.waitForURL(/#\/packages\/onboarding\/pages\/qr-sheet\/index/);
  await shown(secretary).locator('.onb-qr-buildings .lin-chip', { hasText: '3号楼' }).click();
  const tiles = shown(secretary).locator('.onb-qr__tile');
  await tiles.nth(1).waitFor();
  await expect(tiles.first().innerText()).resolves.toContain('东湖社区 3号楼');
  await snap(secretary, 'onboarding-02-qr-sheet');
  // A flat other than the empty one the grid worker fills in below.
  const tile = tiles.filter({ hasNotText: EMPTY_FLAT }).nth(1);
  const flatLabel = (await tile.locator('.onb-qr__title').innerText()).replace('3号楼 ', '');
  const joinUrl = (await tile.getAttribute('data-url'))!;
  expect(joinUrl).toMatch(/#\/packages\/onboarding\/pages\/join\/index\?p=/);

  const newcomer = await newPage();
  await loginWithPicker(newcomer, NEWCOMER);
  await newcomer.goto(joinUrl);
  await newcomer.reload();
  await shown(newcomer).getByText(flatLabel).first().waitFor();
  await shown(newcomer).locator('.join-name input').fill(NEWCOMER);
  await shown(newcomer).locator('.join-actions .nut-button').click();
  await shown(newcomer).getByText('等待网格员审核').waitFor();

  await openFromMe(secretary, '.me-link--queue', /#\/packages\/workbench\/pages\/queue\/index/);
  await shown(secretary)
    .locator('.wbk-item__body', { hasText: `${NEWCOMER} 申请入户` })
    .click();
  await secretary.waitForURL(/#\/packages\/onboarding\/pages\/review\/index/);
  await shown(secretary).locator('.onb-register-people').waitFor();
  await expect(shown(secretary).locator('.onb-request').innerText()).resolves.toContain(flatLabel);
  await snap(secretary, 'onboarding-03-join-review');
  await shown(secretary).locator('.lin-decision__approve').click();
  await secretary.locator('.nut-dialog-footer-ok:visible', { hasText: '通过' }).click();
  await shown(secretary).locator('.onb-status', { hasText: '已通过' }).waitFor();

  await newcomer.reload();
  await shown(newcomer).getByText('已通过').waitFor();
  await snap(newcomer, 'onboarding-04-join-approved');
});

test('the grid worker registers an offline resident in an empty flat of 东湖 3号楼 from the wish form and posts a wish for her', async () => {
  const worker = await newPage();
  await loginWithPicker(worker, GRID_WORKER);
  await shown(worker).locator('.wsh-action--post').click();
  await worker.waitForURL(/#\/packages\/wishes\/pages\/post\/index/);
  await shown(worker).locator('.wsa-mode-agent').click();
  await shown(worker).locator('.wsa-agent-grid .wsa-chip').first().click();
  await shown(worker).locator('.wsa-agent-building .wsa-chip', { hasText: '3号楼' }).click();
  await shown(worker).locator('.wsa-agent-household .wsa-chip', { hasText: EMPTY_FLAT }).click();
  // The dead end is a way on: register the flat's resident.
  await shown(worker).locator('.wsa-agent-register').click();
  await worker.waitForURL(/#\/packages\/onboarding\/pages\/flat\/index/);
  await shown(worker).getByText('这户还没有登记住户').waitFor();
  await shown(worker).locator('.onb-add').click();
  await shown(worker).locator('.onb-add-name input').fill(KEPT);
  await shown(worker).locator('.onb-add-phone input').fill('13911116001');
  await shown(worker).locator('.onb-add-consent .lin-chip', { hasText: '口头同意' }).click();
  await shown(worker).locator('.onb-add-note input').fill('本人口头同意，网格员入户记录');
  await shown(worker).locator('.onb-add-relation .lin-chip', { hasText: '业主' }).click();
  await snap(worker, 'onboarding-05-add-kept');
  await shown(worker).locator('.onb-add-save').click();
  const card = shown(worker).locator('.onb-person', { hasText: KEPT });
  await card.waitFor();
  await expect(card.innerText()).resolves.toContain('代管居民');
  await expect(card.innerText()).resolves.toContain('口头同意');
  await snap(worker, 'onboarding-06-flat');

  await worker.goBack();
  await worker.waitForURL(/#\/packages\/wishes\/pages\/post\/index/);
  await shown(worker).locator('.wsa-agent-resident .wsa-chip', { hasText: KEPT }).click();
  await shown(worker).locator('.wsa-title-input input').fill('想请人帮忙换厨房的灯泡');
  await shown(worker).locator('.wsa-story-input textarea').fill('厨房的灯坏了，家里没有梯子，自己够不着，想请人来帮忙换一个灯泡。');
  await shown(worker).locator('.wsa-category .wsa-chip', { hasText: '帮办' }).click();
  await shown(worker).locator('.wsa-value-input input').fill('0');
  const gender = shown(worker).locator('.wsa-gender .wsa-chip', { hasText: '女士' });
  if (await gender.count()) await gender.click();
  await shown(worker).locator('.wsa-consent-input textarea').fill('本人口头同意，网格员入户记录');
  await shown(worker).locator('.wsa-post-submit').click();
  await shown(worker).locator('.wsa-posted').waitFor();
});

test('the secretary names a grid worker (once, however often she taps) and revokes it', async () => {
  const secretary = await newPage();
  await loginWithPicker(secretary, SECRETARY);
  await openFromMe(secretary, '.me-link--roles', /#\/packages\/workbench\/pages\/roles\/index/);
  const gridWorkers = shown(secretary).locator(`.wbk-roles-group--grid_worker`);
  await expect(gridWorkers.innerText()).resolves.toContain(GRID_WORKER);

  await shown(secretary).locator('.wbk-roles-find input').fill(RESIDENT);
  await shown(secretary).locator('.wbk-roles-find-go').click();
  await shown(secretary).locator('.wbk-roles-person .lin-chip', { hasText: RESIDENT }).click();
  await shown(secretary).locator('.wbk-roles-role .lin-chip', { hasText: '网格员' }).click();
  await shown(secretary).locator('.wbk-roles-place .lin-chip').first().click();
  await shown(secretary).locator('.wbk-roles-grant-go').click();
  const granted = gridWorkers.locator('.wbk-roles-grant', { hasText: RESIDENT });
  await granted.waitFor();
  await snap(secretary, 'onboarding-07-roles');

  // A second tap names her once.
  await shown(secretary).locator('.wbk-roles-grant-go').click();
  expect(await toastText(secretary)).toBe('已任命');
  await expect(gridWorkers.locator('.wbk-roles-grant', { hasText: RESIDENT }).count()).resolves.toBe(1);

  await granted.locator('.wbk-roles-revoke').click();
  expect(await toastText(secretary)).toBe('已撤销');
  await granted.waitFor({ state: 'detached' });
  await expect(gridWorkers.innerText()).resolves.toContain(GRID_WORKER);
});
