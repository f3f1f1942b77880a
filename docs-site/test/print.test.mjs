// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Printing shows the text only (no navigation, sidebar or footer); the calculator prints its
// summary and results, not its inputs; and the guide builds as one PDF per locale.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildPdfs } from '../scripts/pdf.mjs';
import { launchBrowser, startSite } from './helpers.mjs';

let server;
let browser;
let work;

before(async () => {
  server = await startSite();
  browser = await launchBrowser();
  work = mkdtempSync(join(tmpdir(), 'zorghub-pdf-'));
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function printed(path, selectors) {
  const page = await browser.newPage();
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate((list) => {
    const out = {};
    for (const s of list) {
      const el = document.querySelector(s);
      out[s] = el
        ? getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0
        : null;
    }
    return out;
  }, selectors);
  await page.close();
  return shown;
}

test('a printed page has no navigation bar, sidebar, table of contents or footer', async () => {
  const shown = await printed('/docs/stappenplan/signaalfunctie', [
    '.navbar',
    '.theme-doc-sidebar-container',
    '.footer',
    '.pagination-nav',
    'article h1',
  ]);
  assert.deepEqual(shown, {
    '.navbar': false,
    '.theme-doc-sidebar-container': false,
    '.footer': false,
    '.pagination-nav': false,
    'article h1': true,
  });
});

test('the calculator prints its summary and results, not its inputs', async () => {
  const shown = await printed('/docs/businesscase/rekentool', [
    'form input[data-pointer]',
    '[data-testid="download-xlsx"]',
    '[data-testid="sticky-summary"]',
    '[data-testid="society-npv"]',
    '[data-testid="stakeholder-table"]',
  ]);
  assert.deepEqual(shown, {
    'form input[data-pointer]': false,
    '[data-testid="download-xlsx"]': false,
    '[data-testid="sticky-summary"]': false,
    '[data-testid="society-npv"]': true,
    '[data-testid="stakeholder-table"]': true,
  });
});

test('the guide builds as one PDF per locale, in reading order', async () => {
  const written = await buildPdfs(work, { origin: server.url, browser });
  for (const [lang, w] of Object.entries(written)) {
    const prefix = lang === 'nl' ? '' : '/en';
    assert.equal(
      w.pages[0],
      `${prefix}/docs/intro`,
      `${lang}: the PDF starts with the introduction`,
    );
    for (const p of ['/docs/stappenplan/signaalfunctie', '/docs/downloads', '/docs/bronnen']) {
      assert.ok(w.pages.includes(prefix + p), `${lang}: ${p} is in the PDF`);
    }
    assert.ok(!w.pages.some((p) => p.includes('/referentie')), 'no generated reference pages');
    const bytes = readFileSync(w.file);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    const pageObjects = bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    assert.ok(
      pageObjects.length >= w.pages.length,
      `${lang}: ${pageObjects.length} PDF pages for ${w.pages.length} guide pages`,
    );
  }
});
