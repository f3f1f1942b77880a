// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every source file the package root reaches through relative imports, with what it imports. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    const specifiers = [
      ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'/g),
    ].map((m) => m[1] as string);
    const dynamic = [...text.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1] as string);
    seen.set(file, [...specifiers, ...dynamic]);
    for (const s of specifiers)
      if (s.startsWith('.')) visit(join(dirname(file), s.replace(/\.js$/, '.ts')));
  };
  visit(entry);
  return seen;
}

describe('the package root (monitoring included) is browser-safe', () => {
  it('reaches no node: module and no Node-only entry of @zorghub/schemas', () => {
    const graph = reachable(join(src, 'index.ts'));
    expect([...graph.keys()].some((f) => f.endsWith('monitor/monitor.ts'))).toBe(true);
    const offending = [...graph.entries()].flatMap(([file, imports]) =>
      imports
        .filter((s) => s.startsWith('node:') || s === '@zorghub/schemas/validate')
        .map((s) => `${file.slice(src.length)} imports ${s}`),
    );
    expect(offending).toEqual([]);
  });
});
