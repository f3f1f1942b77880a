// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The regional profile a data package declares (`"profiel"` in datapakket.json), found beside the
 * manifest or among the profiles shipped with the standard, so that a package is checked against
 * what it says it meets and not silently against the plain standard.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, t } from './package.js';
import type { Lang } from './report.js';

const shipped = resolve(dirname(fileURLToPath(import.meta.url)), '../../profiles');

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** The `profiel` of the manifest in `dir`, if it has one that declares a profile. */
async function declaredIn(dir: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, 'datapakket.json'), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, '')) as { profiel?: unknown } | null;
    return typeof value?.profiel === 'string' ? value.profiel : undefined;
  } catch {
    return undefined; // an unreadable manifest is reported when the package is read
  }
}

/** Where a profile named `name` may sit for a package in `dir`, nearest first. */
function places(dir: string, name: string): string[] {
  return [
    join(dir, name),
    join(dir, 'profielen', name),
    join(dir, '..', name),
    join(dir, '..', 'profielen', name),
    join(shipped, name),
  ];
}

/**
 * The folder of the profile the packages among `paths` declare, or undefined when none declares
 * one. Exit 2 when the profile cannot be found or packages declare different ones.
 */
export async function declaredProfile(paths: string[], lang: Lang): Promise<string | undefined> {
  const found = new Map<string, string>(); // name → manifest folder
  for (const path of paths) {
    if (!(await isDir(path))) continue;
    const name = await declaredIn(path);
    if (name !== undefined && !found.has(name)) found.set(name, path);
  }
  if (found.size === 0) return undefined;
  if (found.size > 1)
    throw new InputError(
      t(
        lang,
        `de datapakketten noemen verschillende profielen (${[...found.keys()].join(', ')}); valideer ze apart of geef --profile`,
        `the data packages declare different profiles (${[...found.keys()].join(', ')}); validate them one by one or pass --profile`,
      ),
      'unknown-profile',
    );
  const [name, dir] = [...found][0]!;
  for (const place of places(dir, name)) {
    try {
      const info = JSON.parse(await readFile(join(place, 'profiel.json'), 'utf8')) as {
        naam?: unknown;
      };
      if (info.naam === name) return place;
    } catch {
      // not here
    }
  }
  throw new InputError(
    t(
      lang,
      `${join(dir, 'datapakket.json')}: het profiel "${name}" is niet gevonden (naast het manifest, in profielen/ of bij de standaard); geef --profile <map van het profiel>`,
      `${join(dir, 'datapakket.json')}: profile "${name}" not found (beside the manifest, in profielen/ or shipped with the standard); pass --profile <profile folder>`,
    ),
    'unknown-profile',
  );
}
