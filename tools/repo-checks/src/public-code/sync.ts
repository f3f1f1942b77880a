// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// `npm run sync:metadata`: writes what project.ts derives from the root package.json into every
// published package.json and publiccode.yml, and LICENSE (+ LICENSES/EUPL-1.2.txt, REUSE style) from
// spdx-license-list. Change the repository address in the root package.json, then run this.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LICENSE_ID,
  licenseText,
  packageMetadata,
  publishedPackages,
  repositoryWebUrl,
  root,
} from './project.js';

const KEY_ORDER = [
  'name',
  'version',
  'description',
  'keywords',
  'license',
  'author',
  'repository',
  'homepage',
  'bugs',
];

export function syncedManifest(
  directory: string,
  pkg: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...pkg, ...packageMetadata(directory) };
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (key in merged) ordered[key] = merged[key];
  for (const [key, value] of Object.entries(merged)) if (!(key in ordered)) ordered[key] = value;
  return ordered;
}

export function syncedPubliccode(text: string): string {
  return text.replace(/^url: .*$/m, `url: "${repositoryWebUrl()}.git"`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [dir, pkg] of publishedPackages()) {
    writeFileSync(
      join(root, dir, 'package.json'),
      `${JSON.stringify(syncedManifest(dir, pkg), null, 2)}\n`,
    );
  }
  const publiccode = join(root, 'publiccode.yml');
  writeFileSync(publiccode, syncedPubliccode(readFileSync(publiccode, 'utf8')));
  writeFileSync(join(root, 'LICENSE'), licenseText());
  writeFileSync(join(root, 'LICENSES', `${LICENSE_ID}.txt`), licenseText());
  console.log('sync:metadata: package.json files, publiccode.yml, LICENSE and LICENSES/ written');
}
