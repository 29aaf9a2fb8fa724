/// <reference lib="dom" />
/**
 * Moving around the H5 build the way a user does: the page on screen, logging in with the
 * dev-login picker, the tab bar.
 */
import type { Locator, Page } from 'playwright-core';

/** The page on screen: Taro's H5 router keeps visited pages in the DOM, hidden. */
export function shown(page: Page): Locator {
  return page.locator('.lin-page:visible');
}

/** Logs in as a demo user by name and waits for the home tab (心愿墙). */
export async function loginWithPicker(page: Page, displayName: string): Promise<void> {
  await page.goto('/');
  await page.waitForURL(/#\/pages\/login\/index/);
  await agreeToPolicy(page);
  await page.locator('.login-dev__user', { hasText: displayName }).click();
  await page.waitForURL(/#\/pages\/wishes\/index/);
  await shown(page).locator('.wsh-filters').waitFor();
}

/** Ticks the login page's consent box (it starts unticked: logging in is refused until it is ticked). */
export async function agreeToPolicy(page: Page): Promise<void> {
  await page.locator('.login-consent:visible').click();
}

export async function openTab(page: Page, label: string): Promise<void> {
  await page.locator('.weui-tabbar__item', { hasText: label }).click();
}

/**
 * Waits until one page is on screen and in place: Taro's H5 router slides pages in, and a
 * screenshot taken during the slide shows half of each.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const pages = [...document.querySelectorAll('.lin-page')].filter((el) => el.getClientRects().length > 0);
    return pages.length === 1 && Math.abs(pages[0].getBoundingClientRect().left) < 1;
  });
}
