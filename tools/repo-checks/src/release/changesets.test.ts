// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Every package a region installs is released with one version: each published workspace must be in
// the changeset group that fixes their versions together. (The release rehearsal found @zorghub/app
// missing only after minutes; this says it in a second.)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedPackages } from '../public-code/project.js';

const root = resolve(import.meta.dirname, '../../../..');
const config = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8')) as {
  fixed: string[][];
};

describe('the changeset configuration', () => {
  it('fixes the versions of every published package together, and names no other', () => {
    const published = publishedPackages()
      .map(([, pkg]) => String(pkg.name))
      .sort();
    expect(config.fixed, 'one fixed group').toHaveLength(1);
    expect([...config.fixed[0]!].sort(), '.changeset/config.json "fixed"').toEqual(published);
  });
});
