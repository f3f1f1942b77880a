// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CodelistError, parseCodelistCsv } from '../src/codelist-csv.js';
import { findDrift } from './generate.js';
import { buildOutputs, InputError, packageRoot } from './outputs.js';

const header = 'code,label_nl,label_en,description_nl,description_en,deprecated,replaced_by';
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the package's inputs and generated files in a temporary folder. */
function copyPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zorghub-schemas-'));
  temps.push(dir);
  for (const part of ['schema', 'codelists', 'generated', 'src/generated'])
    cpSync(join(packageRoot, part), join(dir, part), { recursive: true });
  return dir;
}

describe('codelist CSV', () => {
  it('reads codes with labels, descriptions and deprecation', () => {
    const codes = parseCodelistCsv(
      `\uFEFF${header}\na,A,A en,,,false,\nb,"B, met komma",B,oud,old,true,a\n`,
      'x.csv',
    );
    expect(codes).toEqual([
      { code: 'a', labelNl: 'A', labelEn: 'A en', deprecated: false },
      {
        code: 'b',
        labelNl: 'B, met komma',
        labelEn: 'B',
        descriptionNl: 'oud',
        descriptionEn: 'old',
        deprecated: true,
        replacedBy: 'a',
      },
    ]);
  });

  it.each([
    ['code;label\n', /x\.csv, line 1: expected header "code,label_nl/],
    [`${header}\na,A,A,,,false,\na,B,B,,,false,\n`, /x\.csv, line 3: code "a" appears twice/],
    [`${header}\na,,A,,,false,\n`, /x\.csv, line 2: code "a" needs both label_nl and label_en/],
    [`${header}\na,A,A,,,ja,\n`, /x\.csv, line 2: deprecated must be true or false, found "ja"/],
    [`${header}\na b,A,A,,,false,\n`, /x\.csv, line 2: code must be letters/],
    [
      `${header}\na,A,A,,,true,z\n`,
      /x\.csv: code "a" is replaced by "z", which is not in the list/,
    ],
    [`${header}\n"a,A\n`, /x\.csv: not valid CSV/],
  ])('refuses bad input %#', (text, message) => {
    expect(() => parseCodelistCsv(text, 'x.csv')).toThrow(CodelistError);
    expect(() => parseCodelistCsv(text, 'x.csv')).toThrow(message);
  });
});

describe('the generator', () => {
  it('is deterministic', async () => {
    const a = await buildOutputs();
    const b = await buildOutputs();
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    for (const [path, content] of a.files) expect(b.files.get(path), path).toBe(content);
  }, 120_000);

  it('reports changed, missing and stale generated files as drift', async () => {
    const dir = copyPackage();
    expect(await findDrift(dir)).toEqual([]);
    writeFileSync(join(dir, 'generated/tabular-mapping.csv'), 'edited by hand\n');
    rmSync(join(dir, 'src/generated/types/bezoek.ts'));
    writeFileSync(join(dir, 'generated/bundled/oud.schema.json'), '{}\n');
    expect((await findDrift(dir)).sort()).toEqual([
      'changed: generated/tabular-mapping.csv',
      'missing: src/generated/types/bezoek.ts',
      'stale: generated/bundled/oud.schema.json',
    ]);
  }, 120_000);

  it('reports drift when a schema source changes', async () => {
    const dir = copyPackage();
    const path = join(dir, 'schema/dienst.schema.json');
    const schema = JSON.parse((await import('node:fs')).readFileSync(path, 'utf8'));
    schema.properties.naam.description = 'Een andere omschrijving.';
    writeFileSync(path, JSON.stringify(schema));
    const drift = await findDrift(dir);
    expect(drift).toContain('changed: generated/bundled/dienst.schema.json');
    expect(drift).toContain('changed: src/generated/types/dienst.ts');
  }, 120_000);

  it('names the file when a schema is not valid JSON or a codelist is described but missing', async () => {
    const dir = copyPackage();
    writeFileSync(join(dir, 'schema/dienst.schema.json'), '{ "title": ');
    await expect(buildOutputs(dir)).rejects.toThrow(InputError);
    await expect(buildOutputs(dir)).rejects.toThrow(/schema\/dienst\.schema\.json: not valid JSON/);
    const other = copyPackage();
    rmSync(join(other, 'codelists/urgentie.csv'));
    await expect(buildOutputs(other)).rejects.toThrow(
      /codelists\/index\.json describes "urgentie", but codelists\/urgentie\.csv does not exist/,
    );
  }, 120_000);
});
