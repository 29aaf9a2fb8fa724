/// <reference lib="dom" />
/**
 * 邻里议事 in the H5 build against the real server on a fresh demo database: a resident raises a
 * topic (with a photo) concerning three households (her own, 王建军's and 李桂兰's), the secretary takes it up from
 * 待受理 and puts it to a simple 同意/反对/弃权 vote among those households (open ballot, closing
 * in 7 days); two residents vote 同意 in the app, and grid worker 孙丽 records 李桂兰's 反对 from a
 * signed paper form (the turnout shows 2 / 3, then 3 / 3); everyone on the roll has voted, so the
 * secretary may close it early; the result reads 通过 with 3 / 3 taking part, 同意 2 票, 线上 2 票 and 纸质 1 票; a voter
 * recounts the anonymised votes on her phone; the passed topic appears in the 项目清单.
 * Needs `pnpm build` and `pnpm build:h5` first; Chromium at /usr/bin/chromium.
 * Screenshots: tests/artifacts/screenshots/deliberation-*.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './support/chromium';
import { loginWithPicker, openTab, settled, shown } from './support/h5-app';
import { phonesAgainstFreshServer } from './support/phones';

/** Demo users (server/src/seed/demo-city.ts), each the one adult app user of their household. */
const PROPOSER = '王秀英'; // 东湖社区 1号楼 2单元 101
const NEIGHBOUR = '王建军'; // 东湖社区 1号楼 2单元 301
const OTHER = '李桂兰'; // 东湖社区 3号楼 2单元 101
const SECRETARY = '李红梅'; // 东湖社区 · 书记
const GRID_WORKER = '孙丽'; // 东湖社区 · 第一网格 (1–3号楼)
const TITLE = '楼道和单元门口加装扶手';
const BODY = '我们几户都有老人，上下楼梯和进出单元门很吃力，想在楼道和单元门口加装扶手，费用和位置请大家一起商量。';

/** A real 1×1 PNG: the server reads the bytes, not the file name. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

jest.setTimeout(300_000);

const { newPage } = phonesAgainstFreshServer();

async function snap(page: Page, name: string): Promise<void> {
  await settled(page);
  // No toast ("投票成功") over what the picture is meant to show.
  await page.waitForFunction(() => ![...document.querySelectorAll('.nut-toast')].some((el) => el.getClientRects().length > 0));
  await screenshot(page, name);
}

async function confirmDialog(page: Page, button: string): Promise<void> {
  await page.locator('.nut-dialog-footer-ok:visible', { hasText: button }).click();
}

/** A chip of a ChoiceChips row by its label (a ticked one reads "✓ label"). */
function chip(page: Page, row: string, label: string) {
  return shown(page).locator(`${row} .lin-chip`, { hasText: new RegExp(`^(✓ )?${label}$`) });
}

/** From the 议事 tab, 表决中 → the topic. */
async function openTopicFromTab(page: Page): Promise<void> {
  await shown(page).locator('.dlb-tabs .lin-tab', { hasText: '表决中' }).click();
  await shown(page).locator('.dlb-topic', { hasText: TITLE }).click();
  await page.waitForURL(/#\/packages\/deliberation\/pages\/topic\/index/);
  await shown(page).locator('.dlp-topic').waitFor();
}

/** From the 议事 tab, 表决中 → the topic → its ballot page. */
async function openBallotFromTab(page: Page): Promise<void> {
  await openTopicFromTab(page);
  await shown(page).locator('.dlp-open-ballot', { hasText: '去投票' }).click();
  await page.waitForURL(/#\/packages\/deliberation\/pages\/ballot\/index/);
  await shown(page).locator('.dlp-rules').waitFor();
}

async function vote(page: Page, option: string): Promise<void> {
  await shown(page).locator('.dlp-option', { hasText: option }).click();
  await shown(page)
    .locator('.nut-dialog', { hasText: `选择「${option}」` })
    .waitFor();
  await confirmDialog(page, '确认投票');
  await shown(page).locator('.dlp-voted__mark', { hasText: '您已投票' }).waitFor();
  await expect(shown(page).locator('.dlp-voted__choice').innerText()).resolves.toContain(`您的选择：${option}`);
}

test('propose → accept in 待受理 → a simple vote among three households → all vote → closed early → 通过, 3 / 3, 同意 2 票', async () => {
  // 1. 王秀英 raises a topic, with a photo, for three households: her own, 王建军's and 李桂兰's.
  const proposer = await newPage();
  await loginWithPicker(proposer, PROPOSER);
  await openTab(proposer, '议事');
  await shown(proposer).locator('.dlb-actions__propose').click();
  await proposer.waitForURL(/#\/packages\/deliberation\/pages\/propose\/index/);
  await shown(proposer).locator('.dlp-title-input input').fill(TITLE);
  await shown(proposer).locator('.dlp-body-input textarea').fill(BODY);
  const [chooser] = await Promise.all([proposer.waitForEvent('filechooser'), shown(proposer).locator('.dlp-propose-photos .dlp-photo--add').click()]);
  await chooser.setFiles({ name: 'stairs.png', mimeType: 'image/png', buffer: PNG });
  await shown(proposer).locator('.dlp-propose-photos .dlp-photo__image').waitFor();
  await chip(proposer, '.dlp-scope-mode', '指定住户').click();
  await chip(proposer, '.dlp-scope-grid', '第一网格').click();
  await chip(proposer, '.dlp-scope-building', '1号楼').click();
  await chip(proposer, '.dlp-scope-households', '2单元 101').click();
  await chip(proposer, '.dlp-scope-households', '2单元 301').click();
  await chip(proposer, '.dlp-scope-building', '3号楼').click();
  await chip(proposer, '.dlp-scope-households', '2单元 101').click();
  await shown(proposer).locator('.dlp-picked__count', { hasText: '已选 3 户' }).waitFor();
  await expect(shown(proposer).locator('.dlp-picked__label').allInnerTexts()).resolves.toEqual(['1号楼 2单元 101', '1号楼 2单元 301', '3号楼 2单元 101']);
  await shown(proposer).locator('.dlp-picked').scrollIntoViewIfNeeded();
  await snap(proposer, 'deliberation-01-propose');
  await shown(proposer).locator('.dlp-propose-submit').click();
  await proposer.waitForURL(/#\/pages\/deliberation\/index/);

  // Her own list shows it waiting for review.
  await shown(proposer).locator('.dlb-action--mine').click();
  await proposer.waitForURL(/#\/packages\/deliberation\/pages\/mine\/index/);
  const mine = shown(proposer).locator('.dlb-topic', { hasText: TITLE });
  await mine.locator('.dlb-status', { hasText: '待受理' }).waitFor();
  await expect(mine.innerText()).resolves.toContain('范围：指定的 3 户');
  // (Browser back from a subpackage page onto a tab page leaves Taro's H5 router blank: open the tab afresh.)
  await proposer.goto('/#/pages/deliberation/index');
  await proposer.reload();
  await shown(proposer).locator('.dlb-tabs').waitFor();

  // 2. 李红梅 sees it in 待受理 (with a count: the demo may hold others) and takes it up.
  const secretary = await newPage();
  await loginWithPicker(secretary, SECRETARY);
  await openTab(secretary, '议事');
  await shown(secretary)
    .locator('.dlb-action--review .dlb-action__count', { hasText: /^\d+\+?$/ })
    .waitFor();
  await snap(secretary, 'deliberation-02-tab-secretary');
  await shown(secretary).locator('.dlb-action--review').click();
  await secretary.waitForURL(/#\/packages\/deliberation\/pages\/review\/index/);
  await shown(secretary).locator('.dlb-topic', { hasText: TITLE }).click();
  await secretary.waitForURL(/#\/packages\/deliberation\/pages\/topic\/index/);
  await shown(secretary).locator('.dlp-topic', { hasText: BODY }).waitFor();
  // The photo picked on the form was uploaded with the topic, and loads.
  const photo = shown(secretary).locator('.dlp-topic__photos .dlp-photo__image img');
  await secretary.waitForFunction((el) => el instanceof HTMLImageElement && el.complete && el.naturalWidth > 0, await photo.elementHandle());
  await shown(secretary).locator('.dlp-review__accept').click();
  await confirmDialog(secretary, '受理');
  await shown(secretary).locator('.dlp-topic .dlb-status', { hasText: '议事中' }).waitFor();

  // 3. She puts it to a vote: 居民表决, 同意/反对/弃权, open ballot, 7 days, the topic's three households.
  await shown(secretary).locator('.dlp-start-ballot').click();
  await secretary.waitForURL(/#\/packages\/deliberation\/pages\/ballot-form\/index/);
  // The question is hers to write: nothing is made up from the topic's title.
  await expect(shown(secretary).locator('.dlp-ballot-title input').inputValue()).resolves.toBe('');
  await shown(secretary).locator('.dlp-ballot-title input').fill(`是否同意${TITLE}`);
  await expect(chip(secretary, '.dlp-rule-chips', '居民表决').getAttribute('aria-checked')).resolves.toBe('true');
  await expect(chip(secretary, '.dlp-electorate-chips', '与议题相同（指定的 3 户）').getAttribute('aria-checked')).resolves.toBe('true');
  await snap(secretary, 'deliberation-03-ballot-form');
  await shown(secretary).locator('.dlp-ballot-submit').click();
  await confirmDialog(secretary, '发起');
  await secretary.waitForURL(/#\/packages\/deliberation\/pages\/topic\/index/);
  await shown(secretary).locator('.dlp-ballot-link .dlb-status', { hasText: '投票中' }).waitFor();

  // 4. The three residents vote: 同意, 同意, 反对.
  await openBallotFromTab(proposer);
  await expect(shown(proposer).locator('.dlp-ballot').innerText()).resolves.toContain('共 3 人');
  await expect(shown(proposer).locator('.dlp-rules').innerText()).resolves.toContain('范围内的成年居民每人一票');
  await expect(shown(proposer).locator('.dlp-option').allInnerTexts()).resolves.toEqual(['同意', '反对', '弃权']);
  await snap(proposer, 'deliberation-04-ballot-before-voting');
  await vote(proposer, '同意');
  await snap(proposer, 'deliberation-05-voted');
  // 王建军 says why in the discussion first (he lives in one of the three flats), then votes.
  const neighbour = await newPage();
  await loginWithPicker(neighbour, NEIGHBOUR);
  await openTab(neighbour, '议事');
  await openTopicFromTab(neighbour);
  await shown(neighbour).locator('.dlp-comment-box__input textarea').fill('支持！我家老人腿脚也不好，扶手装在左手边更顺手。');
  await shown(neighbour).locator('.dlp-comment-box__send').click();
  await shown(neighbour).locator('.dlp-comment', { hasText: '扶手装在左手边' }).locator('.dlp-comment__mine').waitFor();
  await shown(neighbour).locator('.dlp-discussion').scrollIntoViewIfNeeded();
  await snap(neighbour, 'deliberation-06-discussion');
  await shown(neighbour).locator('.dlp-open-ballot', { hasText: '去投票' }).click();
  await neighbour.waitForURL(/#\/packages\/deliberation\/pages\/ballot\/index/);
  await vote(neighbour, '同意');
  // On an open ballot that allows it, a voter may still change her mind (she does not).
  await shown(neighbour).locator('.dlp-vote__change', { hasText: '修改投票' }).waitFor();
  // 李桂兰 votes 反对 on paper at her door: 孙丽, the grid worker of her grid, records it with the signed form's photo.
  const ballotUrl = proposer.url();
  const gridWorker = await newPage();
  await loginWithPicker(gridWorker, GRID_WORKER);
  await gridWorker.goto(ballotUrl.slice(ballotUrl.indexOf('/#/')));
  await gridWorker.reload();
  await expect(shown(gridWorker).locator('.dlp-progress__votes').innerText()).resolves.toBe('2 / 3 人（66.7%）');
  await shown(gridWorker).locator('.dlp-paper-open').click();
  await shown(gridWorker).locator('.dlp-paper__search input').fill(OTHER);
  await shown(gridWorker).locator('.dlp-paper__line', { hasText: OTHER }).click();
  await chip(gridWorker, '.dlp-paper', '反对').click();
  const [formChooser] = await Promise.all([gridWorker.waitForEvent('filechooser'), shown(gridWorker).locator('.dlp-paper-photo').click()]);
  await formChooser.setFiles({ name: 'form.png', mimeType: 'image/png', buffer: PNG });
  await shown(gridWorker).locator('.dlp-paper__photo').waitFor();
  await snap(gridWorker, 'deliberation-06b-paper-vote');
  await shown(gridWorker).locator('.dlp-paper-submit').click();
  await shown(gridWorker).locator('.dlp-progress__votes', { hasText: '3 / 3 人' }).waitFor();
  const other = await newPage();
  await loginWithPicker(other, OTHER);
  await other.goto(ballotUrl.slice(ballotUrl.indexOf('/#/')));
  await other.reload();
  await shown(other).locator('.dlp-voted__mark', { hasText: '已录入您的纸质票' }).waitFor();

  // 5. Everyone on the roll has voted: the secretary may close it now, and does.
  await shown(secretary).locator('.dlp-open-ballot').click();
  await secretary.waitForURL(/#\/packages\/deliberation\/pages\/ballot\/index/);
  await shown(secretary).locator('.dlp-vote--ineligible').waitFor(); // she does not live in those flats
  await shown(secretary).locator('.dlp-close-ballot .nut-button').click();
  await confirmDialog(secretary, '结束投票');

  // 6. The result: 通过, 3 / 3 took part, 同意 2 票.
  const outcome = shown(secretary).locator('.dlp-outcome');
  await outcome.locator('.dlp-outcome__verdict', { hasText: '通过' }).waitFor();
  await expect(outcome.locator('.dlp-outcome__verdict').innerText()).resolves.toBe('通过');
  await expect(outcome.locator('.dlp-outcome__summary').innerText()).resolves.toBe('共 3 人投票，同意 2 票，超过全部投票的二分之一，表决通过。');
  await expect(outcome.locator('.dlp-turnout__value').first().innerText()).resolves.toBe('3 / 3 人（100%）');
  await expect(outcome.locator('.dlp-tally', { hasText: '同意' }).locator('.dlp-tally__votes').innerText()).resolves.toBe('2 票');
  await expect(outcome.locator('.dlp-tally', { hasText: '反对' }).locator('.dlp-tally__votes').innerText()).resolves.toBe('1 票');
  await expect(outcome.locator('.dlp-check--met .dlp-check__text').innerText()).resolves.toContain('同意票 2 / 3 票');
  await expect(outcome.locator('.dlp-outcome__channels').innerText()).resolves.toBe('线上 2 票，纸质 1 票');
  await snap(secretary, 'deliberation-07-results');

  // 7. A voter sees it too, and recounts the anonymised votes on her phone.
  await proposer.reload();
  await shown(proposer).locator('.dlp-outcome__verdict', { hasText: '通过' }).waitFor();
  await expect(shown(proposer).locator('.dlp-outcome__mine').innerText()).resolves.toBe('您投的是：同意');
  await shown(proposer).locator('.dlp-open-votes').click();
  await proposer.waitForURL(/#\/packages\/deliberation\/pages\/votes\/index/);
  await shown(proposer).locator('.dlp-recount__verdict--ok', { hasText: '与公布的结果一致' }).waitFor();
  // The votes as a table she can read (no JSON, no English keys); the file is still hers to save.
  await expect(shown(proposer).locator('.dlp-vote-table__row:not(.dlp-vote-table__row--head) .dlp-vote-table__choice').allInnerTexts()).resolves.toEqual(
    expect.arrayContaining(['同意', '同意', '反对']),
  );
  await expect(shown(proposer).locator('.dlp-page').innerText()).resolves.not.toMatch(/ballotId|"rule"/);
  await shown(proposer).locator('.dlp-save-votes').waitFor();
  await snap(proposer, 'deliberation-08-anonymised-votes');

  // 8. The passed topic is now tracked in the 项目清单, and 已表决 shows it passed.
  await secretary.goto('/#/pages/deliberation/index');
  await secretary.reload();
  await shown(secretary).locator('.dlb-tabs .lin-tab', { hasText: '已表决' }).click();
  await shown(secretary).locator('.dlb-topic', { hasText: TITLE }).locator('.dlb-status', { hasText: '已通过' }).waitFor();
  await shown(secretary).locator('.dlb-tabs .lin-tab', { hasText: '清单' }).click();
  const item = shown(secretary).locator('.dlb-decision-card', { hasText: TITLE });
  await item.locator('.dlb-list-tag', { hasText: '项目清单' }).waitFor();
  await expect(item.locator('.dlb-status').innerText()).resolves.toBe('推进中');
  await snap(secretary, 'deliberation-09-lists');
});
