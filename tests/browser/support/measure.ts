/// <reference lib="dom" />
/**
 * What a finger and an eye meet on the screen on show: every element one can tap (anything with
 * a click handler, NutUI's buttons and switches, the tab bar, the H5 title bar's back and home)
 * with its size, and every piece of text with its type size.
 */
import type { Page } from 'playwright-core';

export interface Measured {
  what: string;
  size: number;
}

/** Tappable elements whose smaller side is under `min` px: "tag.class 「text」: 35px". */
export function smallTapTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((minSize) => {
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const hasClickHandler = (el: Element) => {
      const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'));
      const props = key ? (el as unknown as Record<string, { onClick?: unknown; onTap?: unknown }>)[key] : undefined;
      return typeof props?.onClick === 'function' || typeof props?.onTap === 'function';
    };
    const roots = [...document.querySelectorAll('.lin-page')].filter(visible);
    const candidates = new Set<Element>();
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) {
        if (hasClickHandler(el) || el.matches('.nut-button, .nut-switch, .weui-picker__action')) candidates.add(el);
      }
    }
    for (const el of document.querySelectorAll(
      '.weui-tabbar__item, #taro-navigation-bar .taro-navigation-bar-back, #taro-navigation-bar .taro-navigation-bar-home',
    )) {
      candidates.add(el);
    }
    const small: string[] = [];
    for (const el of candidates) {
      if (!visible(el)) continue;
      // A wrapper only there to stop a tap reaching the row holds a control measured on its own.
      if (el.children.length === 1 && el.getBoundingClientRect().width === el.children[0].getBoundingClientRect().width && el.querySelector('.nut-switch'))
        continue;
      const rect = el.getBoundingClientRect();
      const size = Math.min(rect.width, rect.height);
      if (size + 0.5 < minSize) {
        const cls = (el.getAttribute('class') ?? '').split(' ').filter(Boolean).slice(0, 2).join('.');
        small.push(`${el.tagName.toLowerCase()}.${cls} 「${(el.textContent ?? '').trim().slice(0, 12)}」: ${Math.round(size)}px`);
      }
    }
    return small;
  }, min);
}

/** Text on the page on show (and the H5 title bar) set smaller than `min` px: "「text」: 13px". */
export function smallText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((minSize) => {
    const roots = [...document.querySelectorAll('.lin-page, #taro-navigation-bar')].filter((el) => el.getClientRects().length > 0);
    const small: string[] = [];
    for (const root of roots) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const own = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent?.trim() ?? '')
          .join('');
        if (!own || el.getClientRects().length === 0) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size + 0.05 < minSize) small.push(`「${own.slice(0, 14)}」: ${size}px`);
      }
    }
    return small;
  }, min);
}
