/// <reference lib="dom" />
/**
 * axe-core on every screen a browser test visits: each time a phone's page moves to another
 * route, and once more at the end of each test, the page on screen is checked, and any critical
 * or serious violation fails the test, named by rule, route and mode (normal or care).
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FAILING_IMPACTS = new Set(['critical', 'serious']);
/** After a route change, how long the page gets to draw its data before it is checked. */
const SETTLE_MS = 700;

interface Finding {
  rule: string;
  impact: string;
  route: string;
  mode: 'normal' | 'care';
  help: string;
  targets: string[];
  /** axe's account of the first offending element (colours and ratio, missing attribute …). */
  why: string;
}

declare const axe: {
  run(
    context: Element | Document,
    options: object,
  ): Promise<{
    violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
  }>;
};

export class AccessibilityWatch {
  private readonly findings = new Map<string, Finding>();
  private readonly queues = new Map<Page, Promise<void>>();
  private readonly timers = new Map<Page, NodeJS.Timeout>();

  /** Makes axe available on every page of the context (before the app's own scripts). */
  async prepare(context: BrowserContext): Promise<void> {
    await context.addInitScript({ content: AXE_SOURCE });
  }

  /** Checks the page after each route change (Taro's H5 router moves by hash). */
  watch(page: Page): void {
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      clearTimeout(this.timers.get(page));
      this.timers.set(
        page,
        setTimeout(() => void this.check(page), SETTLE_MS),
      );
    });
    page.on('close', () => clearTimeout(this.timers.get(page)));
  }

  /** Queues a check of the page as it is now (one axe run at a time per page). */
  check(page: Page): Promise<void> {
    const previous = this.queues.get(page) ?? Promise.resolve();
    const next = previous.then(() => this.run(page)).catch(() => undefined);
    this.queues.set(page, next);
    return next;
  }

  /** Checks each open page once more, waits for every check, and throws if any found a violation. */
  async assertClean(pages: Page[]): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer);
    await Promise.all(pages.filter((p) => !p.isClosed()).map((p) => this.check(p)));
    const found = [...this.findings.values()];
    this.findings.clear();
    if (found.length === 0) return;
    const lines = found.map(
      (f) => `  [${f.impact}] ${f.rule} on ${f.route} (${f.mode} mode): ${f.help}\n      ${f.targets.slice(0, 3).join('\n      ')}\n      ${f.why}`,
    );
    throw new Error(`axe found ${found.length} critical/serious violation(s) (rule × page × mode):\n${lines.join('\n')}`);
  }

  private async run(page: Page): Promise<void> {
    if (page.isClosed()) return;
    const result = await page.evaluate(async () => {
      if (typeof axe === 'undefined') return null;
      const route = location.hash.replace(/\?.*$/, '') || '/';
      const care =
        document.querySelector('.lin-page.lin-care') !== null &&
        [...document.querySelectorAll('.lin-page.lin-care')].some((el) => el.getClientRects().length > 0);
      const { violations } = await axe.run(document, {
        resultTypes: ['violations'],
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return {
        route,
        care,
        violations: violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? '',
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(' ')),
          why: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240),
        })),
      };
    });
    if (!result) return;
    for (const v of result.violations) {
      if (!FAILING_IMPACTS.has(v.impact)) continue;
      const mode = result.care ? 'care' : 'normal';
      const key = `${v.id}|${result.route}|${mode}`;
      const known = this.findings.get(key);
      const targets = [...new Set([...(known?.targets ?? []), ...v.targets])];
      this.findings.set(key, { rule: v.id, impact: v.impact, route: result.route, mode, help: v.help, targets, why: known?.why ?? v.why });
    }
  }
}
