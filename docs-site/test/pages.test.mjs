// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Every page in the sitemap, in both locales: zero axe violations for WCAG 2.1 A and AA,
// and no request to anything but the local server.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { buildDir, launchBrowser, sitemapPaths, startSite } from './helpers.mjs';

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

function allPaths() {
  const nl = sitemapPaths(readFileSync(join(buildDir, 'sitemap.xml'), 'utf8'));
  const en = sitemapPaths(readFileSync(join(buildDir, 'en/sitemap.xml'), 'utf8'));
  return { nl, en };
}

test('the sitemaps list pages in both locales', () => {
  const { nl, en } = allPaths();
  assert.ok(nl.length >= 20, `expected at least 20 Dutch pages, found ${nl.length}`);
  assert.equal(en.length, nl.length, 'every Dutch page has an English page in the sitemap');
  assert.ok(
    en.every((p) => p.startsWith('/en')),
    'English pages live under /en',
  );
});

test('every page has zero WCAG 2.1 A/AA violations and makes no third-party request', async () => {
  const { nl, en } = allPaths();
  const paths = [...nl, ...en];
  const context = await browser.newContext();
  const foreign = new Set();
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !/^(data|blob):/.test(url)) foreign.add(url);
  });
  const failures = [];
  const queue = [...paths];
  async function worker() {
    const page = await context.newPage();
    while (queue.length > 0) {
      const path = queue.shift();
      const response = await page.goto(server.url + path, { waitUntil: 'load' });
      if (response?.status() !== 200) {
        failures.push(`${path}: HTTP ${response?.status()}`);
        continue;
      }
      // Diagrams render after hydration: wait for them so they are checked too.
      if (await page.locator('.docusaurus-mermaid-container').count()) {
        await page
          .locator('.docusaurus-mermaid-container svg')
          .first()
          .waitFor({ timeout: 15_000 });
      }
      // Legacy mode runs axe in the page itself: no extra page per check (the site has no iframes).
      const results = await new AxeBuilder({ page })
        .setLegacyMode(true)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      for (const v of results.violations) {
        const targets = v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ');
        failures.push(`${path}: ${v.id} (${v.impact}) ${v.help} — ${targets}`);
      }
    }
    await page.close();
  }
  await Promise.all([worker(), worker()]);
  await context.close();
  assert.deepEqual(failures, [], `axe violations:\n${failures.join('\n')}`);
  assert.deepEqual([...foreign], [], 'requests to hosts other than the local server');
});
