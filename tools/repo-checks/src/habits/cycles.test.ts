// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Issue 11 (habits): no import circle anywhere in the hand-written code. The fixture test proves the
// check sees a circle written the way this repository writes imports (`./b.js` for `b.ts`).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../public-code/project.js';
import { importGraph } from './cycles.js';

/** Source folders with the tsconfig that resolves their imports, and how many files at least. */
const PARTS: [dir: string, tsconfig: string, atLeast: number][] = [
  ['packages/schemas/src', 'packages/schemas/tsconfig.json', 50],
  ['packages/business-case/src', 'packages/business-case/tsconfig.json', 50],
  ['packages/api/src', 'packages/api/tsconfig.json', 50],
  ['packages/cli/src', 'packages/cli/tsconfig.json', 10],
  ['packages/create-zorghub/src', 'packages/create-zorghub/tsconfig.json', 10],
  ['packages/app/src', 'packages/app/tsconfig.json', 10],
  ['tools/repo-checks/src', 'tools/repo-checks/tsconfig.json', 10],
  ['docs-site/src', 'docs-site/tsconfig.json', 10],
];

describe('import circles (madge)', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'zorghub-cycles-'));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('finds a circle written with NodeNext .js specifiers, and not a type-only one', async () => {
    writeFileSync(
      join(fixture, 'tsconfig.json'),
      '{"compilerOptions":{"module":"NodeNext","moduleResolution":"NodeNext"}}',
    );
    writeFileSync(
      join(fixture, 'a.ts'),
      "import { b } from './b.js';\nexport const a = () => b;\n",
    );
    writeFileSync(
      join(fixture, 'b.ts'),
      "import { a } from './a.js';\nexport const b = () => a;\n",
    );
    writeFileSync(join(fixture, 'c.ts'), "import type { D } from './d.js';\nexport type C = D;\n");
    writeFileSync(join(fixture, 'd.ts'), "import type { C } from './c.js';\nexport type D = C;\n");
    const { circles } = await importGraph(fixture, join(fixture, 'tsconfig.json'));
    expect(circles.map((circle) => [...circle].sort())).toEqual([['a.ts', 'b.ts']]);
  });

  it.each(PARTS)('finds none in %s', async (dir, tsconfig, atLeast) => {
    const { files, imports, circles } = await importGraph(join(root, dir), join(root, tsconfig));
    // Guard against a folder that reads nothing, or imports that are not resolved (then no circle
    // could ever be found): the files of each part import one another more often than not.
    expect(files).toBeGreaterThanOrEqual(atLeast);
    expect(imports).toBeGreaterThanOrEqual(files / 2);
    expect(circles.map((circle) => circle.join(' → '))).toEqual([]);
  });
});
