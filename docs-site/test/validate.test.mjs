// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The validation page (/valideren, /en/validate): the Delft package, every invalid fixture, the
// Delft package as one workbook and with a regional profile (declared, and chosen as --profile),
// given to the page as a folder or files, give the same issue codes and counts as the library
// that `zorghub validate` runs; no request carries data while the page validates; the downloads
// hold the CLI's JSON report; axe finds nothing on the page with a report on it.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { convertFile, formatReport, validatePaths } from '@zorghub/schemas/validate';
import { serveStatic } from '../scripts/lib/static-server.mjs';
import { buildDir, ensureBuilt, launchBrowser, sitemapPaths } from './helpers.mjs';
import {
  assertNoDataSent as assertNoDataSentTo,
  groups,
  openPage as openPageOf,
  validate,
} from './validate-page.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const delft = join(repo, 'examples/delft/export');
const invalid = join(repo, 'packages/schemas/test-fixtures/invalid');
// port 0: any free one, so that parallel runs never collide
const PORT = Number(process.env.ZORGHUB_VALIDATE_TEST_PORT ?? 0);

const shippedProfile = join(repo, 'packages/schemas/profiles/voorbeeld-regio');

let server;
let browser;
let scratch;

before(async () => {
  ensureBuilt();
  server = await serveStatic(buildDir, { port: PORT });
  browser = await launchBrowser();
  scratch = mkdtempSync(join(tmpdir(), 'zh-validate-page-'));
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Opens the page; every request from then on is recorded, and any to another host aborted. */
const openPage = (path) => openPageOf(browser, server, path);
const assertNoDataSent = (requests, from) => assertNoDataSentTo(server, requests, from);

test('the Delft package as a folder: the same issues as the CLI, nothing sent, the CLI’s JSON report', async () => {
  const cli = await validatePaths([delft]);
  const { context, page, requests } = await openPage('/valideren');
  try {
    const from = requests.length;
    const { rows, verdict } = await validate(page, 'folder', delft);
    // the Worker's script loads now: proof that the recording sees what happens meanwhile
    assert.ok(requests.length > from, 'no request seen at all while validating');
    assertNoDataSent(requests, from);
    assert.deepEqual(rows, groups(cli));
    assert.match(verdict, cli.valid ? /^Geldig/ : /^Niet geldig/);
    const json = await page.evaluate(async () => {
      const a = [...document.querySelectorAll('a[download]')].find(
        (x) => x.href.endsWith('.json') || x.download.endsWith('.json'),
      );
      return (await fetch(a.href)).text();
    });
    const expected = formatReport(cli, { format: 'json', lang: 'nl' });
    assert.equal(json.split('export/').join(''), expected.split(`${delft}/`).join(''));
  } finally {
    await context.close();
  }
});

test('every invalid fixture, a workbook too: the same issue codes and counts as the CLI', async () => {
  const { context, page, requests } = await openPage('/en/validate');
  try {
    for (const dir of readdirSync(invalid, { withFileTypes: true }).filter((d) =>
      d.isDirectory(),
    )) {
      const spec = JSON.parse(readFileSync(join(invalid, dir.name, 'expected.json'), 'utf8'));
      const path = join(invalid, dir.name, spec.file);
      const from = requests.length;
      const { rows, verdict } = await validate(page, 'files', [path]);
      assertNoDataSent(requests, from);
      const cli = await validatePaths([path], { lang: 'en' });
      assert.ok(cli.issues.length > 0, dir.name);
      assert.deepEqual(rows, groups(cli), dir.name);
      assert.match(verdict, /^Not valid/, dir.name);
    }
  } finally {
    await context.close();
  }
});

test('the Delft package as one workbook: the same issue codes and counts as the CLI, nothing sent', async () => {
  const book = join(scratch, 'delft.xlsx');
  assert.equal((await convertFile(delft, { out: book })).report.stats.errors, 0);
  const cli = await validatePaths([book]);
  const { context, page, requests } = await openPage('/valideren');
  try {
    const from = requests.length;
    const { rows, verdict } = await validate(page, 'files', [book]);
    assertNoDataSent(requests, from);
    assert.deepEqual(rows, groups(cli));
    assert.match(verdict, cli.valid ? /^Geldig/ : /^Niet geldig/);
    const records = await page.evaluate(() => Number(document.body.dataset.validateRecords));
    assert.equal(records, cli.stats.records);
    assert.ok(records > 100, `${records} records`);
  } finally {
    await context.close();
  }
});

test('a declared profile and one chosen as --profile: the same issues as the CLI, and the page names it', async () => {
  const declared = join(scratch, 'met-profiel');
  cpSync(delft, declared, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(declared, 'datapakket.json'), 'utf8'));
  manifest.profiel = 'voorbeeld-regio';
  writeFileSync(join(declared, 'datapakket.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const cliDeclared = await validatePaths([declared], { lang: 'en' });
  const cliChosen = await validatePaths([delft], { lang: 'en', profile: shippedProfile });
  const plain = await validatePaths([delft], { lang: 'en' });
  // the example profile leaves out the clients' age band, which the Delft export has
  assert.notDeepEqual(groups(cliChosen), groups(plain));
  const { context, page, requests } = await openPage('/en/validate');
  try {
    let from = requests.length;
    const first = await validate(page, 'folder', declared);
    assertNoDataSent(requests, from);
    assert.deepEqual(first.rows, groups(cliDeclared));
    assert.match(await page.textContent('main'), /Checked against the profile voorbeeld-regio/);
    await page.getByTestId('profile').selectOption('voorbeeld-regio');
    from = requests.length;
    const second = await validate(page, 'folder', delft);
    assertNoDataSent(requests, from);
    assert.deepEqual(second.rows, groups(cliChosen));
    // a profile folder of one's own, picked like the data
    await page.getByTestId('profile').selectOption('#map');
    await page.getByTestId('profile-folder').setInputFiles(shippedProfile);
    from = requests.length;
    const third = await validate(page, 'folder', delft);
    assertNoDataSent(requests, from);
    assert.deepEqual(third.rows, groups(cliChosen));
  } finally {
    await context.close();
  }
});

test('a file dropped on the drop zone is validated too', async () => {
  const file = join(invalid, 'bezoek', 'bezoeken.ndjson');
  const cli = await validatePaths([file]);
  const { context, page } = await openPage('/valideren');
  try {
    const bytes = [...readFileSync(file)];
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'bezoeken.ndjson'));
      const zone = document.querySelector('[data-testid=drop]');
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, bytes);
    await page.waitForFunction(() => document.body.dataset.validateDone === 'true');
    const rows = await page.$$eval('tr[data-code]', (trs) =>
      trs.map((tr) => [tr.dataset.code, Number(tr.dataset.count)]),
    );
    assert.deepEqual(rows, groups(cli));
  } finally {
    await context.close();
  }
});

for (const [path, lang] of [
  ['/valideren', 'nl'],
  ['/en/validate', 'en'],
]) {
  test(`${path}: says nothing leaves the machine, and axe finds no violation with a report shown`, async () => {
    const { context, page } = await openPage(path);
    try {
      const text = await page.textContent('main');
      assert.match(
        text,
        lang === 'nl' ? /Er gaat niets over het internet/ : /Nothing goes over the internet/,
      );
      assert.match(text, /\.xlsx/);
      await validate(page, 'files', [join(invalid, 'signaal', 'signalen.ndjson')]);
      const results = await new AxeBuilder({ page })
        .setLegacyMode(true)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      assert.deepEqual(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
        [],
      );
    } finally {
      await context.close();
    }
  });
}

test('each sitemap has its locale’s address; the other address (language menu) serves the page too', async () => {
  const nl = sitemapPaths(readFileSync(join(buildDir, 'sitemap.xml'), 'utf8'));
  const en = sitemapPaths(readFileSync(join(buildDir, 'en/sitemap.xml'), 'utf8'));
  assert.ok(nl.includes('/valideren') && !nl.includes('/validate'), 'nl sitemap');
  assert.ok(en.includes('/en/validate') && !en.includes('/en/valideren'), 'en sitemap');
  for (const [path, words] of [
    ['/en/valideren', /Nothing goes over the internet/],
    ['/validate', /Er gaat niets over het internet/],
  ]) {
    const { context, page } = await openPage(path);
    try {
      assert.match(await page.textContent('main'), words, path);
    } finally {
      await context.close();
    }
  }
});
