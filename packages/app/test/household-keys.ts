// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Keyboard-only helpers for the household tests: reach a control with Tab (as a keyboard user
 * does, never with a click), and check a page at 200 % zoom (a 1280 × 800 window at 200 % is a
 * 640 × 400 CSS-pixel viewport at device scale 2, which is what the browser's zoom does).
 */
import type { Browser, Page } from 'playwright-core';
import { overflowing } from './page-checks';

/**
 * Presses Tab until the focus is on the control with id `target` (or, for a button, with that
 * text), at most `max` times; fails naming the target otherwise.
 */
export async function tabTo(page: Page, target: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      return [el?.id ?? '', el?.tagName === 'BUTTON' ? (el.textContent ?? '').trim() : ''];
    });
    if (at.includes(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`"${target}" was not reached with ${max} presses of Tab`);
}

/** Tabs to a text field and types into it (what was there is selected and replaced). */
export async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** The ids of the focusable controls a Tab walk from the top of the page reaches, in order. */
export async function tabWalk(page: Page, max = 150): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Tab');
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const id = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? el.id || el.textContent?.trim() || el.tagName : '';
    });
    // a date field takes several presses (day, month, year): count it once
    if (id !== seen.at(-1)) {
      if (seen.includes(id) || id === 'BODY') break;
      seen.push(id);
    }
    await page.keyboard.press('Tab');
  }
  return seen;
}

/** What overflows the viewport when `url` is opened at 200 % zoom (empty when it reflows). */
export async function overflowAtZoom200(
  browser: Browser,
  url: string,
  ready: (page: Page) => Promise<unknown>,
  storage: Record<string, string> = {},
): Promise<string[]> {
  const context = await browser.newContext({
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
    locale: 'nl-NL',
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.addInitScript((items) => {
      for (const [k, v] of Object.entries(items)) sessionStorage.setItem(k, v);
    }, storage);
    await page.goto(url);
    await ready(page);
    return await overflowing(page);
  } finally {
    await context.close();
  }
}
