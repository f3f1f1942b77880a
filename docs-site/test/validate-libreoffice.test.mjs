// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The validation page with workbooks nobody here wrote: LibreOffice Calc itself (soffice
// --headless --convert-to xlsx, Dutch locale) turns Dutch CSVs — semicolons, comma decimals,
// dd-mm-jjjj dates, 'dd-mm-jjjj uu:mm' times, as a data team's spreadsheet holds them — into .xlsx,
// from the Delft example's hours and from the invalid hours fixture. The page gives the same issue
// codes and counts and the same number of records as the library `zorghub validate` runs, and sends
// nothing. Without LibreOffice this test fails (it is never skipped): .ci/run installs
// libreoffice-calc-nogui.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validatePaths } from '@zorghub/schemas/validate';
import { serveStatic } from '../scripts/lib/static-server.mjs';
import { buildDir, ensureBuilt, launchBrowser } from './helpers.mjs';
import { assertNoDataSent, groups, openPage, validate } from './validate-page.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';
const PORT = Number(process.env.ZORGHUB_VALIDATE_TEST_PORT ?? 0);

/** The CSVs to convert: where they are and the separator they use. */
const SOURCES = [
  { name: 'delft', file: join(repo, 'examples/delft/export/urenregistraties.csv'), sep: ',' },
  {
    name: 'invalid',
    file: join(repo, 'packages/schemas/test-fixtures/invalid/urenregistratie/urenregistraties.csv'),
    sep: ';',
  },
];

let server;
let browser;
let scratch;
/** name → the workbook LibreOffice wrote */
const books = new Map();

/** One value as a Dutch spreadsheet shows it: 31-05-2022, 31-05-2022 09:00, 12,25. */
function dutchValue(value) {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):00[+-]\d{2}:\d{2}$/.exec(value);
  if (m) return `${m[3]}-${m[2]}-${m[1]} ${m[4]}:${m[5]}`;
  if (/^\d+\.\d+$/.test(value)) return value.replace('.', ',');
  return value;
}

/** A CSV (no quoted separators in these files) rewritten as a Dutch Excel or Calc user saves it. */
function dutchCsv(text, sep) {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => line.split(sep).map(dutchValue).join(';'))
    .join('\r\n');
}

/** Runs LibreOffice: every CSV in `csvs` to an .xlsx in `outDir`, read as Dutch (nl-NL) text. */
function libreOfficeToXlsx(csvs, outDir) {
  const profile = join(scratch, 'lo-profile');
  // CSV import options: separator ';' (59), quote '"' (34), UTF-8 (76), from line 1, default
  // column types, language nl-NL (1043) for the dates and decimal commas
  const result = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--infilter=CSV:59,34,76,1,,1043',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      ...csvs,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (result.error?.code === 'ENOENT')
    throw new Error(
      `LibreOffice not found ("${SOFFICE}"): this test makes its workbooks with it and is not skipped. ` +
        'Install it (Debian: apt-get install libreoffice-calc-nogui) or set SOFFICE_PATH.',
    );
  if (result.error) throw new Error(`LibreOffice did not finish: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`LibreOffice exited with ${result.status}: ${result.stderr || result.stdout}`);
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'zh-validate-lo-'));
  const csvDir = join(scratch, 'csv');
  const outDir = join(scratch, 'xlsx');
  mkdirSync(csvDir);
  const csvs = SOURCES.map(({ name, file, sep }) => {
    const path = join(csvDir, `${name}-urenregistraties.csv`);
    writeFileSync(path, dutchCsv(readFileSync(file, 'utf8'), sep));
    return path;
  });
  libreOfficeToXlsx(csvs, outDir);
  for (const { name } of SOURCES) {
    const book = join(outDir, `${name}-urenregistraties.xlsx`);
    assert.ok(existsSync(book), `LibreOffice wrote no ${book}`);
    books.set(name, book);
  }
  ensureBuilt();
  server = await serveStatic(buildDir, { port: PORT });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** The page on one workbook: the same groups and record count as the CLI's library, nothing sent. */
async function assertPageMatchesCli(book, lang) {
  const cli = await validatePaths([book], { lang });
  const { context, page, requests } = await openPage(
    browser,
    server,
    lang === 'nl' ? '/valideren' : '/en/validate',
  );
  try {
    const from = requests.length;
    const { rows, verdict } = await validate(page, 'files', [book]);
    assertNoDataSent(server, requests, from);
    assert.deepEqual(rows, groups(cli));
    const records = await page.evaluate(() => Number(document.body.dataset.validateRecords));
    assert.equal(records, cli.stats.records);
    const valid = lang === 'nl' ? /^Geldig/ : /^Valid/;
    const invalid = lang === 'nl' ? /^Niet geldig/ : /^Not valid/;
    assert.match(verdict, cli.valid ? valid : invalid);
  } finally {
    await context.close();
  }
  return cli;
}

test('Delft hours saved by LibreOffice Calc as .xlsx (Dutch dates, decimal commas): as the CLI, valid', async () => {
  const cli = await assertPageMatchesCli(books.get('delft'), 'nl');
  const rows = readFileSync(SOURCES[0].file, 'utf8').trim().split(/\r?\n/).length - 1;
  // Calc stored 11-06-2021 as a date and 12,25 as a number: every record reads, none is wrong
  assert.equal(cli.stats.records, rows);
  assert.deepEqual(groups(cli), []);
  assert.equal(cli.valid, true);
});

test('the invalid hours fixture saved by LibreOffice Calc as .xlsx: the same issue codes and counts as the CLI', async () => {
  const cli = await assertPageMatchesCli(books.get('invalid'), 'en');
  const codes = groups(cli).map(([code]) => code);
  // what the fixture is about survives Calc: a missing field, text for a number, an unknown code,
  // a second UR-000001, an unknown column, a BSN as id
  for (const code of [
    'schema.required',
    'schema.type',
    'codelist.unknown-code',
    'id.duplicate',
    'csv.unknown-column',
    'privacy.bsn',
  ])
    assert.ok(codes.includes(code), `${code} in ${codes.join(', ')}`);
  // the fixture's "31-12-2024" is a Dutch date the CSV reader rejects; Calc made it a date cell
  assert.ok(!codes.includes('schema.format'), codes.join(', '));
});
