// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validatePaths } from './index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../test-fixtures/invalid');

interface Expected {
  code: string;
  line?: number;
  sheet?: string;
  cell?: string;
  field?: string;
}

const fixtures = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const spec = JSON.parse(readFileSync(join(root, d.name, 'expected.json'), 'utf8')) as {
      file: string;
      entity: string;
      errors: Expected[];
    };
    return { name: d.name, path: join(root, d.name, spec.file), ...spec };
  });

describe('invalid fixtures', { timeout: 60_000 }, () => {
  it('exist for every entity of the exchange standard', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(13);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}: ${fixture.file} gives exactly its expected, located error codes`, async () => {
      const report = await validatePaths([fixture.path]);
      expect(report.valid).toBe(false);
      const located = report.issues
        .filter((issue) => issue.severity === 'error')
        .flatMap((issue) =>
          issue.samples.map((s) => ({
            code: issue.code,
            ...(s.line !== undefined ? { line: s.line } : {}),
            ...(s.sheet !== undefined ? { sheet: s.sheet, cell: s.cell } : {}),
            field: s.field ?? issue.field,
          })),
        );
      for (const want of fixture.errors) {
        const hit = located.find(
          (got) =>
            got.code === want.code &&
            (want.line === undefined || got.line === want.line) &&
            (want.cell === undefined || (got.sheet === want.sheet && got.cell === want.cell)) &&
            (want.field === undefined || got.field === want.field),
        );
        expect(hit, `${JSON.stringify(want)} in ${JSON.stringify(located)}`).toBeDefined();
      }
      const codes = new Set(report.issues.filter((i) => i.severity === 'error').map((i) => i.code));
      expect([...codes].sort()).toEqual([...new Set(fixture.errors.map((e) => e.code))].sort());
    });
  }
});
