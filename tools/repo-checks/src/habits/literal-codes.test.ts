// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Issue 11 (habits): the codes of the standard's closed codelists are not re-listed by hand outside
// packages/schemas; they come from its generated code arrays, labels and types. A place counts when it
// re-lists two or more codes of one closed codelist (array, union type, object or type keys, switch
// cases, comparisons of one expression in one function) and TypeScript does not already check it
// against the generated type. Single words ("overig", "actief") in other contexts do not count.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedCodes } from '@zorghub/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryFiles } from '../public-code/files.js';
import { root } from '../public-code/project.js';
import { judgeListings, listingsInFiles } from './literal-codes.js';
import { ALLOWED_LISTINGS } from './literal-codes-allowed.js';

const SOURCE = /\.(ts|tsx|mts|cts|mjs|js|cjs|jsx)$/;
/** Tests and their fixtures may spell codes out: that is what they test. */
const TEST =
  /\.(test|spec)\.|\.d\.ts$|(^|\/)(test|tests|__tests__|__fixtures__|e2e|fixtures|test-fixtures|test-support)\//;
const GENERATED = /(^|\/)(generated|dist|build|\.docusaurus)\//;

/** The non-test, hand-written source files the check reads. */
export function checkedFiles(paths: string[]): string[] {
  return paths.filter(
    (path) =>
      SOURCE.test(path) &&
      !path.startsWith('packages/schemas/') &&
      !TEST.test(path) &&
      !GENERATED.test(path),
  );
}

describe('closed codes re-listed by hand (fixture)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zorghub-codes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lists = { kleur: ['rood', 'groen', 'blauw'], reden: ['ziek', 'overig'] } as const;
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(
    'tsconfig.json',
    '{"compilerOptions":{"strict":true,"module":"NodeNext","moduleResolution":"NodeNext","noEmit":true}}',
  );
  write(
    'std/codes.ts',
    "export const kleurCodes = ['rood', 'groen', 'blauw'] as const;\nexport type KleurCode = (typeof kleurCodes)[number];\n",
  );
  write(
    'src/copied.ts',
    [
      "export const WARM = ['rood', 'groen'];",
      "export type Warm = 'rood' | 'blauw';",
      'export interface Counts { rood: number; groen: number }',
      'export function name(kleur: string): string {',
      "  switch (kleur) { case 'rood': return 'r'; case 'groen': return 'g'; default: return '?'; }",
      '}',
      "export const isCool = (k: string) => k === 'groen' || k === 'blauw';",
      // Ordinary words: one code of a list, or codes of two different lists, do not count.
      "export const words = ['overig', 'rood', 'nee'];",
      "export const note = (k: string) => (k === 'overig' ? 'rest' : k);",
      // A hand-written set is reported where it is written, not again where it is used.
      "type Local = 'rood' | 'groen';",
      "export const pick = (k: Local) => k === 'rood' || k === 'groen';",
    ].join('\n'),
  );
  write(
    'src/tied.ts',
    [
      "import { type KleurCode, kleurCodes } from '../std/codes.js';",
      "export const WARM = ['rood', 'groen'] as const satisfies readonly KleurCode[];",
      "export const SHORT: Record<KleurCode, string> = { rood: 'r', groen: 'g', blauw: 'b' };",
      'export function name(kleur: KleurCode): string {',
      "  switch (kleur) { case 'rood': return 'r'; case 'groen': return 'g'; default: return 'b'; }",
      '}',
      "export const isCool = (k: KleurCode) => k === 'groen' || k === 'blauw';",
      'export const all = kleurCodes;',
    ].join('\n'),
  );
  write('scripts/copied.mjs', 'export const kleuren = { rood: 1, blauw: 2 };\n');

  it('flags every hand-written listing, and none that TypeScript checks against the codes', () => {
    const found = listingsInFiles(
      dir,
      ['src/copied.ts', 'src/tied.ts', 'scripts/copied.mjs'],
      lists,
    );
    expect(found.map((l) => `${l.path}:${l.line} ${l.list} ${l.kind}`)).toEqual([
      'scripts/copied.mjs:1 kleur keys',
      'src/copied.ts:1 kleur array',
      'src/copied.ts:2 kleur union',
      'src/copied.ts:3 kleur keys',
      'src/copied.ts:5 kleur switch',
      'src/copied.ts:7 kleur comparisons',
      'src/copied.ts:10 kleur union',
    ]);
  });

  it('reports an allowlist entry that covers nothing, so the list stays short', () => {
    const found = listingsInFiles(dir, ['scripts/copied.mjs'], lists);
    const kept = { path: 'scripts/copied.mjs', list: 'kleur', reason: 'fixture' };
    const gone = { path: 'src/gone.ts', list: 'kleur', reason: 'fixture' };
    expect(judgeListings(found, [kept, gone])).toEqual({ unexplained: [], stale: [gone] });
  });
});

describe('closed codes re-listed by hand (repository)', () => {
  it('finds none outside packages/schemas but the allowed ones, and every allowed one is still there', () => {
    const files = checkedFiles(repositoryFiles());
    // Guard against a filter that reads nothing.
    expect(files.length).toBeGreaterThan(200);
    const found = listingsInFiles(root, files, closedCodes);
    const { unexplained, stale } = judgeListings(found, ALLOWED_LISTINGS);
    expect(
      unexplained.map((l) => `${l.path}:${l.line} ${l.list} (${l.kind}: ${l.codes.join(', ')})`),
    ).toEqual([]);
    expect(stale).toEqual([]);
  });
});
