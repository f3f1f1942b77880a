// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../index.js';
import { issueCodeList, issueCodes, renderCodesMarkdown } from './codes.js';
import { formatReport, validatePaths } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const reportDir = join(here, '../../report');
const schema = JSON.parse(readFileSync(join(reportDir, 'validation-report.schema.json'), 'utf8'));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-report-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the published report schema', { timeout: 60_000 }, () => {
  it('accepts real reports of every kind of input, in both languages', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const visit = (getSchema('bezoek').examples as Record<string, unknown>[])[0]!;
    const files: string[] = [];
    const put = async (name: string, content: string) => {
      const path = join(dir, name);
      await writeFile(path, content);
      files.push(path);
    };
    await put(
      'bezoeken.ndjson',
      `${JSON.stringify(visit)}\n${JSON.stringify({ ...visit, status: 'x', clientId: '111222333' })}\n{kapot\n`,
    );
    await put('clienten.csv', 'id;startDatum;onbekend\nCL-1;45292;x\n');
    await put('diensten.json', '');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('bezoeken');
    sheet.addRow(Object.keys(visit));
    sheet.addRow(Object.values(visit).map((v) => (v === 'uitgevoerd' ? 'fout' : v)));
    const xlsx = join(dir, 'export.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    files.push(xlsx);
    for (const lang of ['nl', 'en'] as const) {
      const report = await validatePaths(files, { lang, checkReferences: true, maxSamples: 2 });
      expect(report.issues.length).toBeGreaterThan(5);
      const json = JSON.parse(formatReport(report, { format: 'json', lang }));
      const ok = validate(json);
      expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('rejects a report that breaks it (the schema can fail)', () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate({ valid: true })).toBe(false);
    const sample = { file: 'a.csv', found: 'x', redacted: true };
    const issue = {
      code: 'schema.type',
      severity: 'error',
      count: 1,
      message: '',
      help: '',
      truncated: false,
      samples: [sample],
    };
    const report = {
      valid: false,
      standardVersion: '1.0.0',
      lang: 'nl',
      stats: { files: 1, records: 1, errors: 1, warnings: 0, truncated: false },
      files: [],
      issues: [issue],
    };
    expect(validate(report)).toBe(false);
  });
});

describe('issue codes', { timeout: 60_000 }, () => {
  it('are documented in report/CODES.md, generated from the catalogue', () => {
    const path = join(reportDir, 'CODES.md');
    if (process.env.ZORGHUB_UPDATE_CODES) writeFileSync(path, renderCodesMarkdown());
    // the formatter pads table cells; compare the content, not the padding
    const normal = (text: string) =>
      text.replace(/ +\|/g, '|').replace(/\| +/g, '|').replace(/-{3,}/g, '---').trim();
    expect(normal(readFileSync(path, 'utf8'))).toBe(normal(renderCodesMarkdown()));
  });

  it('are the enum of the report schema, in the catalogue order', () => {
    const path = join(reportDir, 'validation-report.schema.json');
    const codes = issueCodeList.map((c) => c.code);
    if (process.env.ZORGHUB_UPDATE_CODES) {
      const updated = structuredClone(schema);
      updated.properties.issues.items.properties.code.enum = codes;
      writeFileSync(path, `${JSON.stringify(updated, null, 2)}\n`);
    }
    expect(
      schema.properties.issues.items.properties.code.enum,
      'regenerate: ZORGHUB_UPDATE_CODES=1 npx vitest run src/validate/report.test.ts',
    ).toEqual(codes);
  });

  it('cover every code the validator emits', () => {
    const used = new Set<string>();
    for (const name of readdirSync(here, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    )) {
      const text = readFileSync(join(here, name), 'utf8');
      for (const m of text.matchAll(
        /'((?:input|json|csv|xlsx|manifest|schema|codelist|field|value|id|reference|privacy|record)\.[a-z-]+)'/g,
      ))
        used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(30);
    for (const code of used) expect(issueCodes[code], code).toBeDefined();
  });
});
