// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The root entry must run in a browser (the guide's calculator imports it): nothing it reaches
 * may import a Node built-in or a Node-only package.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('.', import.meta.url));
const allowedPackages = ['ajv', 'ajv-formats'];

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const pattern =
    /(?:^|\n)\s*(?:import|export)\s+(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...text.matchAll(pattern)].map((m) => (m[1] ?? m[2])!);
}

function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const specifiers = importsOf(file);
    seen.set(file, specifiers);
    for (const s of specifiers)
      if (s.startsWith('.')) queue.push(join(dirname(file), s.replace(/\.js$/, '.ts')));
  }
  return seen;
}

describe('the root entry', () => {
  const graph = reachable(join(srcDir, 'index.ts'));

  it('reaches the generated validators, types and the profile core', () => {
    const files = [...graph.keys()].map((f) => relative(srcDir, f));
    expect(files).toEqual(
      expect.arrayContaining([
        'generated/validators/bezoek.ts',
        'generated/types/index.ts',
        'profile-apply.ts',
        'runtime.ts',
        'formats.ts',
        'standard.ts',
      ]),
    );
    expect(files).not.toContain('profiles.ts');
    expect(files).not.toContain('codelist-csv.ts');
  });

  it('finds every import of a module, including bare and dynamic ones', () => {
    const index = graph.get(join(srcDir, 'index.ts'))!;
    expect(index).toEqual(expect.arrayContaining(['./standard.js', './model.js', './version.js']));
    expect(graph.get(join(srcDir, 'standard.ts'))).toEqual(
      expect.arrayContaining(['./generated/codelists.js', './generated/validators/index.js']),
    );
    expect(importsOf(join(srcDir, 'profiles.ts'))).toEqual(
      expect.arrayContaining(['node:fs/promises', 'node:path']),
    );
  });

  it('imports no Node built-in and only ajv packages', () => {
    const builtins = new Set(builtinModules);
    for (const [file, specifiers] of graph)
      for (const s of specifiers) {
        if (s.startsWith('.')) continue;
        const where = `${relative(srcDir, file)} imports ${s}`;
        expect(s.startsWith('node:') || builtins.has(s.split('/')[0]!), where).toBe(false);
        const pkg = s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!;
        expect(allowedPackages, where).toContain(pkg);
      }
  });
});

describe('the data of the standard (what the Node validator loads)', () => {
  it('does not reach ajv itself, only its small runtime helpers and formats', () => {
    const graph = reachable(join(srcDir, 'standard.ts'));
    // type-only imports are erased by the compiler and load nothing
    const typeOnly = (file: string, s: string) =>
      new RegExp(`(?:import|export) type [^;]*from '${s}'`).test(readFileSync(file, 'utf8'));
    const bare = [...graph]
      .flatMap(([file, specifiers]) => specifiers.map((s) => ({ file, s })))
      .filter(({ file, s }) => !s.startsWith('.') && !typeOnly(file, s))
      .map(({ s }) => s);
    expect(bare.length).toBeGreaterThan(0);
    for (const s of bare)
      expect(s, s).toMatch(/^(ajv\/dist\/runtime\/|ajv-formats\/dist\/formats)/);
  });
});
