// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Local search finds the signal page in both languages; the locale switcher keeps the page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, startSite } from './helpers.mjs';

let server;
let browser;
let page;

before(async () => {
  server = await startSite();
  browser = await launchBrowser();
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function search(prefix, query) {
  // The navbar box suggests as you type; its "see all results" page lists the hits as links.
  await page.goto(`${server.url}${prefix}/`, { waitUntil: 'load' });
  const box = page.locator('input.navbar__search-input').first();
  await box.click();
  await box.fill(query);
  await page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: 20_000 });
  await page.goto(`${server.url}${prefix}/search?q=${encodeURIComponent(query)}`, {
    waitUntil: 'load',
  });
  const hits = page.locator('article a[href*="/docs/"]');
  await hits.first().waitFor({ timeout: 20_000 });
  return hits.evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
}

test('search finds the signal page for "signaal" in Dutch', async () => {
  const paths = await search('', 'signaal');
  assert.ok(
    paths.some((p) => p === '/docs/stappenplan/signaalfunctie'),
    `results: ${paths.join(', ')}`,
  );
});

test('search finds the signal page for "signal" in English', async () => {
  const paths = await search('/en', 'signal');
  assert.ok(
    paths.some((p) => p === '/en/docs/stappenplan/signaalfunctie'),
    `results: ${paths.join(', ')}`,
  );
});

async function switchLocale(label) {
  await page.locator('.navbar .dropdown > .navbar__link').first().hover();
  await page.locator('.navbar .dropdown__menu').getByRole('link', { name: label }).first().click();
  await page.waitForLoadState('load');
}

test('the locale switcher keeps the reader on the same page', async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${server.url}/docs/stappenplan/signaalfunctie`, { waitUntil: 'load' });
  await switchLocale('English');
  await page.waitForURL('**/en/docs/stappenplan/signaalfunctie');
  assert.equal(new URL(page.url()).pathname, '/en/docs/stappenplan/signaalfunctie');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en-GB');

  await switchLocale('Nederlands');
  await page.waitForURL((url) => url.pathname === '/docs/stappenplan/signaalfunctie');
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl-NL');
});
