// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Issue 11 (one source of truth): no generated file is read only by its generator and drift test.
// The fixture proves the check fails for an orphan and sees each kind of consumer.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../public-code/project.js';
import {
  describeOrphan,
  EXPECTED,
  findOrphans,
  generatedUnits,
  type RepoFile,
  repoFiles,
} from './generated-consumers.js';

const GENERATED = ['packages/schemas/src/generated', 'packages/schemas/generated'];
/** The generator and its drift tests, and this check (its messages name generated paths). */
const EXCLUDED = [
  'packages/schemas/scripts',
  'tools/repo-checks/src/habits/generated-consumers.ts',
  'tools/repo-checks/src/habits/generated-consumers.test.ts',
];

describe('generated files have a consumer', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'zorghub-generated-'));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('reports an orphan read only by the generator and its drift test, and accepts real consumers', () => {
    const gen = ['pkg/src/generated', 'pkg/generated'];
    for (const dir of ['pkg/src/generated/types', 'pkg/generated/docs', 'pkg/generated/bundled'])
      mkdirSync(join(fixture, dir), { recursive: true });
    for (const file of [
      'pkg/src/generated/codes.ts',
      'pkg/src/generated/unused.ts',
      'pkg/generated/mapping.csv',
      'pkg/generated/mapping.json',
      'pkg/generated/frictionless.json',
    ])
      writeFileSync(join(fixture, file), '\n');
    const units = generatedUnits(fixture, gen);
    expect(units).toHaveLength(8);
    const files: RepoFile[] = [
      // The generator and its drift test read everything: they do not count.
      {
        path: 'pkg/scripts/generate.test.ts',
        text: "read('generated/docs/nl/a.md'); read('src/generated/unused.ts'); read('generated/mapping.json');",
      },
      // Generated files importing each other do not count either.
      { path: 'pkg/src/generated/types/index.ts', text: "export * from '../unused.js';" },
      {
        path: 'pkg/src/index.ts',
        text: "import { codes } from './generated/codes.js';\nimport type { A } from './generated/types/index.js';",
      },
      {
        path: 'pkg/src/export.ts',
        text: "const g = resolve(here, '../generated');\njoin(g, 'frictionless.json');",
      },
      // Shipping the whole generated folder is no consumer; an exports target is.
      {
        path: 'pkg/package.json',
        text: JSON.stringify({
          files: ['dist', 'generated'],
          exports: { './schema/*': './generated/bundled/*' },
        }),
      },
      // A README table naming a file is no link; a Markdown link is.
      {
        path: 'pkg/README.md',
        text: '| `generated/mapping.json` | the mapping |\n[CSV](../pkg/generated/mapping.csv)',
      },
    ];
    const orphans = findOrphans(units, files, gen, ['pkg/scripts']);
    expect(orphans.map((o) => o.unit).sort()).toEqual([
      'pkg/generated/docs',
      'pkg/generated/mapping.json',
      'pkg/src/generated/unused.ts',
    ]);
    expect(describeOrphan(orphans[0]!)).toContain(EXPECTED);
    expect(describeOrphan(orphans[0]!)).toContain('stop generating it');
  });

  it('every output of the schemas generator has a consumer', () => {
    const units = generatedUnits(root, GENERATED);
    expect(units.length).toBeGreaterThan(8);
    const orphans = findOrphans(units, repoFiles(root), GENERATED, EXCLUDED);
    expect(orphans.map(describeOrphan)).toEqual([]);
  });
});
