// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The browser entry gives the same report as `validatePaths()` on the same files: the Delft
 * package dropped as a folder, each invalid fixture dropped as a file, and inputs that go through
 * the text reader's other branches (gzip, Windows-1252). Node's Blob streams like a browser's File.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type DroppedFile, InputError, validateFiles } from './browser.js';
import { convertFile, validatePaths } from './index.js';
import type { ValidationReport } from './report.js';

const here = dirname(fileURLToPath(import.meta.url));
const delft = join(here, '../../../../examples/delft/export');
const invalid = join(here, '../../test-fixtures/invalid');

function dropped(dir: string, prefix: string): DroppedFile[] {
  return readdirSync(dir).map((name) => ({
    path: `${prefix}${name}`,
    file: new Blob([readFileSync(join(dir, name))]),
  }));
}

/** The report with the place the files were read from left out (disk path or dropped path). */
function comparable(report: ValidationReport, from: string, to: string) {
  return JSON.parse(JSON.stringify(report).split(from).join(to));
}

describe('validateFiles (browser) against validatePaths (CLI)', { timeout: 60_000 }, () => {
  it('the Delft package dropped as a folder gives the same report', async () => {
    const cli = await validatePaths([delft]);
    const browser = await validateFiles(dropped(delft, 'export/'));
    expect(cli.usable).toBe(true);
    expect(browser.stats.files).toBeGreaterThan(10);
    expect(comparable(browser, 'export/', '')).toEqual(comparable(cli, `${delft}/`, ''));
  });

  const fixtures = readdirSync(invalid, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const dir of fixtures) {
    const spec = JSON.parse(readFileSync(join(invalid, dir.name, 'expected.json'), 'utf8')) as {
      file: string;
    };
    const path = join(invalid, dir.name, spec.file);
    const file = { path: spec.file, file: new Blob([readFileSync(path)]) };
    it(`${dir.name}: ${spec.file} gives the same issue codes, counts and samples`, async () => {
      const cli = await validatePaths([path]);
      const browser = await validateFiles([file]);
      expect(browser.valid).toBe(false);
      expect(comparable(browser, spec.file, 'F')).toEqual(comparable(cli, path, 'F'));
    });
  }

  it('the Delft package as one workbook gives the same report as in Node', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const book = join(mkdtempSync(join(tmpdir(), 'zh-browser-')), 'delft.xlsx');
    expect((await convertFile(delft, { out: book })).report.stats.errors).toBe(0);
    const cli = await validatePaths([book], { lang: 'en' });
    const browser = await validateFiles(
      [{ path: 'delft.xlsx', file: new Blob([readFileSync(book)]) }],
      {
        lang: 'en',
      },
    );
    expect(cli.stats.records).toBeGreaterThan(100);
    expect(browser.files.length).toBeGreaterThan(5);
    expect(comparable(browser, 'delft.xlsx', 'F')).toEqual(comparable(cli, book, 'F'));
  });

  it('gzip and Windows-1252 input read as in Node', async () => {
    const csv = 'id,naam\r\nORG-1,Caf\xe9 De Hoek\r\nORG-2,\r\n';
    const latin = Buffer.from(csv, 'latin1');
    const gz = gzipSync(Buffer.from(readFileSync(join(delft, 'signalen.ndjson'))));
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const tmp = mkdtempSync(join(tmpdir(), 'zh-browser-'));
    writeFileSync(join(tmp, 'organisaties.csv'), latin);
    writeFileSync(join(tmp, 'signalen.ndjson.gz'), gz);
    const cli = await validatePaths([
      join(tmp, 'organisaties.csv'),
      join(tmp, 'signalen.ndjson.gz'),
    ]);
    const browser = await validateFiles([
      { path: 'organisaties.csv', file: new Blob([latin]) },
      { path: 'signalen.ndjson.gz', file: new Blob([gz]) },
    ]);
    const codes = browser.issues.map((i) => i.code);
    expect(codes).toContain('input.encoding-converted');
    expect(browser.files.map((f) => f.records)).toEqual([2, expect.any(Number)]);
    expect(comparable(browser, 'organisaties', 'o')).toEqual(
      comparable(comparable(cli, `${tmp}/`, ''), 'organisaties', 'o'),
    );
  });

  it('a damaged gzip file is unusable input, as in Node', async () => {
    const gz = gzipSync(Buffer.from('{"id":"x"}\n'.repeat(1000))).subarray(0, 40);
    const error = await validateFiles([{ path: 'signalen.ndjson.gz', file: new Blob([gz]) }]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/gzip/);
  });

  it('reports progress up to every byte dropped', async () => {
    const files = dropped(delft, 'export/');
    const total = files.reduce((n, f) => n + f.file.size, 0);
    const seen: number[] = [];
    await validateFiles(files, { onProgress: (read, all) => seen.push(read, all) });
    expect(seen.at(-1)).toBe(total);
    expect(seen.at(-2)).toBeGreaterThan(total * 0.9);
  });
});

describe('the browser entry', () => {
  const allowed = [
    'ajv',
    'ajv-formats',
    'chardet',
    'csv-parse',
    'fastest-levenshtein',
    'pathe',
    '@noble/hashes',
    // its browser build, loaded only when a workbook is dropped
    'exceljs',
  ];
  it('reaches no Node built-in and only browser-capable packages', () => {
    const seen = new Set<string>();
    const queue = [join(here, 'browser.ts')];
    const outside: string[] = [];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      // type-only imports are erased and do not count
      const pattern =
        /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
      for (const m of text.matchAll(pattern)) {
        const s = (m[1] ?? m[2])!;
        if (s.startsWith('.')) queue.push(join(dirname(file), s.replace(/\.js$/, '.ts')));
        else outside.push(`${relative(here, file)} imports ${s}`);
      }
    }
    expect([...seen].map((f) => relative(here, f))).toEqual(
      expect.arrayContaining([
        'validate-run.ts',
        'readers/text.ts',
        'readers/csv.ts',
        'engine/checker.ts',
        'browser-xlsx.ts',
        'browser-profile.ts',
        '../profile-read.ts',
      ]),
    );
    const builtins = new Set(builtinModules);
    for (const where of outside) {
      const s = where.split(' imports ')[1]!;
      expect(s.startsWith('node:') || builtins.has(s.split('/')[0]!), where).toBe(false);
      const pkg = s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!;
      expect(allowed, where).toContain(pkg);
      // exceljs's main entry is its Node build; only the browser build may be reached
      if (pkg === 'exceljs') expect(s, where).toBe('exceljs/dist/exceljs.bare.min.js');
    }
  });
});
