// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Issue 11 (habits): a hand-written source file of over about 400 lines usually holds more than one
// concern. Such a file must say why in its header (a line "Longer than 400 lines: <reason>" in its
// first 20 lines); generated code is exempt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryFiles } from '../public-code/files.js';
import { root } from '../public-code/project.js';

const LIMIT = 400;
const SOURCE = /\.(ts|tsx|mts|cts|mjs|js|cjs)$/;
const GENERATED = /(^|\/)(generated|dist|build)\//;
const REASON = /Longer than 400 lines: \S.{10,}/;

/** The files over the limit whose header gives no reason, with their line counts. */
export function unexplainedLongFiles(files: { path: string; text: string }[]): string[] {
  return files
    .filter(({ path }) => SOURCE.test(path) && !GENERATED.test(path) && !path.endsWith('.d.ts'))
    .map(({ path, text }) => ({ path, lines: text.split('\n'), text }))
    .filter(({ lines }) => lines.length > LIMIT)
    .filter(({ lines }) => !REASON.test(lines.slice(0, 20).join('\n')))
    .map(({ path, lines }) => `${path}: ${lines.length} lines`);
}

describe('file length', () => {
  it('flags a long file without a reason and accepts one with a reason', () => {
    const long = Array.from({ length: LIMIT + 1 }, (_, i) => `export const v${i} = ${i};`);
    const withReason = [
      '// Longer than 400 lines: one table of rules that reads best in one place',
      ...long,
    ];
    expect(
      unexplainedLongFiles([
        { path: 'packages/x/src/long.ts', text: long.join('\n') },
        { path: 'packages/x/src/explained.ts', text: withReason.join('\n') },
        { path: 'packages/x/src/generated/long.ts', text: long.join('\n') },
        { path: 'packages/x/README.md', text: long.join('\n') },
      ]),
    ).toEqual([`packages/x/src/long.ts: ${LIMIT + 1} lines`]);
  });

  it('finds no hand-written source file over 400 lines without a reason in its header', () => {
    const files = repositoryFiles()
      .filter((path) => SOURCE.test(path))
      .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
    expect(files.length).toBeGreaterThan(400);
    expect(unexplainedLongFiles(files)).toEqual([]);
  });
});
