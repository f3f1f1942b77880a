// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// What axe cannot see: the skip link lands before the home page's H1, focus stays where the
// reader put it after hydration, the calculator works with the keyboard alone, pages reflow at
// 200 % zoom without sideways scrolling, and table cells never break a word in the middle.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, startSite } from './helpers.mjs';

let server;
let browser;

before(async () => {
  server = await startSite();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function withPage(options, fn) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  try {
    return await fn(page);
  } finally {
    await context.close();
  }
}

function describeActive(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    return a
      ? `${a.tagName.toLowerCase()} ${a.getAttribute('data-pointer') ?? a.getAttribute('aria-label') ?? a.textContent?.trim().slice(0, 40)}`
      : 'none';
  });
}

for (const prefix of ['', '/en']) {
  test(`home (${prefix || '/nl'}): the H1 and hero buttons are inside <main>, the skip link lands before them`, async () => {
    await withPage({}, async (page) => {
      await page.goto(`${server.url}${prefix}/`, { waitUntil: 'load' });
      const inMain = await page.evaluate(() => ({
        mains: document.querySelectorAll('main').length,
        h1: !!document.querySelector('main h1'),
        buttons: document.querySelectorAll('main .button').length,
      }));
      assert.deepEqual(inMain, { mains: 1, h1: true, buttons: 2 });
      await page.keyboard.press('Tab');
      const skip = await describeActive(page);
      assert.match(skip, /^a /, `the first Tab reaches the skip link, got ${skip}`);
      await page.keyboard.press('Enter');
      // After the skip link the next Tab must reach the first hero button (inside <main>).
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => {
        const a = document.activeElement;
        return { inMain: !!a?.closest('main'), isHeroButton: !!a?.matches('main header .button') };
      });
      assert.deepEqual(next, { inMain: true, isHeroButton: true });
    });
  });
}

test('the English logo has an empty alt text (the link already says "Zorghub")', async () => {
  await withPage({}, async (page) => {
    await page.goto(`${server.url}/en/`, { waitUntil: 'load' });
    const alts = await page
      .locator('.navbar__brand img')
      .evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt')));
    assert.ok(alts.length > 0, 'the navbar shows a logo');
    assert.deepEqual([...new Set(alts)], ['']);
    assert.equal((await page.locator('.navbar__brand').textContent())?.trim(), 'Zorghub');
  });
});

test('focus stays where the reader moved it after the search box loads its index', async () => {
  await withPage({}, async (page) => {
    // Hold the index until the reader has tabbed away, then let it arrive at once: the search box
    // then tries to take focus back within milliseconds of the reader's key press (on a busy
    // machine this is what happens without any help), so no time window can tell the two apart.
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.route('**/search-index*.json*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/docs/businesscase/rekentool`, { waitUntil: 'load' });
    const input = page.locator('.navbar__search-input').first();
    await input.focus();
    await page.keyboard.press('Tab');
    const moved = await describeActive(page);
    assert.doesNotMatch(moved, /search/i, 'Tab moved focus out of the search box');
    release();
    // The autocomplete sets itself up on the input once the index is in; it then calls focus().
    await page.waitForFunction(
      () => document.querySelector('.navbar__search-input')?.getAttribute('role') === 'combobox',
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    assert.equal(await describeActive(page), moved);
    // The reader's own way back still works: Shift+Tab and a click land in the search box.
    await page.keyboard.press('Shift+Tab');
    assert.match(await describeActive(page), /search/i);
    await page
      .locator('main')
      .first()
      .click({ position: { x: 5, y: 5 } });
    await input.click();
    assert.match(await describeActive(page), /search/i);
  });
});

test('the calculator works with the keyboard alone', async () => {
  await withPage({}, async (page) => {
    await page.goto(`${server.url}/docs/businesscase/rekentool`, { waitUntil: 'load' });
    const npv = page.getByTestId('society-npv');
    const before = await npv.textContent();
    // Tab from the top of the page until the first input of the calculator has focus.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.hasAttribute('data-pointer'));
    }
    assert.ok(reached, 'an input of the calculator is reachable with Tab');
    // Visible focus: the focused input has an outline or a changed border.
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return s.outlineStyle !== 'none' && s.outlineWidth !== '0px';
    });
    assert.ok(outline, 'the focused input shows a focus outline');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('0,5');
    await page.waitForFunction(
      (old) => {
        const status = document.querySelector('[data-status]')?.getAttribute('data-status');
        return (
          status === 'idle' &&
          document.querySelector('[data-testid="society-npv"]')?.textContent !== old
        );
      },
      before,
      { timeout: 60_000 },
    );
    // Shift+Tab back to the reset button and press it with Enter: the Delft figures return.
    let onReset = false;
    for (let i = 0; i < 40 && !onReset; i++) {
      await page.keyboard.press('Shift+Tab');
      onReset = await page.evaluate(
        () => document.activeElement?.getAttribute('data-testid') === 'reset',
      );
    }
    assert.ok(onReset, 'the reset button is reachable with Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (old) => document.querySelector('[data-testid="society-npv"]')?.textContent === old,
      before,
      { timeout: 60_000 },
    );
  });
});

const ZOOM_PAGES = [
  '/',
  '/docs/businesscase/rekentool',
  '/docs/wie-doet-mee',
  '/docs/financiering-en-verrekening',
  '/en/docs/businesscase/rekentool',
];

test('at 200 % zoom (1280 px wide screen) pages reflow without sideways scrolling', async () => {
  // 200 % zoom of a 1280 × 800 window is a 640 × 400 CSS-pixel viewport at twice the density.
  await withPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, async (page) => {
    const overflowing = [];
    for (const path of ZOOM_PAGES) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const { scroll, width } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        width: document.documentElement.clientWidth,
      }));
      if (scroll > width + 1) overflowing.push(`${path}: ${scroll} px content in ${width} px`);
    }
    assert.deepEqual(overflowing, []);
  });
});

test('table cells wrap between words, never inside one', async () => {
  await withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
    const broken = [];
    for (const path of ['/docs/wie-doet-mee', '/docs/intro', '/en/docs/wie-doet-mee']) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const words = await page.evaluate(() => {
        const out = [];
        for (const cell of document.querySelectorAll('.markdown td, .markdown th')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement?.closest('code')) continue;
            for (const m of node.textContent.matchAll(/[\p{L}\p{N}]+/gu)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (lines.size > 1) out.push(m[0]);
            }
          }
        }
        return out;
      });
      if (words.length > 0) broken.push(`${path}: ${words.slice(0, 5).join(', ')}`);
    }
    assert.deepEqual(broken, []);
  });
});
