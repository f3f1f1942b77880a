// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// What a registry shows of each published package, and what it ships.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedPackages, repositoryWebUrl, root, rootManifest } from './project.js';
import { syncedManifest, syncedPubliccode } from './sync.js';

const fix = 'run `npm run sync:metadata`';

describe('package metadata', () => {
  const packages = publishedPackages();

  it('the repository address is written once, in the root package.json, and is not a placeholder', () => {
    const url = rootManifest().repository.url;
    expect(url).toMatch(/^git\+https:\/\/[^/]+\/[^/]+\/[^/]+\.git$/);
    expect(url).not.toMatch(/example\.(invalid|com|org)/);
  });

  it('publishes the six packages of the release', () => {
    expect(packages.map(([, p]) => p.name).sort()).toEqual(
      [
        '@zorghub/api',
        '@zorghub/app',
        '@zorghub/business-case',
        '@zorghub/schemas',
        'create-zorghub',
        'zorghub',
      ].sort(),
    );
  });

  it('every published package.json has the derived repository, homepage, bugs, author and licence', () => {
    for (const [dir, pkg] of packages) {
      expect(JSON.stringify(pkg, null, 2), `${dir}/package.json: ${fix}`).toBe(
        JSON.stringify(syncedManifest(dir, pkg), null, 2),
      );
      expect(pkg.description, dir).toBeTruthy();
      expect(pkg.engines, dir).toEqual({ node: '>=20.19' });
      expect(pkg.publishConfig, dir).toEqual({ access: 'public' });
    }
  });

  it('publiccode.yml has the same repository address', () => {
    const text = readFileSync(join(root, 'publiccode.yml'), 'utf8');
    expect(text, fix).toBe(syncedPubliccode(text));
    expect(text).toContain(`url: "${repositoryWebUrl()}.git"`);
  });

  it('every published package has a README and ships it, and ships no source map without its source', () => {
    for (const [dir, pkg] of packages) {
      const readme = join(root, dir, 'README.md');
      expect(existsSync(readme), `${dir}/README.md`).toBe(true);
      expect(readFileSync(readme, 'utf8').length, `${dir}/README.md is too short`).toBeGreaterThan(
        400,
      );
      expect(Array.isArray(pkg.files), `${dir}: "files" lists what is shipped`).toBe(true);
      const packed = JSON.parse(
        execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
          cwd: join(root, dir),
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      ) as Array<{ files: Array<{ path: string }> }>;
      const shipped = new Set(packed[0]!.files.map((f) => f.path));
      expect(shipped.has('README.md'), `${dir} ships README.md`).toBe(true);
      expect(shipped.has('package.json')).toBe(true);
      for (const map of [...shipped].filter((f) => f.endsWith('.map'))) {
        const { sources } = JSON.parse(readFileSync(join(root, dir, map), 'utf8')) as {
          sources: string[];
        };
        for (const source of sources) {
          const target = join(map, '..', source).replace(/\\/g, '/');
          expect(
            shipped.has(target),
            `${dir}/${map} points at ${target}, which is not shipped`,
          ).toBe(true);
        }
      }
    }
  });
});
