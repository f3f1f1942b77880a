// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Import circles, found with madge. Its TypeScript resolution follows the `.js` specifiers of NodeNext
// imports to their `.ts` files (dpdm 4 did not: it saw no import at all, so it found no circle).
// Type-only imports are left out: they vanish at run time.
// @ts-expect-error madge ships no type declarations
import madge from 'madge';

interface MadgeResult {
  obj(): Record<string, string[]>;
  circular(): string[][];
}

const detective = { skipTypeImports: true, skipAsyncImports: false };

/** The files madge read below `dir` (relative), with their imports, and the circles among them. */
export async function importGraph(
  dir: string,
  tsConfig: string,
): Promise<{ files: number; imports: number; circles: string[][] }> {
  const result = (await madge(dir, {
    fileExtensions: ['ts', 'tsx', 'mts', 'mjs'],
    tsConfig,
    excludeRegExp: [/node_modules/, /\/dist\//, /\/build\//, /\.docusaurus/],
    detectiveOptions: { ts: detective, tsx: detective, es6: detective },
  })) as MadgeResult;
  const graph = result.obj();
  return {
    files: Object.keys(graph).length,
    imports: Object.values(graph).reduce((sum, targets) => sum + targets.length, 0),
    circles: result.circular(),
  };
}
