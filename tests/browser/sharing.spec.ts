/// <reference lib="dom" />
/**
 * 转发 on H5: a wish's page offers its link to copy; a neighbour who opens that link while
 * logged out is asked to log in and then lands on the same wish, not on the home tab.
 * Needs `pnpm build` and `pnpm build:h5` first; Chromium at /usr/bin/chromium.
 */
import { agreeToPolicy, loginWithPicker, shown } from './support/h5-app';
import { phonesAgainstFreshServer } from './support/phones';

const MEMBER = '王建军'; // 东湖社区 · 在职党员
const NEIGHBOUR = '张伟'; // 东湖社区 · a Party member too
const WISH = '想有人陪我去医院复查'; // an open demo wish of 王秀英 (server/src/seed/demo-wishes.ts)

jest.setTimeout(180_000);

const { newPage } = phonesAgainstFreshServer();

test('a wish shared as a link opens on that wish for a neighbour, after logging in', async () => {
  const member = await newPage();
  await member.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await loginWithPicker(member, MEMBER);
  await shown(member).locator('.lin-wish-card', { hasText: WISH }).click();
  await member.waitForURL(/#\/packages\/wishes\/pages\/detail\/index/);
  await shown(member).locator('.lin-share-link').click();
  await member.getByText('链接已复制').waitFor();
  const link = await member.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#\/packages\/wishes\/pages\/detail\/index\?id=[0-9a-f-]{36}$/);

  const neighbour = await newPage();
  await neighbour.goto(link);
  await neighbour.waitForURL(/#\/pages\/login\/index/);
  await agreeToPolicy(neighbour);
  await neighbour.locator('.login-dev__user', { hasText: NEIGHBOUR }).click();
  await neighbour.waitForURL(/#\/packages\/wishes\/pages\/detail\/index\?id=/);
  await expect(shown(neighbour).locator('.wsd-wish').innerText()).resolves.toContain(WISH);
  // The masked name only, as on the wall.
  await expect(shown(neighbour).innerText()).resolves.toContain('王女士');
  await expect(shown(neighbour).innerText()).resolves.not.toContain('王秀英');
});
