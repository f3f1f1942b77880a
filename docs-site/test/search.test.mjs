// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Search finds the policy pages first: for the guide's main topics the page a policy officer
// needs is among the first three pages the search page lists (the generated reference pages of
// the standard and the API have a search scope of their own).
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

/** Distinct pages in the order the search page lists them. */
async function rankedPages(prefix, query) {
  await page.goto(`${server.url}${prefix}/search?q=${encodeURIComponent(query)}`, {
    waitUntil: 'load',
  });
  const hits = page.locator('article a[href*="/docs/"]');
  await hits.first().waitFor({ timeout: 30_000 });
  const paths = await hits.evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
  return [...new Set(paths)];
}

const TOPICS = [
  ['', 'signaal', ['/docs/stappenplan/signaalfunctie']],
  ['', 'abonnement', ['/docs/stappenplan/zorgorganisaties-en-abonnementen']],
  ['', 'verrekening', ['/docs/financiering-en-verrekening']],
  ['', 'BSN', ['/docs/privacy']],
  [
    '',
    'businesscase',
    [
      '/docs/stappenplan/businesscase-en-financiering',
      '/docs/businesscase/methode',
      '/docs/businesscase/rekentool',
    ],
  ],
  ['', 'training', ['/docs/stappenplan/training']],
  ['/en', 'signal', ['/en/docs/stappenplan/signaalfunctie']],
  ['/en', 'subscription', ['/en/docs/stappenplan/zorgorganisaties-en-abonnementen']],
];

for (const [prefix, query, wanted] of TOPICS) {
  test(`"${query}"${prefix ? ' (en)' : ''}: the policy page is in the top 3`, async () => {
    const ranked = await rankedPages(prefix, query);
    const top = ranked.slice(0, 3);
    assert.ok(
      top.some((p) => wanted.includes(p)),
      `top 3 for "${query}": ${top.join(', ')}; wanted one of ${wanted.join(', ')}`,
    );
  });
}

test('the reference pages are still found from a reference page (their own scope)', async () => {
  await page.goto(`${server.url}/docs/standaard/referentie/signaal`, { waitUntil: 'load' });
  const box = page.locator('input.navbar__search-input').first();
  await box.click();
  await box.fill('signaal');
  // Suggestions are options (not links); each names where its page sits in the sidebar.
  const options = page.locator('[role="listbox"] [role="option"]');
  await options.first().waitFor({ timeout: 30_000 });
  const where = await options.evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
  assert.ok(
    where.some((t) => t.includes('Referentie')),
    `suggestions: ${where.join(' | ')}`,
  );
});
