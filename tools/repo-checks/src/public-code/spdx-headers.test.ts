// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// REUSE style: every file says under which licence it is, in its own SPDX header or through
// REUSE.toml. Hand-written source files must carry the header themselves; REUSE.toml may speak for
// source files only where they are generated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { repositoryFiles } from './files.js';
import { LICENSE_ID, root } from './project.js';

const SOURCE = /\.(ts|tsx|mts|cts|mjs|js|cjs|css)$/;
const HEADER = [
  /SPDX-FileCopyrightText: \d{4} Zorghub toolkit contributors/,
  new RegExp(`SPDX-License-Identifier: ${LICENSE_ID.replace('.', '\\.')}`),
];

interface Annotation {
  path: string | string[];
  precedence?: string;
  'SPDX-License-Identifier'?: string;
  'SPDX-FileCopyrightText'?: string;
}
const reuse = parse(readFileSync(join(root, 'REUSE.toml'), 'utf8')) as unknown as {
  version: number;
  annotations: Annotation[];
};
const matcher = (a: Annotation) => picomatch([a.path].flat(), { dot: true });
const catchAll = (a: Annotation) => [a.path].flat().includes('**');

/** The first lines of a file, where a header belongs (after a shebang). */
function head(path: string): string {
  return readFileSync(join(root, path), 'utf8').split('\n').slice(0, 6).join('\n');
}

describe('SPDX licence information (REUSE)', () => {
  const files = repositoryFiles();

  it('REUSE.toml is version 1 and every annotation names EUPL-1.2 and a copyright', () => {
    expect(reuse.version).toBe(1);
    expect(reuse.annotations.length).toBeGreaterThan(0);
    for (const a of reuse.annotations) {
      expect(a['SPDX-License-Identifier'], String(a.path)).toBe(LICENSE_ID);
      expect(a['SPDX-FileCopyrightText'], String(a.path)).toMatch(/Zorghub toolkit contributors/);
    }
  });

  it('every hand-written source file starts with the SPDX header', () => {
    const generated = reuse.annotations.filter((a) => !catchAll(a)).map(matcher);
    const sources = files.filter((f) => SOURCE.test(f) && !generated.some((m) => m(f)));
    expect(sources.length).toBeGreaterThan(100);
    const missing = sources.filter((f) => !HEADER.every((re) => re.test(head(f))));
    expect(missing, 'add the two SPDX lines the other files start with').toEqual([]);
  });

  it('REUSE.toml speaks for generated source files only where they are really generated', () => {
    for (const annotation of reuse.annotations.filter((a) => !catchAll(a))) {
      const covered = files.filter((f) => SOURCE.test(f) && matcher(annotation)(f));
      expect(covered.length, `${annotation.path} matches no source file`).toBeGreaterThan(0);
      for (const f of covered) expect(f, 'a generated path').toMatch(/(^|\/)generated\//);
    }
  });

  it('every other file is covered by a header or REUSE.toml', () => {
    const all = reuse.annotations.map(matcher);
    const uncovered = files.filter(
      (f) => !all.some((m) => m(f)) && !(SOURCE.test(f) && HEADER.every((re) => re.test(head(f)))),
    );
    expect(uncovered).toEqual([]);
  });
});
