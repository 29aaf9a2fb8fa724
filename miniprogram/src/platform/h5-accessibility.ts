/**
 * Two fixes to markup we do not write, applied on H5 as elements appear:
 * - NutUI passes `ariaRole`, which Taro renders as `aria-role`, an attribute no screen reader
 *   knows: its toasts, switches and dialogs are announced as plain text. It becomes `role`.
 * - Taro's router makes each page its own scrolling box; a box that scrolls must be reachable
 *   by keyboard, so a page with nothing else focusable can still be scrolled with the arrows.
 */
const PAGE = 'taro_page';

function fix(el: Element): void {
  const role = el.getAttribute('aria-role');
  if (role !== null) {
    el.removeAttribute('aria-role');
    if (!el.hasAttribute('role')) el.setAttribute('role', role);
  }
  if (el.classList.contains(PAGE) && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
}

function fixTree(root: Element): void {
  fix(root);
  root.querySelectorAll(`[aria-role], .${PAGE}`).forEach(fix);
}

export function installH5Accessibility(): void {
  fixTree(document.documentElement);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') fix(record.target as Element);
      else record.addedNodes.forEach((node) => node.nodeType === Node.ELEMENT_NODE && fixTree(node as Element));
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-role', 'class'] });
}
