/// <reference lib="dom" />
/**
 * 双报到 (double reporting) in the H5 build against the real server on a fresh demo database:
 * a resident reports to their community, the secretary approves, and the Party-member features
 * unlock for them. Needs `pnpm build` and `pnpm build:h5` first; Chromium at /usr/bin/chromium.
 * Screenshots land in tests/artifacts/screenshots/ (reporting-*).
 */
import { ERROR_CATALOG } from '@linli/shared';
import type { Page } from 'playwright-core';
import { screenshot } from './support/chromium';
import { loginWithPicker, openTab, settled, shown } from './support/h5-app';
import { phonesAgainstFreshServer } from './support/phones';

/** Demo users (server/src/seed/demo-city.ts). */
const RESIDENT = '赵小明'; // 东湖社区 · 居民, not a Party member
const SECRETARY = '李红梅'; // 东湖社区 · 书记
const PENDING_MEMBER = '黄磊'; // 东湖社区 · 报到待审核
const UNIT_CONTACT = '钱进'; // 区教育局 · approved contact in 东湖社区
const UNIT_MEMBER = '王建军'; // 区教育局 · reported to 东湖社区, 42 points

const NEW_UNIT = { name: '区税务局', kind: '机关', partyOrg: '区税务局机关党委' };
const PHONE = '13912345678';

jest.setTimeout(120_000);

const { newPage } = phonesAgainstFreshServer();

/** A screenshot once the page has finished sliding in. */
async function snap(page: Page, name: string): Promise<void> {
  await settled(page);
  await screenshot(page, name);
}

function formItem(page: Page, label: string) {
  return shown(page).locator('.nut-form-item', { has: page.locator('.nut-form-item-labeltxt', { hasText: label }) });
}

function chip(page: Page, fieldLabel: string, chipLabel: string) {
  return formItem(page, fieldLabel).locator('.lin-chip', { hasText: chipLabel });
}

test('a resident reports, the secretary approves, and the Party-member features unlock', async () => {
  // 1. 赵小明 is not a Party member: the tabs tell him, in one line, that double reporting unlocks claiming.
  const resident = await newPage();
  await loginWithPicker(resident, RESIDENT);
  await shown(resident)
    .getByText(/完成双报到后即可认领/)
    .waitFor();
  await openTab(resident, '先锋岗');
  await shown(resident).locator('.pst-filters').waitFor();
  await shown(resident)
    .getByText(/完成双报到后即可认领/)
    .waitFor();
  await snap(resident, 'reporting-01-posts-locked');

  // 2. 我的 → 双报到: nothing reported yet.
  await openTab(resident, '我的');
  await shown(resident).locator('.me-link--member-reporting').click();
  await resident.waitForURL(/#\/packages\/reporting\/pages\/member\/index/);
  await shown(resident).getByText('什么是双报到').waitFor();
  await snap(resident, 'reporting-02-member-intro');
  await shown(resident).locator('.rpt-report').click();
  await resident.waitForURL(/#\/packages\/reporting\/pages\/member-form\/index/);

  // 3. The form: household and name prefilled; a new unit, one skill, one time slot.
  await formItem(resident, '真实姓名').locator('input').waitFor();
  await expect(formItem(resident, '真实姓名').locator('input').inputValue()).resolves.toBe(RESIDENT);
  await expect(formItem(resident, '居住的住户').locator('.lin-chip--selected').count()).resolves.toBe(1);
  await formItem(resident, '手机号').locator('input').fill(PHONE);
  await chip(resident, '工作单位', '填写新单位').click();
  await formItem(resident, '单位名称').locator('input').fill(NEW_UNIT.name);
  await chip(resident, '单位类别', NEW_UNIT.kind).click();
  await formItem(resident, '单位党组织').locator('input').fill(NEW_UNIT.partyOrg);
  await chip(resident, '专长', '法律咨询').click();

  // Without a time slot the form says what is missing and sends nothing.
  const submitButton = shown(resident).locator('.nut-button', { hasText: '提交报到' });
  let posted = 0;
  resident.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/v1/member-registrations')) posted++;
  });
  await submitButton.click();
  await shown(resident).getByText('请至少选择一个可服务时间').waitFor();
  expect(posted).toBe(0);
  await chip(resident, '可服务时间', '周末白天').click();
  await formItem(resident, '居住的住户').scrollIntoViewIfNeeded();
  await snap(resident, 'reporting-03-member-form-top');
  await submitButton.scrollIntoViewIfNeeded();
  await snap(resident, 'reporting-03-member-form-bottom');

  const submitted = resident.waitForResponse((r) => r.url().endsWith('/api/v1/member-registrations') && r.request().method() === 'POST');
  await submitButton.click();
  expect((await submitted).status()).toBe(201);
  await resident.waitForURL(/#\/packages\/reporting\/pages\/member\/index/);
  const pendingCard = shown(resident).locator('.rpt-registration', { hasText: NEW_UNIT.name });
  await pendingCard.locator('.lin-status--pending', { hasText: '待审核' }).waitFor();
  await expect(pendingCard.innerText()).resolves.toContain('等待社区书记审核');
  expect(posted).toBe(1);
  await snap(resident, 'reporting-04-member-pending');

  // 4. 李红梅 (secretary of 东湖社区) reviews: the pending list, the registration, 通过.
  const secretary = await newPage();
  await loginWithPicker(secretary, SECRETARY);
  await openTab(secretary, '我的');
  await shown(secretary).locator('.me-link--review').click();
  await secretary.waitForURL(/#\/packages\/reporting\/pages\/review\/index/);
  const item = shown(secretary).locator('.rpt-review-item', { hasText: RESIDENT });
  await item.waitFor();
  await shown(secretary).locator('.rpt-review-item', { hasText: PENDING_MEMBER }).waitFor();
  await shown(secretary).locator('.nut-tabs-titles-item', { hasText: '个人报到（2）' }).waitFor();
  await snap(secretary, 'reporting-05-review-list');

  await item.click();
  await secretary.waitForURL(/#\/packages\/reporting\/pages\/member-review\/index\?id=/);
  const detail = shown(secretary);
  await detail.getByText(PHONE).waitFor();
  await detail.getByText(NEW_UNIT.partyOrg).waitFor();
  await detail.getByText('法律咨询').waitFor();
  await detail.getByText('周末白天').waitFor();
  await snap(secretary, 'reporting-06-review-detail');

  await detail.locator('.lin-decision__approve').click();
  const dialog = detail.locator('.nut-dialog');
  await dialog.getByText(`通过后，${RESIDENT}将成为东湖社区的在职党员`).waitFor();
  const approved = secretary.waitForResponse((r) => /\/approval$/.test(r.url()) && r.request().method() === 'POST');
  await dialog.locator('.nut-button', { hasText: '通过' }).click();
  expect((await approved).status()).toBe(200);
  await detail.locator('.rpt-detail .lin-status--approved', { hasText: '已通过' }).waitFor();
  await detail.locator('.lin-row', { hasText: '审核人' }).getByText(SECRETARY).waitFor();
  await expect(detail.locator('.lin-decision__approve').count()).resolves.toBe(0);
  await snap(secretary, 'reporting-07-review-approved');

  // Back on the list, the decided registration has left the pending ones.
  await secretary.goBack();
  await shown(secretary).locator('.nut-tabs-titles-item', { hasText: '个人报到（1）' }).waitFor();
  await expect(shown(secretary).locator('.rpt-review-item', { hasText: RESIDENT }).count()).resolves.toBe(0);

  // 5. 赵小明 logs in again: 已通过, and the Party-member features are unlocked.
  const again = await newPage();
  await loginWithPicker(again, RESIDENT);
  await shown(again).getByText('您已向东湖社区报到').waitFor();
  await expect(
    shown(again)
      .getByText(/完成双报到后即可认领/)
      .count(),
  ).resolves.toBe(0);
  await snap(again, 'reporting-08-wishes-unlocked');

  await openTab(again, '我的');
  await shown(again).locator('.me-party', { hasText: '已报到 · 东湖社区' }).waitFor();
  await snap(again, 'reporting-09-me-party-member');

  await shown(again).locator('.me-party').click();
  await again.waitForURL(/#\/packages\/reporting\/pages\/member\/index/);
  const approvedCard = shown(again).locator('.rpt-registration', { hasText: NEW_UNIT.name });
  await approvedCard.locator('.lin-status--approved', { hasText: '已通过' }).waitFor();
  await expect(approvedCard.innerText()).resolves.toContain(SECRETARY);
  await shown(again).locator('.rpt-banner--unlocked').waitFor();
  await snap(again, 'reporting-10-member-approved');
});

test('a decision someone else made first: the server’s message, then the registration as it now is', async () => {
  const secretary = await newPage();
  await loginWithPicker(secretary, SECRETARY);
  await openTab(secretary, '我的');
  await shown(secretary).locator('.me-link--review').click();
  await shown(secretary).locator('.rpt-review-item', { hasText: PENDING_MEMBER }).click();
  await secretary.waitForURL(/#\/packages\/reporting\/pages\/member-review\/index\?id=/);
  const detail = shown(secretary);
  await detail.locator('.lin-decision__reject').waitFor();

  // Turning it down needs a reason.
  await detail.locator('.lin-decision__reject').click();
  await detail.locator('.lin-decision__confirm-reject').click();
  await detail.getByText('请填写不通过的原因（至少 2 个字）').waitFor();

  // Meanwhile the registration is approved elsewhere (another phone of the secretary's).
  const id = new URL(secretary.url().replace('#', '')).searchParams.get('id');
  const approvedElsewhere = await secretary.evaluate(async (registrationId) => {
    const token = JSON.parse(localStorage.getItem('linli.token') ?? '{}').data as string;
    const response = await fetch(`/api/v1/member-registrations/${registrationId}/approval`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    });
    return response.status;
  }, id);
  expect(approvedElsewhere).toBe(200);

  await detail.locator('.lin-decision textarea').fill('所填住址与登记信息不符');
  const refused = secretary.waitForResponse((r) => /\/rejection$/.test(r.url()));
  await detail.locator('.lin-decision__confirm-reject').click();
  expect((await refused).status()).toBe(409);
  await detail.getByText(ERROR_CATALOG.REGISTRATION_ALREADY_DECIDED.message).waitFor();
  await detail.locator('.rpt-detail .lin-status--approved').waitFor();
  await expect(detail.locator('.lin-decision').count()).resolves.toBe(0);
  await snap(secretary, 'reporting-11-review-conflict');
});

test('a unit contact sees the unit’s members and their year, and downloads the summaries', async () => {
  const contact = await newPage();
  await loginWithPicker(contact, UNIT_CONTACT);
  await openTab(contact, '我的');
  await shown(contact).locator('.me-link--unit-members').click();
  await contact.waitForURL(/#\/packages\/reporting\/pages\/unit-members\/index/);
  const member = shown(contact).locator('.rpt-member', { hasText: UNIT_MEMBER });
  await member.waitFor();
  await expect(member.innerText()).resolves.toContain('东湖社区');
  await expect(member.locator('.rpt-stat', { hasText: '积分' }).innerText()).resolves.toContain('42');
  await snap(contact, 'reporting-12-unit-members');

  const unitDownload = contact.waitForEvent('download');
  await shown(contact).locator('.rpt-download-unit .nut-button').click();
  expect((await unitDownload).suggestedFilename()).toMatch(/区教育局.*\.xlsx$/);
  const memberDownload = contact.waitForEvent('download');
  await member.locator('.rpt-download-member .nut-button').click();
  expect((await memberDownload).suggestedFilename()).toMatch(new RegExp(`${UNIT_MEMBER}.*\\.xlsx$`));

  // Last year: the same members, that year's record.
  const year = Number(
    await shown(contact)
      .locator('.rpt-year__value')
      .innerText()
      .then((t) => t.replace(/\D/g, '')),
  );
  const lastYear = contact.waitForResponse((r) => r.url().includes('/members?') && r.url().includes(`year=${year - 1}`));
  await shown(contact).locator('.rpt-year__prev').click();
  expect((await lastYear).status()).toBe(200);
  await shown(contact)
    .getByText(`${year - 1} 年报到党员及服务记录`)
    .waitFor();
});
