// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The model documents, as DOCX and as ODT, open in LibreOffice (headless) with their headings as
// real headings, in order; the downloads page and the step pages link every one; and the council
// proposal downloaded from the calculator states the Delft figures of runScenario, formatted as a
// Dutch reader writes them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parseScenario, runScenario } from '@zorghub/business-case';
import { DELFT_SCENARIO } from '../scripts/lib/calculator.mjs';
import { DOCUMENTS, odtFile, tariffsOf } from '../src/documents/index.mjs';
import { buildDir, launchBrowser, startSite } from './helpers.mjs';

/** Dutch documents with an English version of their own (not Dutch-legal by nature). */
const EN_VERSION = { planning: 'timeline', signaalprotocol: 'signal-protocol' };
/** Every document is offered in both formats; ODT is written by src/documents/odt.mjs. */
const FORMATS = [
  { ext: 'docx', file: (d) => d.file },
  { ext: 'odt', file: odtFile },
];

let server;
let browser;
let work;
let delft;

before(async () => {
  server = await startSite();
  browser = await launchBrowser();
  work = mkdtempSync(join(tmpdir(), 'zorghub-documents-'));
  const { scenario } = parseScenario(readFileSync(DELFT_SCENARIO, 'utf8'), 'yaml');
  assert.ok(scenario, 'the Delft scenario parses');
  delft = { scenario, result: runScenario(scenario) };
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Converts DOCX or ODT files to HTML with LibreOffice; returns the HTML per input file name. */
function libreOffice(files) {
  const out = join(work, `html-${Math.random().toString(36).slice(2)}`);
  mkdirSync(out);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--convert-to',
      'html:HTML (StarWriter)',
      '--outdir',
      out,
      ...files,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 },
  );
  return Object.fromEntries(
    files.map((f) => {
      const base = f
        .split('/')
        .at(-1)
        .replace(/\.(docx|odt)$/, '.html');
      return [f, readFileSync(join(out, base), 'utf8')];
    }),
  );
}

function decode(html) {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;|\u00a0|\u202f/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The H1/H2/H3 texts of LibreOffice's HTML, in order. */
function headings(html) {
  return [...html.matchAll(/<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1>/gi)].map((m) => decode(m[2]));
}

for (const format of FORMATS) {
  test(`every model document (${format.ext}) opens in LibreOffice with its headings, in order`, () => {
    const files = DOCUMENTS.map((d) => join(buildDir, 'downloads', format.file(d)));
    const html = libreOffice(files);
    const tariffs = tariffsOf(delft.scenario);
    for (const d of DOCUMENTS) {
      const spec = d.build({ tariffs });
      const want = spec.blocks.filter((b) => 'h' in b).map((b) => b.text);
      const name = format.file(d);
      const file = join(buildDir, 'downloads', name);
      assert.ok(want.length >= 3, `${name} has at least three headings`);
      assert.deepEqual(headings(html[file]), want, `${name}: headings as LibreOffice reads them`);
      assert.ok(decode(html[file]).includes(spec.title), `${name} shows its title`);
      // Tables come through as tables, cell by cell.
      const cells = spec.blocks.filter((b) => 'table' in b).flatMap((b) => b.table.flat());
      const found = [...html[file].matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((m) =>
        decode(m[1]),
      );
      for (const cell of cells.filter(Boolean).map((c) => c.replace(/\s+/g, ' ').trim())) {
        assert.ok(found.includes(cell), `${name}: table cell "${cell}"`);
      }
    }
  });

  test(`the DPIA (${format.ext}) follows the seventeen points of the Model DPIA Rijksdienst`, () => {
    const file = join(buildDir, 'downloads', format.file(DOCUMENTS.find((d) => d.id === 'dpia')));
    const found = headings(libreOffice([file])[file]);
    const points = found.filter((h) => /^\d+\. /.test(h)).map((h) => Number(h.split('.')[0]));
    assert.deepEqual(
      points,
      Array.from({ length: 17 }, (_, i) => i + 1),
    );
    for (const part of ['A. ', 'B. ', 'C. ', 'D. ']) {
      assert.ok(
        found.some((h) => h.startsWith(part)),
        `part ${part.trim()} is there`,
      );
    }
  });

  test(`the tariff sheets (${format.ext}) state the scenario tariffs`, () => {
    const d = DOCUMENTS.find((x) => x.id === 'abonnement-zorgorganisatie');
    const file = join(buildDir, 'downloads', format.file(d));
    const text = decode(libreOffice([file])[file]);
    const p = delft.scenario.parameters;
    const eur = (v) =>
      new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })
        .format(v)
        .replace(/\u00a0/g, ' ');
    assert.ok(
      text.includes(eur(p.tariefAbonnement.waarde)),
      `tariff ${eur(p.tariefAbonnement.waarde)}`,
    );
    assert.ok(text.includes(`${p.urenPerAbonnement.waarde} uur per jaar`));
  });
}

/** The document a page in this locale links: its English version on /en where there is one. */
function inLocale(d, prefix) {
  const english = prefix === '/en' ? EN_VERSION[d.id] : undefined;
  return english ? DOCUMENTS.find((x) => x.id === english) : d;
}

test('the downloads page links every document in both formats, and each one is served', async () => {
  for (const prefix of ['', '/en']) {
    const res = await fetch(`${server.url}${prefix}/docs/downloads`);
    assert.equal(res.status, 200);
    const html = await res.text();
    for (const d of DOCUMENTS) {
      for (const format of FORMATS) {
        const file = format.file(inLocale(d, prefix));
        assert.ok(
          html.includes(`/downloads/${file}`),
          `${prefix || '/nl'} downloads page links ${file}`,
        );
      }
    }
  }
  for (const d of DOCUMENTS) {
    for (const format of FORMATS) {
      const file = format.file(d);
      const res = await fetch(`${server.url}/downloads/${file}`);
      assert.equal(res.status, 200, file);
      const bytes = Buffer.from(await res.arrayBuffer());
      assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', `${file} is a zip container`);
      if (format.ext === 'odt') {
        // ODF: an uncompressed "mimetype" entry first, so the type shows at byte 30.
        assert.equal(
          bytes.subarray(30, 38 + 39).toString('latin1'),
          'mimetypeapplication/vnd.oasis.opendocument.text',
          `${file} starts with its ODF mimetype`,
        );
      }
    }
  }
});

test('each step page links its documents in both formats (nl and en)', async () => {
  for (const prefix of ['', '/en']) {
    // A Dutch step page links the Dutch documents; their English versions are on /en.
    for (const d of DOCUMENTS.filter((x) => prefix === '/en' || x.lang === 'nl')) {
      const res = await fetch(`${server.url}${prefix}/docs/${d.step}`);
      assert.equal(res.status, 200, `${prefix}/docs/${d.step}`);
      const html = await res.text();
      for (const format of FORMATS) {
        const file = format.file(inLocale(d, prefix));
        // The minified HTML leaves attribute values unquoted: the name ends at a quote, space or >.
        const href = new RegExp(`/downloads/${file.replace(/[.]/g, '\\.')}(?=["'\\s>])`);
        assert.match(html, href, `${prefix || '/nl'}/docs/${d.step} links ${file}`);
      }
    }
  }
});

test('the council proposal from the calculator states the model figures for Delft', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/docs/businesscase/rekentool`, { waitUntil: 'load' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-raadsvoorstel').click(),
  ]);
  assert.match(download.suggestedFilename(), /raadsvoorstel.*\.docx$/);
  const file = join(work, 'raadsvoorstel-delft.docx');
  copyFileSync(await download.path(), file);
  await context.close();

  const html = libreOffice([file])[file];
  const text = decode(html);
  assert.ok(headings(html).includes('Financiën'));
  const eur = (v) =>
    new Intl.NumberFormat('nl-NL', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    })
      .format(Math.round(v))
      .replace(/\u00a0/g, ' ');
  const r = delft.result;
  assert.ok(text.includes(eur(r.society.npv)), `society NPV ${eur(r.society.npv)} in the proposal`);
  for (const s of r.stakeholders) {
    assert.ok(text.includes(eur(s.npv)), `${s.name.nl}: NPV ${eur(s.npv)} in the proposal`);
  }
  for (const s of r.settlement.filter((x) => Math.round(x.contribution) !== 0)) {
    assert.ok(text.includes(eur(Math.abs(s.contribution))), `settlement of ${s.id} in words`);
  }
});
