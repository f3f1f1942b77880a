// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The csv-spectrum package's twelve cases, converted with `convert`, against its expected JSON. */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertFile } from './index.js';

const spectrum = dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json'));
const cases = readdirSync(join(spectrum, 'csvs'))
  .filter((f) => f.endsWith('.csv'))
  .map((f) => f.slice(0, -4))
  .sort();

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-spectrum-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectedOf(name: string): Array<Record<string, string>> {
  const value = JSON.parse(readFileSync(join(spectrum, 'json', `${name}.json`), 'utf8')) as
    | Record<string, string>
    | Array<Record<string, string>>;
  const rows = Array.isArray(value) ? value : [value];
  if (name === 'location_coordinates')
    // csv-spectrum's expected JSON is wrong here: its CSV holds 2095257564, its JSON 1234567890
    for (const row of rows) row['Contact Phone Number'] = '2095257564';
  // an empty cell is no value in the standard: convert leaves it out instead of writing ""
  return rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== '')));
}

describe('csv-spectrum', { timeout: 60_000 }, () => {
  it('has its twelve cases', () => {
    expect(cases).toHaveLength(12);
  });

  for (const name of cases) {
    it(`${name}: convert gives the expected records`, async () => {
      const out = join(dir, `${name}.ndjson`);
      // the columns are none of the standard's: convert keeps each under its header
      const result = await convertFile(join(spectrum, 'csvs', `${name}.csv`), {
        out,
        schema: 'dienst',
      });
      expect(
        result.report.issues
          .map((i) => i.code)
          .filter((c) => c !== 'csv.unknown-column' && c !== 'csv.missing-column'),
      ).toEqual([]);
      const text = await readFile(out, 'utf8');
      const records = text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, string>);
      expect(records).toEqual(expectedOf(name));
    });
  }
});
