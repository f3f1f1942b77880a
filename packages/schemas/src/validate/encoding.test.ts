// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Files in other encodings than UTF-8, as LibreOffice writes them (test-fixtures/libreoffice,
 * made by its make.sh): detected, decoded, one warning per file, never a replacement character.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertFile, InputError, type ValidationReport, validatePaths } from './index.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../test-fixtures/libreoffice');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-encoding-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const codes = (report: ValidationReport) => report.issues.map((i) => i.code);

/** The names of the services, read from LibreOffice's own UTF-8 source. */
async function sourceNames(): Promise<string[]> {
  const text = await readFile(join(fixtures, 'bron-diensten.utf8.csv'), 'utf8');
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const quoted = line.match(/"([^"]*)"/);
      return quoted ? quoted[1]! : line.split(',')[3]!;
    });
}

async function convertedNames(input: string, name: string): Promise<string[]> {
  const out = join(dir, `${name}.ndjson`);
  const result = await convertFile(input, { out, schema: 'dienst' });
  expect(result.report.stats.errors).toBe(0);
  const text = await readFile(out, 'utf8');
  expect(text).not.toContain('\uFFFD');
  return text
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { naam: string }).naam);
}

describe('encodings', { timeout: 60_000 }, () => {
  it('reads a Windows-1252 CSV from LibreOffice with one warning naming the encoding and line', async () => {
    const path = join(fixtures, 'windows-1252/diensten.csv');
    const report = await validatePaths([path]);
    expect(codes(report)).toEqual(['input.encoding-converted']);
    expect(report.valid).toBe(true);
    expect(report.stats.records).toBe(3);
    expect(report.issues[0]!.count).toBe(1);
    expect(report.issues[0]!.samples[0]).toMatchObject({
      line: 3,
      expected: 'UTF-8',
      found: 'windows-1252',
    });
    expect(await convertedNames(path, 'cp1252')).toEqual(await sourceNames());
  });

  it('reads ISO-8859-1 as Windows-1252 (its superset for text) and UTF-16 with a byte-order mark', async () => {
    const latin1 = await validatePaths([join(fixtures, 'iso-8859-1/diensten.csv')]);
    expect(codes(latin1)).toEqual(['input.encoding-converted']);
    expect(latin1.issues[0]!.samples[0]!.found).toBe('windows-1252');
    const names = await sourceNames();
    // ISO-8859-1 has no € and no ’: LibreOffice itself wrote "?" and "'" for them
    const lossy = names.map((n) => n.replace(/€/g, '?').replace(/’/g, "'"));
    expect(await convertedNames(join(fixtures, 'iso-8859-1/diensten.csv'), 'latin1')).toEqual(
      lossy,
    );
    const utf16 = await validatePaths([join(fixtures, 'utf-16/diensten.csv')]);
    expect(codes(utf16)).toEqual(['input.encoding-converted']);
    expect(utf16.issues[0]!.samples[0]).toMatchObject({ line: 1, found: 'utf-16le' });
    expect(await convertedNames(join(fixtures, 'utf-16/diensten.csv'), 'utf16')).toEqual(names);
  });

  it('detects the encoding where the first non-ASCII byte is far into the file', async () => {
    const header = 'id;aanbiederId;dienstsoort;naam;standaardDuurMinuten\n';
    const row = (i: number, naam: string) =>
      `DI-${String(i).padStart(6, '0')};ORG-WERKSE;begeleidingHuisarts;${naam};60\n`;
    const rows: string[] = [header];
    for (let i = 0; i < 40_000; i++) rows.push(row(i, 'Begeleiding naar huisarts'));
    const ascii = Buffer.from(rows.join(''), 'latin1');
    expect(ascii.length).toBeGreaterThan(2 << 20); // past the first chunks of the reader
    const late = Buffer.concat([ascii, Buffer.from(row(40_000, 'Naar het café'), 'latin1')]);
    const path = join(dir, 'diensten-laat.csv');
    await writeFile(path, late);
    const report = await validatePaths([path]);
    expect(codes(report)).toEqual(['input.encoding-converted']);
    expect(report.issues[0]!.samples[0]!.line).toBe(40_002);
    expect(report.stats.records).toBe(40_001);
  });

  it('still reports broken UTF-8 (valid UTF-8 first, then a stray byte) as input.encoding', async () => {
    const text = Buffer.concat([
      Buffer.from(
        'id;aanbiederId;dienstsoort;naam;standaardDuurMinuten\nDI-1;ORG-WERKSE;begeleidingHuisarts;café;60\n',
        'utf8',
      ),
      Buffer.from('DI-2;ORG-WERKSE;begeleidingHuisarts;caf\xe9;60\n', 'latin1'),
    ]);
    const path = join(dir, 'diensten-gemengd.csv');
    await writeFile(path, text);
    const report = await validatePaths([path]);
    expect(codes(report)).toContain('input.encoding');
    expect(codes(report)).not.toContain('input.encoding-converted');
    expect(report.issues.find((i) => i.code === 'input.encoding')!.samples[0]!.line).toBe(3);
  });

  it('--encoding overrides the detection, and an unknown encoding is unusable input', async () => {
    const path = join(fixtures, 'windows-1252/diensten.csv');
    const forced = await validatePaths([path], { encoding: 'utf-8' });
    expect(codes(forced)).toContain('input.encoding');
    const named = await validatePaths([path], { encoding: 'latin1' });
    expect(codes(named)).toEqual([]);
    await expect(validatePaths([path], { encoding: 'klingon' })).rejects.toThrow(InputError);
    await expect(validatePaths([path], { encoding: 'klingon' })).rejects.toThrow(/--encoding/);
  });

  it('puts the input-level problem first, then errors before warnings, then by count', async () => {
    const text = Buffer.concat([
      Buffer.from(
        [
          'id;aanbiederId;dienstsoort;naam;standaardDuurMinuten',
          'DI-1;ORG-WERKSE;onzin;café;60',
          'DI-2;ORG-WERKSE;onzin;Huisarts;lang',
          'DI-3;ORG-WERKSE;onzin;Huisarts;kort',
          '',
        ].join('\n'),
        'utf8',
      ),
      Buffer.from('DI-4;ORG-WERKSE;onzin;caf\xe9;60\n', 'latin1'),
    ]);
    const path = join(dir, 'diensten-volgorde.csv');
    await writeFile(path, text);
    const report = await validatePaths([path]);
    // dienstsoort is an open codelist: four warnings come after two errors
    expect(codes(report)).toEqual(['input.encoding', 'schema.type', 'codelist.unknown-code-open']);
    expect(report.issues.map((i) => i.count)).toEqual([1, 2, 4]);
  });
});
