// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Monitoring in the guide: the step page "monitoring en MKBA" shows the Delft package against the
// Delft scenario (as the library computes it), and the calculator reads a dropped data package in
// the browser — a ZIP or loose files — never sending it, and shows plan against actual for the
// scenario on screen. axe finds nothing on either page, with the result shown.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { monitorActuals, parseScenario } from '@zorghub/business-case';
import { readPackage } from '@zorghub/business-case/node';
import { zipSync } from 'fflate';
import { DELFT_SCENARIO } from '../scripts/lib/calculator.mjs';
import { DELFT_PACKAGE } from '../scripts/lib/monitoring.mjs';
import { inUnit } from '../src/components/Monitoring/plan-vs-actual.mjs';
import { launchBrowser, startSite } from './helpers.mjs';

let server;
let browser;
let expected;
const files = readdirSync(DELFT_PACKAGE).map((name) => ({
  name,
  bytes: readFileSync(join(DELFT_PACKAGE, name)),
}));

before(async () => {
  server = await startSite();
  browser = await launchBrowser();
  const { scenario } = parseScenario(readFileSync(DELFT_SCENARIO, 'utf8'), 'yaml');
  const read = await readPackage(DELFT_PACKAGE, { lang: 'en' });
  assert.ok(read.ok, 'the Delft package validates');
  expected = monitorActuals(scenario, read.actuals, { npv: true });
  assert.ok(expected.comparisons.length > 0);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function axe(page, where) {
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = results.violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target).join(' | ')}`,
  );
  assert.deepEqual(found, []);
}

/** Rows of a table as cell texts. */
function rowsOf(page, selector) {
  return page
    .locator(`${selector} tbody tr`)
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
    );
}

for (const lang of ['nl', 'en']) {
  const prefix = lang === 'en' ? '/en' : '';

  test(`step page (${lang}): the Delft plan against actual, every realised value the library's`, async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${prefix}/docs/stappenplan/monitoring-en-mkba`, {
      waitUntil: 'load',
    });
    const table = page.locator('main table', {
      hasText: lang === 'nl' ? 'Gerealiseerd' : 'Actual',
    });
    await table.waitFor();
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
      );
    assert.equal(rows.length, expected.comparisons.length);
    expected.comparisons.forEach((c, i) => {
      assert.equal(rows[i][1], c.label[lang], `row ${i} names the assumption`);
      assert.equal(rows[i][2], inUnit(c.planned, c.unit, lang), `${c.key} planned`);
      if (c.realised !== null)
        assert.equal(rows[i][3], inUnit(c.realised, c.unit, lang), `${c.key} realised`);
    });
    const text = await page.locator('main').textContent();
    assert.ok(text.includes(expected.outflowRisk.message[lang]), 'the outflow risk is stated');
    assert.ok(text.includes('examples/delft/export'), 'the source is named');
    await axe(page, `${prefix}/docs/stappenplan/monitoring-en-mkba`);
    await page.close();
  });
}

/** Records every request and every fetch/XHR/beacon call the page makes, with its body. */
async function watchNetwork(page) {
  const requests = [];
  page.on('request', (r) =>
    requests.push({ method: r.method(), url: r.url(), body: r.postData() }),
  );
  await page.addInitScript(() => {
    const calls = [];
    window.__calls = calls;
    const f = window.fetch;
    window.fetch = (input, init) => {
      calls.push({ kind: 'fetch', url: String(input?.url ?? input), body: init?.body ?? null });
      return f(input, init);
    };
    const send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (body) {
      calls.push({ kind: 'xhr', body: body ?? null });
      return send.call(this, body);
    };
    navigator.sendBeacon = (url, body) => {
      calls.push({ kind: 'beacon', url: String(url), body: body ?? null });
      return true;
    };
  });
  return requests;
}

async function drop(page, name, bytes) {
  const transfer = await page.evaluateHandle(
    ({ name, data }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name, { type: 'application/zip' }));
      return dt;
    },
    { name, data: [...bytes] },
  );
  const zone = page.getByTestId('monitor-dropzone');
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

async function shown(page) {
  await page.waitForFunction(
    () =>
      ['done', 'error'].includes(
        document.querySelector('[data-monitor-status]')?.getAttribute('data-monitor-status'),
      ),
    undefined,
    { timeout: 60_000 },
  );
  const error = page.getByTestId('monitor-error');
  assert.equal(await error.count(), 0, (await error.count()) ? await error.textContent() : '');
}

function assertRealised(rows, lang) {
  assert.equal(rows.length, expected.comparisons.length);
  expected.comparisons.forEach((c, i) => {
    assert.equal(rows[i][2], inUnit(c.planned, c.unit, lang), `${c.key} planned`);
    if (c.realised !== null)
      assert.equal(rows[i][3], inUnit(c.realised, c.unit, lang), `${c.key} realised`);
  });
}

for (const lang of ['nl', 'en']) {
  const prefix = lang === 'en' ? '/en' : '';

  test(`calculator (${lang}): a dropped ZIP is read in the browser, never sent, and shows plan against actual`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = await watchNetwork(page);
    await page.goto(`${server.url}${prefix}/docs/businesscase/rekentool`, { waitUntil: 'load' });
    await page.getByTestId('monitor-dropzone').waitFor();
    const zip = zipSync(Object.fromEntries(files.map((f) => [`export/${f.name}`, f.bytes])));
    const from = requests.length;
    await drop(page, 'delft-export.zip', zip);
    await shown(page);
    assertRealised(await rowsOf(page, '[data-testid="monitor-table"]'), lang);
    const text = await page.getByTestId('monitor-result').textContent();
    assert.ok(text.includes(expected.outflowRisk.message[lang]));

    // Nothing of the package left the page: only GETs of the site's own files after the drop,
    // no request or script call carrying a body, no pseudonym of the package in any address.
    const after = requests.slice(from);
    for (const r of after) {
      assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
      assert.equal(r.body, null, r.url);
      assert.ok(r.url.startsWith(server.url), `only the site itself: ${r.url}`);
      assert.doesNotMatch(r.url, /DN-\d|CL-\d|ORG-WERKSE/);
    }
    const calls = await page.evaluate(() => window.__calls);
    assert.deepEqual(
      calls.filter((c) => c.body !== null),
      [],
    );
    await axe(page, `${prefix}/docs/businesscase/rekentool (with plan against actual)`);
    await context.close();
  });
}

test('calculator: loose files chosen with the button, an unknown file reported by name', async () => {
  const page = await browser.newPage();
  const requests = await watchNetwork(page);
  await page.goto(`${server.url}/docs/businesscase/rekentool`, { waitUntil: 'load' });
  const from = requests.length;
  await page.getByTestId('monitor-files').setInputFiles([
    ...files.map((f) => ({
      name: f.name,
      mimeType: 'application/octet-stream',
      buffer: f.bytes,
    })),
    { name: 'notities.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') },
  ]);
  await shown(page);
  assertRealised(await rowsOf(page, '[data-testid="monitor-table"]'), 'nl');
  const problems = await page.getByTestId('monitor-problems').textContent();
  assert.match(problems, /notities\.csv — geen entiteit van de standaard/);
  assert.ok(requests.slice(from).every((r) => r.method === 'GET' && r.body === null));
  // The scenario on screen is what is compared: a changed intake plan shows in the Plan column.
  const intake = expected.comparisons.findIndex((c) => c.key.endsWith('.instroom'));
  const pointer = expected.comparisons[intake].path;
  const field = page.locator(`[data-pointer="${pointer}/waarde"]`);
  await field.fill('44');
  await page.waitForFunction(
    (i) =>
      document.querySelectorAll('[data-testid="monitor-table"] tbody tr')[i]?.children[2]
        ?.textContent === '44',
    intake,
    { timeout: 60_000 },
  );
  await page.close();
});
