// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * What every browser test checks on a page: axe (WCAG 2.1 A and AA), whether it fits a phone's
 * width, and a full-page screenshot for the guide (ZORGHUB_SCREENSHOT_DIR=docs-site/static/img/app
 * npm test -w @zorghub/app writes them where the guide reads them).
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const shots = process.env.ZORGHUB_SCREENSHOT_DIR ?? join(tmpdir(), 'zorghub-app-screenshots');
mkdirSync(shots, { recursive: true });

/** The WCAG 2.1 A/AA violations on the page, one line each (empty when there are none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** The elements wider than the viewport, outside scroll regions (empty when the page fits). */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // A table inside a scroll container may be wider: it scrolls on its own, the page does not.
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement)
        if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
      return false;
    };
    const wide = [...document.querySelectorAll('body *')].filter(
      (el) => el.getBoundingClientRect().right > width + 0.5 && !inScroller(el),
    );
    return [
      ...(document.documentElement.scrollWidth > width ? ['document'] : []),
      ...wide.map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().width)} px)`,
      ),
    ];
  });
}

/** A full-page screenshot named `name`.png in the screenshot folder. */
export function screenshot(page: Page, name: string) {
  return page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}
