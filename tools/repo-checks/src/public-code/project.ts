// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The project's public facts in one place: the root package.json. Its `repository.url` is the only
// place the repository address is written by hand; every package.json and publiccode.yml take it from
// there (`npm run sync:metadata`; a test fails when they drift). LICENSE comes from spdx-license-list.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../../../..');
export const LICENSE_ID = 'EUPL-1.2';

interface RootManifest {
  workspaces: string[];
  repository: { type: string; url: string };
  author: string;
  license: string;
}

export function rootManifest(): RootManifest {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as RootManifest;
}

/** `git+https://host/owner/name.git` -> `https://host/owner/name`. */
export function repositoryWebUrl(url = rootManifest().repository.url): string {
  return url.replace(/^git\+/, '').replace(/\.git$/, '');
}

/** What every published package.json must say, derived from the root package.json. */
export function packageMetadata(directory: string): Record<string, unknown> {
  const manifest = rootManifest();
  const web = repositoryWebUrl(manifest.repository.url);
  return {
    license: manifest.license,
    author: manifest.author,
    repository: { type: 'git', url: manifest.repository.url, directory },
    homepage: `${web}/tree/main/${directory}#readme`,
    bugs: { url: `${web}/issues` },
  };
}

/** The workspaces that are published (not private), as [directory, manifest]. */
export function publishedPackages(): Array<[string, Record<string, unknown>]> {
  return rootManifest()
    .workspaces.map(
      (dir) =>
        [dir, JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'))] as [
          string,
          Record<string, unknown>,
        ],
    )
    .filter(([, pkg]) => pkg.private !== true);
}

/** The full EUPL-1.2 text as the SPDX licence list ships it. */
export function licenseText(): string {
  const require = createRequire(import.meta.url);
  const list = require('spdx-license-list/full') as Record<string, { licenseText: string }>;
  const text = list[LICENSE_ID]?.licenseText;
  if (!text) throw new Error(`spdx-license-list has no ${LICENSE_ID}`);
  return `${text.trimEnd()}\n`;
}
