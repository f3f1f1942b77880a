// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The calculator runs @zorghub/business-case in the browser: filled with the Delft inputs it
// shows the same NPV per stakeholder as the library (the CLI's engine) to the euro, it
// recomputes as you type, and it downloads the XLSX and Markdown report.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { parseScenario, runScenario } from '@zorghub/business-case';
import { DELFT_SCENARIO } from '../scripts/lib/calculator.mjs';
import { launchBrowser, startSite } from './helpers.mjs';

let server;
let browser;
let page;
let expected;

before(async () => {
  server = await startSite();
  browser = await launchBrowser();
  page = await browser.newPage({ acceptDownloads: true });
  const { scenario } = parseScenario(readFileSync(DELFT_SCENARIO, 'utf8'), 'yaml');
  assert.ok(scenario, 'the Delft scenario parses');
  expected = { scenario, result: runScenario(scenario) };
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** "€ -1.234.567" / "-€1,234,567" → -1234567 */
function euros(text) {
  const negative = /[-−]/.test(text);
  const digits = text.replace(/[^\d]/g, '');
  return (negative ? -1 : 1) * Number(digits);
}

function valueAt(scenario, pointer) {
  return pointer
    .split('/')
    .slice(1)
    .reduce((node, key) => node[key], scenario);
}

async function settled() {
  await page.waitForFunction(
    () => document.querySelector('[data-status]')?.getAttribute('data-status') === 'idle',
    undefined,
    { timeout: 60_000 },
  );
}

async function shownNpvs() {
  const out = {};
  for (const s of expected.result.stakeholders) {
    out[s.id] = euros(await page.getByTestId(`npv-${s.id}`).textContent());
  }
  return out;
}

async function fillDelft(locale) {
  const inputs = page.locator('input[data-pointer]');
  const count = await inputs.count();
  assert.ok(count >= 10, `expected the scenario's inputs on screen, found ${count}`);
  for (let i = 0; i < count; i++) {
    const input = inputs.nth(i);
    const pointer = await input.getAttribute('data-pointer');
    const value = valueAt(expected.scenario, pointer);
    assert.equal(typeof value, 'number', `${pointer} is a number in the Delft scenario`);
    const typed = locale === 'nl' ? String(value).replace('.', ',') : String(value);
    await input.fill(typed);
  }
  await settled();
}

for (const locale of ['nl', 'en']) {
  test(`calculator (${locale}) recomputes as you type and matches the library for Delft`, async () => {
    const prefix = locale === 'en' ? '/en' : '';
    await page.goto(`${server.url}${prefix}/docs/businesscase/rekentool`, { waitUntil: 'load' });
    const want = Object.fromEntries(
      expected.result.stakeholders.map((s) => [s.id, Math.round(s.npv)]),
    );

    // Change the first cohort's intake: the results must move (computed in the page, not stored).
    const intake = page.locator('input[data-pointer="/cohorten/0/instroom/waarde"]');
    await intake.fill('1');
    await settled();
    const changed = await shownNpvs();
    assert.notDeepEqual(changed, want, 'changing the intake changes the NPVs on screen');

    await fillDelft(locale);
    assert.deepEqual(await shownNpvs(), want);
  });
}

test('calculator downloads the XLSX workbook and the Markdown report', async () => {
  await page.goto(`${server.url}/docs/businesscase/rekentool`, { waitUntil: 'load' });
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-xlsx').click(),
  ]);
  assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
  const xlsxBytes = readFileSync(await xlsx.path());
  assert.equal(xlsxBytes.subarray(0, 2).toString('latin1'), 'PK', 'the XLSX is a zip container');

  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-md').click(),
  ]);
  assert.match(md.suggestedFilename(), /\.md$/);
  const text = readFileSync(await md.path(), 'utf8');
  const first = expected.result.stakeholders[0];
  assert.ok(text.includes(first.name.nl), `the Markdown report names ${first.name.nl}`);
});
