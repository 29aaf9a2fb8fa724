/// <reference lib="dom" />
/**
 * 社区工作台 in the H5 build against the real server on a fresh demo database: a resident posts two
 * wishes (through the API); 东湖's secretary sees 待办 with its count on 我的, finds both wishes at
 * the end of the queue (oldest first), ticks them and the pending unit registration while the
 * resident withdraws one of the wishes, and approves in bulk: 2 pass, the withdrawn one is named
 * with the server's reason, and the counts drop by what went through. Then the dashboard shows the
 * server's figures with drawn charts, the points ranking puts 王建军 first (his ledger opens), and
 * the audit trail lists her approval as 审核通过心愿, filtered to her by a tap on her name. The
 * street officer sees the street's dashboard with a line for each of its two communities.
 * Then the resident finds the approval in 消息 (badge on 我的 and its tab, unread dot, read on
 * opening) and her points in 我的积分明细; the secretary sets a daily points cap, exports the wishes
 * to Excel (progress, then a download), and hides a wish the resident reported.
 * Needs `pnpm build` and `pnpm build:h5` first; Chromium at /usr/bin/chromium.
 * Screenshots: tests/artifacts/screenshots/workbench-*.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './support/chromium';
import { loginWithPicker, openTab, settled, shown } from './support/h5-app';
import { phonesAgainstFreshServer } from './support/phones';

/** Demo users (server/src/seed/demo-city.ts). */
const RESIDENT = '王秀英'; // 东湖社区 · 1号楼 2单元 101
const SECRETARY = '李红梅'; // 东湖社区 · 书记
const STREET_OFFICER = '周振华'; // 东风街道: 东湖社区, 柳园社区
const TOP_MEMBER = '王建军'; // 东湖's highest balance in the demo
const PENDING_UNIT = '第一中学'; // its unit registration to 东湖 waits for review
const WISH = '想请人帮忙修一下楼道的声控灯';
const WITHDRAWN_WISH = '想借一辆手推车用两周';

jest.setTimeout(300_000);

const { newPage } = phonesAgainstFreshServer();

/** What the first test leaves for the second: the wish the secretary approved. */
const approved = { wishId: '' };

async function snap(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.waitForFunction(() => ![...document.querySelectorAll('.nut-toast')].some((el) => el.getClientRects().length > 0));
  await screenshot(page, name);
}

/** Calls the API with the page's own session (what another phone or the app itself would do). */
async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const token = JSON.parse(localStorage.getItem('linli.token') ?? '{}').data as string;
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    { method, path, body },
  );
}

async function postWish(page: Page, title: string): Promise<string> {
  const me = await callApi<{ households: { householdId: string }[] }>(page, 'GET', '/me');
  const wantedBy = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const posted = await callApi<{ id: string }>(page, 'POST', '/wishes', {
    householdId: me.body.households[0].householdId,
    title,
    story: '家里老人晚上上下楼看不清，想请懂电工的党员帮忙看一看、修一修。',
    category: 'help',
    valueFen: 0,
    wantedBy,
  });
  expect(posted.status).toBe(201);
  return posted.body.id;
}

/** 我的 afresh (a reload: browser back onto a tab page leaves Taro's H5 router blank), then one of its links. */
async function openFromMe(page: Page, link: string, url: RegExp): Promise<void> {
  await page.goto('/#/pages/me/index');
  await page.reload();
  await shown(page).locator(link).click();
  await page.waitForURL(url);
}

/** The number on a 待办 filter chip ("全部 12" → 12). */
async function chipCount(page: Page, label: string): Promise<number> {
  const text = await shown(page)
    .locator('.wbk-kind-filter', { hasText: new RegExp(`^${label} \\d+$`) })
    .innerText();
  return Number(text.split(' ')[1]);
}

/** Pages through the queue (加载更多) until the item is on screen. */
async function findInQueue(page: Page, title: string) {
  const item = shown(page).locator('.wbk-item', { hasText: title });
  for (let pages = 0; pages < 10 && (await item.count()) === 0; pages++) {
    await shown(page).locator('.lin-more .nut-button').click();
    await page.waitForTimeout(300);
  }
  return item;
}

test('待办 with counts → bulk approval with one item gone meanwhile → dashboard, points, audit trail; the street officer’s street', async () => {
  // 1. A resident posts two wishes.
  const resident = await newPage();
  await loginWithPicker(resident, RESIDENT);
  approved.wishId = await postWish(resident, WISH);
  const withdrawnId = await postWish(resident, WITHDRAWN_WISH);

  // 2. 李红梅 sees how much waits, on 我的, and opens 待办.
  const secretary = await newPage();
  await loginWithPicker(secretary, SECRETARY);
  await openTab(secretary, '我的');
  const badge = shown(secretary).locator('.me-link--queue .me-badge');
  await badge.waitFor();
  const waiting = Number(await badge.innerText());
  expect(waiting).toBeGreaterThanOrEqual(4); // the two wishes, 第一中学, a topic
  await shown(secretary).locator('.me-link--queue').scrollIntoViewIfNeeded();
  await snap(secretary, 'workbench-01-me');
  await shown(secretary).locator('.me-link--queue').click();
  await secretary.waitForURL(/#\/packages\/workbench\/pages\/queue\/index/);
  await shown(secretary).locator('.wbk-item').first().waitFor();
  expect(await chipCount(secretary, '全部')).toBe(waiting);
  const wishesBefore = await chipCount(secretary, '心愿审核');
  const unitsBefore = await chipCount(secretary, '单位报到');
  await snap(secretary, 'workbench-02-queue');

  // Oldest first: the unit registration (seeded) comes before today's wishes, which come last.
  const unit = await findInQueue(secretary, PENDING_UNIT);
  const wish = await findInQueue(secretary, WISH);
  const gone = await findInQueue(secretary, WITHDRAWN_WISH);
  const titles = await shown(secretary).locator('.wbk-item__title').allInnerTexts();
  expect(titles.slice(-2)).toEqual([WISH, WITHDRAWN_WISH]);
  expect(titles.indexOf(PENDING_UNIT)).toBeLessThan(titles.indexOf(WISH));
  // Topics need a judgement each: no tick box.
  await expect(shown(secretary).locator('.wbk-item', { hasText: '议题受理' }).locator('.wbk-check[role=checkbox]').count()).resolves.toBe(0);

  await unit.locator('.wbk-check').click();
  await wish.locator('.wbk-check').click();
  await gone.locator('.wbk-check').click();
  await shown(secretary).locator('.wbk-bulk__text', { hasText: '已选 3 条' }).waitFor();
  await expect(wish.getAttribute('class')).resolves.toContain('wbk-item--checked');
  await snap(secretary, 'workbench-03-selected');

  // Meanwhile the resident takes one of them back.
  expect((await callApi(resident, 'POST', `/wishes/${withdrawnId}/withdrawal`, {})).status).toBe(200);

  await shown(secretary).locator('.wbk-bulk__approve').click();
  await shown(secretary).locator('.nut-dialog', { hasText: '批量通过 3 条' }).waitFor();
  await secretary.locator('.nut-dialog-footer-ok:visible', { hasText: '通过' }).click();
  const summary = shown(secretary).locator('.wbk-summary');
  await summary.waitFor();
  await expect(summary.locator('.wbk-summary__text').innerText()).resolves.toBe('已通过 2 条，1 条未通过：');
  await expect(summary.locator('.wbk-summary__failure').innerText()).resolves.toMatch(new RegExp(`^${WITHDRAWN_WISH}：.+`));
  // The counts drop by what was approved and withdrawn; the approved items leave the list.
  await shown(secretary)
    .locator('.wbk-kind-filter', { hasText: `全部 ${waiting - 3}` })
    .waitFor();
  expect(await chipCount(secretary, '心愿审核')).toBe(wishesBefore - 2);
  await expect(shown(secretary).locator('.wbk-kind-filter', { hasText: '单位报到' }).count()).resolves.toBe(unitsBefore - 1 > 0 ? 1 : 0);
  await shown(secretary).locator('.wbk-item', { hasText: WISH }).waitFor({ state: 'detached' });
  await snap(secretary, 'workbench-04-approved');
  // A topic is handled on its own page: the item opens it.
  await shown(secretary).locator('.wbk-item', { hasText: '议题受理' }).locator('.wbk-item__body').click();
  await secretary.waitForURL(/#\/packages\/deliberation\/pages\/topic\/index\?id=/);
  await shown(secretary).locator('.dlp-review__accept').waitFor();

  // 3. 数据看板: the server's figures, and charts drawn on canvas.
  const me = await callApi<{ communities: { id: string; name: string }[] }>(secretary, 'GET', '/me');
  const donghu = me.body.communities.find((c) => c.name === '东湖社区')!.id;
  const figures = (
    await callApi<{ members: number; units: number; wishes: { posted: number; fulfilled: number } }>(secretary, 'GET', `/places/${donghu}/dashboard`)
  ).body;
  await openFromMe(secretary, '.me-link--dashboard', /#\/packages\/workbench\/pages\/dashboard\/index/);
  const page = shown(secretary);
  await page.locator('.wbk-dashboard__place', { hasText: '东湖社区' }).waitFor();
  await expect(page.locator('.wbk-stats--reporting .wbk-stat__value').allInnerTexts()).resolves.toEqual([`${figures.members}人`, `${figures.units}个`]);
  await expect(page.locator('.wbk-stats--wishes .wbk-stat', { hasText: '发布' }).locator('.wbk-stat__value').innerText()).resolves.toBe(
    `${figures.wishes.posted}个`,
  );
  await expect(page.locator('.wbk-stats--wishes .wbk-stat', { hasText: '圆梦' }).first().locator('.wbk-stat__value').innerText()).resolves.toBe(
    `${figures.wishes.fulfilled}个`,
  );
  expect(figures.units).toBeGreaterThanOrEqual(1); // 第一中学, approved just now
  const chart = page.locator('.wbk-chart--wishes canvas');
  await chart.waitFor();
  await secretary.waitForFunction(
    (canvas) => {
      if (!(canvas instanceof HTMLCanvasElement) || canvas.width === 0) return false;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
      return painted > 500;
    },
    await chart.elementHandle(),
  );
  await expect(page.locator('.wbk-community-line').count()).resolves.toBe(0); // a community has no lines to compare
  await snap(secretary, 'workbench-05-dashboard');
  await page.locator('.wbk-chart--hours').scrollIntoViewIfNeeded();
  await snap(secretary, 'workbench-06-dashboard-charts');

  // 4. 积分: 王建军 leads; his ledger opens, with 冲正 for the secretary.
  await openFromMe(secretary, '.me-link--points-admin', /#\/packages\/workbench\/pages\/points\/index/);
  const first = shown(secretary).locator('.wbk-ranking .wbk-rank').first();
  await first.waitFor();
  await expect(first.locator('.wbk-rank__name').innerText()).resolves.toBe(TOP_MEMBER);
  await shown(secretary).locator('.wbk-rules', { hasText: '每小时' }).waitFor();
  await snap(secretary, 'workbench-07-points');
  await first.click();
  await secretary.waitForURL(/#\/packages\/workbench\/pages\/points-member\/index/);
  await shown(secretary).locator('.wbk-entry').first().waitFor();
  await shown(secretary).locator('.wbk-entry__reverse').first().waitFor();
  await snap(secretary, 'workbench-08-member-ledger');

  // 5. 操作记录: her approval, in words; a tap on her name shows only what she did.
  await openFromMe(secretary, '.me-link--audit', /#\/packages\/workbench\/pages\/audit\/index/);
  const approval = shown(secretary).locator('.wbk-audit', { hasText: '审核通过心愿' }).first();
  await approval.waitFor();
  await expect(approval.locator('.wbk-audit__actor').innerText()).resolves.toBe(SECRETARY);
  await approval.click();
  await approval.locator('.wbk-audit__details').waitFor();
  await approval.locator('.wbk-audit__actor').click();
  await shown(secretary)
    .locator('.wbk-actor-filter', { hasText: `只看 ${SECRETARY}` })
    .waitFor();
  await shown(secretary).locator('.wbk-audit').first().waitFor();
  const actors = await shown(secretary).locator('.wbk-audit__actor').allInnerTexts();
  expect(actors.length).toBeGreaterThan(0);
  expect(new Set(actors)).toEqual(new Set([SECRETARY]));
  await shown(secretary).locator('.wbk-area', { hasText: '微心愿' }).click();
  await shown(secretary).locator('.wbk-audit', { hasText: '审核通过心愿' }).first().click();
  await shown(secretary).locator('.wbk-audit__details').first().waitFor();
  await snap(secretary, 'workbench-09-audit');

  // 6. 周振华: the street's dashboard, comparing its two communities; he has no queue of his own.
  const officer = await newPage();
  await loginWithPicker(officer, STREET_OFFICER);
  await openTab(officer, '我的');
  await shown(officer).locator('.me-link--dashboard').waitFor();
  await expect(shown(officer).locator('.me-link--queue').count()).resolves.toBe(0);
  await shown(officer).locator('.me-link--dashboard').click();
  await officer.waitForURL(/#\/packages\/workbench\/pages\/dashboard\/index/);
  await shown(officer).locator('.wbk-dashboard__place', { hasText: '东风街道' }).waitFor();
  await expect(shown(officer).locator('.wbk-place').allInnerTexts()).resolves.toEqual(['东风街道', '东湖社区', '柳园社区']);
  await expect(shown(officer).locator('.wbk-community-line .wbk-table__cell--name').allInnerTexts()).resolves.toEqual(
    expect.arrayContaining(['东湖社区', '柳园社区']),
  );
  await expect(shown(officer).locator('.wbk-community-line').count()).resolves.toBe(2);
  await shown(officer).locator('.wbk-chart--wishes canvas').waitFor();
  await snap(officer, 'workbench-10-street');
  // A tap on a community's line opens its own board.
  await shown(officer).locator('.wbk-community-line', { hasText: '柳园社区' }).click();
  await shown(officer).locator('.wbk-dashboard__place', { hasText: '柳园社区' }).waitFor();
  await expect(shown(officer).locator('.wbk-community-line').count()).resolves.toBe(0);
  await snap(officer, 'workbench-11-street-community');
});

test('消息 with its badge, 我的积分明细, the points cap, an Excel export with progress, hiding a reported wish', async () => {
  expect(approved.wishId).not.toBe('');

  // 1. The resident was told her wish passed: a badge on 我的 (tab and cell), an unread notice.
  const resident = await newPage();
  await loginWithPicker(resident, RESIDENT);
  await openTab(resident, '我的');
  await shown(resident).locator('.me-link--inbox .me-badge').waitFor();
  const unread = Number(await shown(resident).locator('.me-link--inbox .me-badge').innerText());
  expect(unread).toBeGreaterThanOrEqual(1);
  await expect(resident.locator('.weui-tabbar__item', { hasText: '我的' }).locator('.taro-tabbar-badge').innerText()).resolves.toBe(String(unread));
  await snap(resident, 'workbench-12-me-resident');
  await shown(resident).locator('.me-link--inbox').click();
  await resident.waitForURL(/#\/packages\/workbench\/pages\/inbox\/index/);
  const notice = shown(resident).locator('.wbk-notice', { hasText: WISH });
  await notice.waitFor();
  await expect(notice.getAttribute('class')).resolves.toContain('wbk-notice--unread');
  await expect(notice.locator('.wbk-notice__title').innerText()).resolves.toBe('心愿审核通过');
  await snap(resident, 'workbench-13-inbox');
  await notice.click();
  await resident.waitForURL(new RegExp(`#/packages/wishes/pages/detail/index\\?id=${approved.wishId}`));
  await shown(resident).getByText(WISH).first().waitFor();
  await openFromMe(resident, '.me-link--inbox', /#\/packages\/workbench\/pages\/inbox\/index/);
  await shown(resident).locator('.wbk-notice', { hasText: WISH }).waitFor();
  await expect(shown(resident).locator('.wbk-notice', { hasText: WISH }).getAttribute('class')).resolves.not.toContain('wbk-notice--unread');

  // 2. Her points, entry by entry.
  await openFromMe(resident, '.me-link--my-points', /#\/packages\/workbench\/pages\/my-points\/index/);
  await shown(resident).locator('.wbk-entry').first().waitFor();
  const balance = Number(await shown(resident).locator('.wbk-balance__value').innerText());
  const amounts = (await shown(resident).locator('.wbk-entry__amount').allInnerTexts()).map(Number);
  expect(amounts.reduce((a, b) => a + b, 0)).toBe(balance);
  await snap(resident, 'workbench-14-my-points');

  // 3. The secretary caps the points a member earns in a day at 50.
  const secretary = await newPage();
  await loginWithPicker(secretary, SECRETARY);
  await openFromMe(secretary, '.me-link--points-admin', /#\/packages\/workbench\/pages\/points\/index/);
  await shown(secretary).locator('.wbk-rules__edit').click();
  await shown(secretary).locator('.wbk-rules__no-cap').click();
  await shown(secretary).locator('.wbk-rules__cap input').fill('50');
  await snap(secretary, 'workbench-15-points-rules-form');
  await shown(secretary).locator('.wbk-rules__save').click();
  await shown(secretary).locator('.wbk-rules', { hasText: '每人每天最多 50 分' }).waitFor();
  await expect(shown(secretary).locator('.wbk-rules').innerText()).resolves.toContain(`上次修改：${SECRETARY}`);

  // 4. An Excel of this year's wishes: progress until done, then the file. (A demo export is done
  // in a blink, so the first progress answer is held at half way for the bar to be seen.)
  await openFromMe(secretary, '.me-link--exports', /#\/packages\/workbench\/pages\/exports\/index/);
  let holdHalfway = true;
  await secretary.route(/\/api\/v1\/exports\/[^/]+$/, async (route) => {
    const response = await route.fetch();
    if (!holdHalfway) return route.fulfill({ response });
    const job = await response.json();
    return route.fulfill({ response, json: { ...job, status: 'running', rowsDone: 3, rowsTotal: 6, progress: 0.5, finishedAt: null } });
  });
  await shown(secretary).locator('.wbk-export-kind', { hasText: '微心愿' }).click();
  await shown(secretary).locator('.wbk-export-start').click();
  const job = shown(secretary).locator('.wbk-export').first();
  await job.locator('.wbk-export__title', { hasText: '东湖社区 · 微心愿' }).waitFor();
  await job.locator('.wbk-export__count', { hasText: '已写 3 / 6 行（50%）' }).waitFor();
  await expect(job.locator('.wbk-progress').getAttribute('aria-valuenow')).resolves.toBe('50');
  await snap(secretary, 'workbench-16-export-progress');
  holdHalfway = false;
  await job.locator('.wbk-export__status', { hasText: '已完成' }).waitFor({ timeout: 30_000 });
  await expect(job.locator('.wbk-export__line').last().innerText()).resolves.toMatch(/^共 \d+ 行 · .+\.xlsx$/);
  await snap(secretary, 'workbench-17-export-done');
  const [download] = await Promise.all([secretary.waitForEvent('download'), job.locator('.wbk-export__download').click()]);
  expect(download.suggestedFilename()).toMatch(/^东湖社区-微心愿-.+\.xlsx$/);
  const file = await download.path();
  expect(file).toBeTruthy();

  // 5. The resident reports the approved wish; the secretary hides it with a reason.
  expect((await callApi(resident, 'POST', `/wishes/${approved.wishId}/reports`, { reason: '内容与实际情况不符' })).status).toBe(200);
  await openFromMe(secretary, '.me-link--reports', /#\/packages\/workbench\/pages\/reports\/index/);
  const reported = shown(secretary).locator('.wbk-report', { hasText: WISH });
  await reported.waitFor();
  await expect(reported.innerText()).resolves.toContain('内容与实际情况不符');
  await snap(secretary, 'workbench-18-reports');
  await reported.locator('.wbk-report__hide').click();
  await reported.locator('textarea').fill('经核实，心愿内容与实际情况不符');
  await reported.locator('.lin-reason__submit').click();
  await shown(secretary).locator('.wbk-report', { hasText: WISH }).waitFor({ state: 'detached' });
  await shown(secretary).locator('.wbk-report-tabs .lin-tab', { hasText: '已隐藏' }).click();
  await shown(secretary).locator('.wbk-report', { hasText: '隐藏原因：经核实，心愿内容与实际情况不符' }).waitFor();
  await snap(secretary, 'workbench-19-reports-hidden');
});
