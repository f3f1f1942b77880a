// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The calculator cannot mislead: numbers are read the way the page's language writes them
// (nl "2.500" = 2500, en "2,500" = 2500) and anything that reads differently in the other
// convention is refused with a message; edits survive a reload, travel in the URL and are
// cleared by the reset; the HTML report downloads; English hints are English.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { parseScenario, runScenario } from '@zorghub/business-case';
import { DELFT_SCENARIO } from '../scripts/lib/calculator.mjs';
import { launchBrowser, startSite } from './helpers.mjs';

const TRAINING = '/parameters/trainingKosten/waarde';

let server;
let browser;
let delft;

before(async () => {
  server = await startSite();
  browser = await launchBrowser();
  const { scenario } = parseScenario(readFileSync(DELFT_SCENARIO, 'utf8'), 'yaml');
  assert.ok(scenario, 'the Delft scenario parses');
  delft = { scenario, result: runScenario(scenario) };
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function settled(page) {
  await page.waitForFunction(
    () => document.querySelector('[data-status]')?.getAttribute('data-status') === 'idle',
    undefined,
    { timeout: 60_000 },
  );
  // The results follow 200 ms after the last keystroke.
  await page.waitForTimeout(400);
  await page.waitForFunction(
    () => document.querySelector('[data-status]')?.getAttribute('data-status') === 'idle',
    undefined,
    { timeout: 60_000 },
  );
}

function euros(text) {
  const negative = /[-−]/.test(text);
  return (negative ? -1 : 1) * Number(text.replace(/[^\d]/g, ''));
}

async function societyNpv(page) {
  return euros(await page.getByTestId('society-npv').textContent());
}

function scenarioWith(pointer, value) {
  const copy = structuredClone(delft.scenario);
  const parts = pointer.split('/').slice(1);
  let node = copy;
  for (const p of parts.slice(0, -1)) node = node[p];
  node[parts.at(-1)] = value;
  return copy;
}

const npvFor = (pointer, value) =>
  Math.round(runScenario(scenarioWith(pointer, value)).society.npv);

const CASES = {
  nl: { prefix: '', grouped: '3.000', decimalWrong: '2.5', otherGrouped: '1,234.5' },
  en: { prefix: '/en', grouped: '3,000', decimalWrong: '2,5', otherGrouped: '1.234,5' },
};

for (const [lang, c] of Object.entries(CASES)) {
  test(`${lang}: "${c.grouped}" is 3000, "${c.decimalWrong}" and "${c.otherGrouped}" are refused with a message`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${c.prefix}/docs/businesscase/rekentool`, { waitUntil: 'load' });
    const input = page.locator(`input[data-pointer="${TRAINING}"]`);
    await input.fill(c.grouped);
    await settled(page);
    assert.equal(await societyNpv(page), npvFor(TRAINING, 3000), 'read as three thousand');
    assert.match(await page.getByTestId('read-as').textContent(), /3[.,\s\u202f]?000/);
    assert.match(page.url(), /trainingKosten%2Fwaarde%3A3000/, 'the URL carries the edit');

    for (const text of [c.decimalWrong, c.otherGrouped]) {
      await input.fill(text);
      await settled(page);
      assert.equal(await input.getAttribute('aria-invalid'), 'true', `${text} is marked invalid`);
      const message = await page.getByTestId('ambiguous').textContent();
      assert.ok(message.length > 20, `${text} gets a message, got "${message}"`);
      assert.equal(
        await societyNpv(page),
        npvFor(TRAINING, 3000),
        `${text} does not change the results (the last good value stays)`,
      );
    }
    await context.close();
  });
}

test('edits survive a reload, open from a shared URL, and the reset clears them', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const url = `${server.url}/docs/businesscase/rekentool`;
  await page.goto(url, { waitUntil: 'load' });
  const delftNpv = await societyNpv(page);
  assert.equal(delftNpv, Math.round(delft.result.society.npv));
  await page.locator(`input[data-pointer="${TRAINING}"]`).fill('4000');
  await settled(page);
  const edited = await societyNpv(page);
  assert.equal(edited, npvFor(TRAINING, 4000));
  const shared = page.url();
  assert.match(shared, /#invoer=/);

  // Reload without the hash: local storage brings the edit back.
  await page.goto(url, { waitUntil: 'load' });
  await page.getByTestId('notice').waitFor();
  await settled(page);
  assert.equal(await page.locator(`input[data-pointer="${TRAINING}"]`).inputValue(), '4000');
  assert.equal(await societyNpv(page), edited);

  // A fresh browser (no storage) opening the shared link gets the same figures.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(shared, { waitUntil: 'load' });
  await second.getByTestId('notice').waitFor();
  await settled(second);
  assert.equal(await societyNpv(second), edited);
  await other.close();

  // Reset: back to Delft, URL and storage cleared.
  await page.getByTestId('reset').click();
  await settled(page);
  assert.equal(await societyNpv(page), delftNpv);
  assert.doesNotMatch(page.url(), /#invoer=/);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  assert.equal(await page.getByTestId('notice').count(), 0, 'nothing restored after a reset');
  await context.close();
});

test('the calculator downloads a self-contained HTML report with the figures on screen', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/docs/businesscase/rekentool`, { waitUntil: 'load' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-html').click(),
  ]);
  assert.match(file.suggestedFilename(), /\.html$/);
  const html = readFileSync(await file.path(), 'utf8');
  assert.match(html, /^<!doctype html>/i);
  assert.doesNotMatch(html, /<script\b/i, 'no scripts in the report');
  for (const s of delft.result.stakeholders) {
    assert.ok(html.includes(s.name.nl), `the report names ${s.name.nl}`);
  }
  await context.close();
});

test('every hint on the English calculator is in English', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/en/docs/businesscase/rekentool`, { waitUntil: 'load' });
  const hints = await page
    .locator('input[data-pointer] ~ small')
    .evaluateAll((nodes) => nodes.map((n) => n.textContent));
  assert.ok(hints.length >= 10, `hints found: ${hints.length}`);
  // Dutch words that the scenario's units and sources use; none may remain on the English page.
  const dutch =
    /\b(aanname|Bron|Eenheid|uur|fractie|personen|weken|jaar|maand|praktijkvoorbeeld|kandidaten|huisartsconsult)\b/;
  const left = hints.filter((h) => dutch.test(h));
  assert.deepEqual(left, []);
  await context.close();
});
