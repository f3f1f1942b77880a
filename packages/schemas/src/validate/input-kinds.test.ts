// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** gzip is read through; a workbook, ZIP, PDF or binary file under a text name is exit 2 in one line. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../index.js';
import { convertFile, InputError, validatePaths } from './index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-kinds-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const visits = (getSchema('bezoek').examples as object[]).map((v) => JSON.stringify(v)).join('\n');
const services =
  'id;aanbiederId;dienstsoort;naam;standaardDuurMinuten\nDI-1;ORG-WERKSE;begeleidingHuisarts;Huisarts;60\nDI-2;ORG-WERKSE;begeleidingHuisarts;Familie;kort\n';

async function put(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function unusable(path: string, lang: 'nl' | 'en' = 'en'): Promise<string> {
  try {
    await validatePaths([path], { lang });
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  throw new Error(`${path} was validated`);
}

describe('input kinds', { timeout: 60_000 }, () => {
  it('reads gzip transparently: .ndjson.gz, and gzip bytes under a plain .csv name', async () => {
    const plain = await validatePaths([await put('bezoeken.ndjson', `${visits}\n`)]);
    const gz = await validatePaths([await put('bezoeken.ndjson.gz', gzipSync(`${visits}\n`))]);
    expect(gz.issues).toEqual(plain.issues);
    expect(gz.stats.records).toBe(plain.stats.records);
    expect(gz.files[0]!.format).toBe('ndjson');
    const csv = await validatePaths([await put('diensten.csv', gzipSync(services))]);
    expect(csv.stats.records).toBe(2);
    expect(csv.issues.map((i) => [i.code, i.samples[0]!.line])).toEqual([['schema.type', 3]]);
    const out = join(dir, 'diensten-uit.ndjson');
    const converted = await convertFile(join(dir, 'diensten.csv'), { out });
    expect(converted.written[0]!.records).toBe(2);
  });

  it('says in one line that an XLSX renamed .csv is a workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('diensten').addRow(['id']);
    const path = join(dir, 'diensten-werkmap.csv');
    await workbook.xlsx.writeFile(path);
    expect(await unusable(path)).toMatch(
      /diensten-werkmap\.csv: this is an Excel workbook \(XLSX\), not CSV; give it the extension \.xlsx/,
    );
    expect(await unusable(path, 'nl')).toMatch(/dit is een Excel-werkmap \(XLSX\), geen CSV/);
  });

  it('says in one line what a ZIP, a PDF or binary data is', async () => {
    const zip = await put('diensten-zip.csv', zipSync({ 'diensten.csv': Buffer.from(services) }));
    expect(await unusable(zip)).toMatch(/this is a ZIP archive, not CSV/);
    const pdf = await put('bezoeken.ndjson', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n'));
    expect(await unusable(pdf)).toMatch(/this is a PDF document, not NDJSON/);
    const binary = await put('bezoeken.json', Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x00, 0x7d]));
    expect(await unusable(binary)).toMatch(/this is binary data \(not text\), not JSON/);
    const text = await put('export.xlsx', services);
    expect(await unusable(text)).toMatch(/this is text, not XLSX; save it as an Excel workbook/);
  });

  it('says a damaged gzip file is damaged, in one line', async () => {
    const gz = gzipSync(`${visits}\n`);
    const path = await put('bezoeken-kapot.ndjson.gz', gz.subarray(0, gz.length - 12));
    expect(await unusable(path)).toMatch(/the gzip file is damaged or cut short/);
  });
});
