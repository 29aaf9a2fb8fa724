/// <reference lib="dom" />
/**
 * 微心愿 in the H5 build against the real server on a fresh demo database, across three people:
 * a resident posts a wish, the secretary approves it, a Party member claims it, fulfils it with a
 * photo, and the resident confirms receipt with thanks and stars. Needs `pnpm build` and
 * `pnpm build:h5` first; Chromium at /usr/bin/chromium. Screenshots: tests/artifacts/screenshots/wishes-*.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './support/chromium';
import { loginWithPicker, openTab, settled, shown } from './support/h5-app';
import { phonesAgainstFreshServer } from './support/phones';

/** Demo users (server/src/seed/demo-city.ts). */
const RESIDENT = '王秀英'; // 东湖社区 · 1号楼 2单元 101, phone 13800000041
const SECRETARY = '李红梅'; // 东湖社区 · 书记
const MEMBER = '王建军'; // 东湖社区 · 在职党员
const MEMBER_POINTS = 42; // his demo balance; a confirmed wish adds 10 (东湖 keeps the default rules)

/** A real 1×1 PNG: the server reads the bytes, not the file name. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

jest.setTimeout(180_000);

const { newPage } = phonesAgainstFreshServer();

async function snap(page: Page, name: string): Promise<void> {
  await settled(page);
  await screenshot(page, name);
}

/** Taro's chooseImage on H5 opens a file input: answer it with a photo. */
async function choosePhoto(page: Page, trigger: () => Promise<void>): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger()]);
  await chooser.setFiles({ name: 'proof.png', mimeType: 'image/png', buffer: PNG });
}

/** Back to the wall as if the app were opened again (the session stays; the page stack does not). */
async function startOver(page: Page): Promise<void> {
  await page.goto('/#/pages/wishes/index');
  await page.reload();
  await settled(page);
}

async function confirmDialog(page: Page, button: string): Promise<void> {
  await page.locator('.nut-dialog-footer-ok:visible', { hasText: button }).click();
}

test('post → approve → claim → fulfil with a photo → confirm, across three people', async () => {
  const TITLE = '想请人陪我去菜市场';

  // 1. The resident posts a wish for herself, reading the privacy notice on the way.
  const resident = await newPage();
  await loginWithPicker(resident, RESIDENT);
  await shown(resident).locator('.wsh-action--post').click();
  await resident.waitForURL(/#\/packages\/wishes\/pages\/post\/index/);
  await shown(resident).locator('.wsa-privacy').waitFor();
  await shown(resident).locator('.wsa-title-input input').fill(TITLE);
  await shown(resident).locator('.wsa-story-input textarea').fill('腿脚不好，一个人提不动菜，想请人周末陪我去一趟菜市场。');
  await shown(resident).locator('.wsa-category .wsa-chip', { hasText: '帮办' }).click();
  await shown(resident).locator('.wsa-value-input input').fill('0');
  await shown(resident).locator('.wsa-gender .wsa-chip', { hasText: '女士' }).click();
  await expect(shown(resident).locator('.wsa-masked-preview').innerText()).resolves.toContain('王女士');
  await snap(resident, 'wishes-01-post');
  await shown(resident).locator('.wsa-post-submit').click();
  await resident.waitForURL(/#\/packages\/wishes\/pages\/my-wishes\/index/);
  await shown(resident).locator('.lin-wish-card', { hasText: TITLE }).getByText('等待社区审核').waitFor();

  // 2. The secretary finds it in the review queue and approves it onto the wall.
  const secretary = await newPage();
  await loginWithPicker(secretary, SECRETARY);
  await shown(secretary).locator('.wsh-action--review').click();
  await shown(secretary).locator('.wsa-review-item', { hasText: TITLE }).click();
  await shown(secretary).locator('.wsa-review-detail').waitFor();
  await snap(secretary, 'wishes-02-review');
  await shown(secretary).locator('.lin-decision__approve').click();
  await confirmDialog(secretary, '通过');
  await secretary.waitForURL(/#\/packages\/wishes\/pages\/review\/index/);

  // 3. The Party member finds the wish on the wall: masked name, no phone, no door number.
  const member = await newPage();
  await loginWithPicker(member, MEMBER);
  const card = shown(member).locator('.lin-wish-card', { hasText: TITLE });
  await card.waitFor();
  await expect(card.innerText()).resolves.toContain('王女士');
  await expect(shown(member).locator('.wsh-list').innerText()).resolves.not.toMatch(/王秀英|13800000041|2单元 101/);
  const fulfilledBefore = Number((await shown(member).locator('.wsh-counts__fulfilled').innerText()).match(/\d+/)![0]);
  await snap(member, 'wishes-03-wall');

  // 4. Claim, after a confirmation; the contact details appear for the claimer only.
  await card.click();
  await member.waitForURL(/#\/packages\/wishes\/pages\/detail\/index/);
  await shown(member).locator('.wsd-claim .nut-button').click();
  await confirmDialog(member, '认领');
  const contact = shown(member).locator('.wsd-contact');
  await contact.waitFor();
  await expect(contact.innerText()).resolves.toContain('13800000041');
  await snap(member, 'wishes-04-claimed-contact');

  // 5. Proof photo from the album, a note, 我已完成.
  await choosePhoto(member, () => shown(member).locator('.wsd-add-proof').click());
  await shown(member).locator('.wsd-photo').first().waitFor();
  await shown(member).locator('.wsd-fulfil__note textarea').fill('已陪同去区医院复查，取好了药');
  await shown(member).locator('.wsd-fulfil__submit').click();
  await shown(member).locator('.lin-wish-status--fulfilled').waitFor();
  await expect(shown(member).locator('.wsd-contact').count()).resolves.toBe(0); // the claim is done: no more contact details
  // 待确认 explained to him, with the photo he handed in (not public until the secretary passes it).
  const done = shown(member).locator('.wsd-claimer-done');
  await done.waitFor();
  await expect(done.innerText()).resolves.toContain('等受助居民确认收到');
  await done.locator('.wsd-photo').first().waitFor();
  await snap(member, 'wishes-05-fulfilled');

  // 6. The resident confirms: sees the proof, gives stars and thanks.
  await startOver(resident);
  await shown(resident).locator('.wsh-action--mine').click();
  await resident.waitForURL(/#\/packages\/wishes\/pages\/my-wishes\/index/);
  await settled(resident);
  await shown(resident).locator('.lin-wish-card', { hasText: TITLE }).click();
  await shown(resident).locator('.wsd-confirm').click();
  await resident.waitForURL(/#\/packages\/wishes\/pages\/confirm\/index/);
  await shown(resident).locator('.wsd-confirm-card .wsd-photo').first().waitFor();
  await shown(resident).locator('.wsd-star').nth(4).click();
  await shown(resident).locator('.wsd-thanks textarea').fill('谢谢小王陪我跑了一上午');
  await snap(resident, 'wishes-06-confirm');
  await shown(resident).locator('.wsd-confirm-submit').click();
  await resident.waitForURL(/#\/packages\/wishes\/pages\/detail\/index/);
  await shown(resident).locator('.wsd-wish .lin-wish-status--confirmed').waitFor();
  await expect(shown(resident).innerText()).resolves.toContain('谢谢小王陪我跑了一上午');
  // Her wish's history (心愿进程): each step in words, with its time.
  const timeline = shown(resident).locator('.wsd-timeline');
  await timeline.waitFor();
  await expect(timeline.locator('.wsd-timeline__label').allInnerTexts()).resolves.toEqual([
    '发布心愿',
    '审核通过，上了心愿墙',
    '被认领',
    '认领人已完成',
    '确认收到，心愿已圆梦',
  ]);
  for (const time of await timeline.locator('.wsd-timeline__time').allInnerTexts()) expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await snap(resident, 'wishes-07-confirmed');

  // 7. The wall counts it (已圆梦 N+1), the member's claims list shows it done, and the points arrived.
  await startOver(member);
  await shown(member)
    .locator('.wsh-counts__fulfilled', { hasText: `已圆梦 ${fulfilledBefore + 1} 个` })
    .waitFor();
  await shown(member).locator('.wsh-action--claims').click();
  await shown(member)
    .locator('.lin-wish-card', { hasText: TITLE })
    .getByText(/已圆梦/)
    .first()
    .waitFor();
  await snap(member, 'wishes-08-my-claims');
  await startOver(member);
  await openTab(member, '我的');
  await shown(member)
    .locator('.me-profile__points-value', { hasText: String(MEMBER_POINTS + 10) })
    .waitFor();
});
