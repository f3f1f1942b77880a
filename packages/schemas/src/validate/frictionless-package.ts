// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A Frictionless data package descriptor (`datapackage.json`) as the list of files of a package:
 * each resource's `path` is a file, its `name` (or the file name) the entity, and a `sha256:` hash
 * is checked like the manifest's `sha256`. Used when a folder has no `datapakket.json`.
 */
import type { Checker } from './engine/checker.js';
import type { InputIo } from './io.js';
import type { Lang } from './report.js';

const t = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en);

/** A file of the package, in the terms of datapakket.json's `bestanden`. */
export interface PackageEntry {
  pad?: unknown;
  entiteit?: unknown;
  formaat?: unknown;
  sha256?: unknown;
  aantalRecords?: unknown;
}

interface Resource {
  name?: unknown;
  path?: unknown;
  format?: unknown;
  hash?: unknown;
}

export async function readFrictionlessPackage(
  path: string,
  checker: Checker,
  lang: Lang,
  io: InputIo,
): Promise<PackageEntry[] | undefined> {
  let value: unknown;
  try {
    value = JSON.parse((await io.readUtf8(path)).replace(/^\uFEFF/, ''));
  } catch (error) {
    checker.issue(
      'manifest.invalid',
      undefined,
      0,
      undefined,
      {
        expected: t(lang, 'geldige JSON', 'valid JSON'),
        found: (error as Error).message.split('\n')[0] ?? '',
      },
      path,
    );
    return undefined;
  }
  const resources = (value as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources)) {
    checker.issue(
      'manifest.invalid',
      undefined,
      0,
      'resources',
      { expected: t(lang, 'een lijst van resources', 'a list of resources') },
      path,
    );
    return undefined;
  }
  return (resources as Resource[]).map((r) => {
    const entry: PackageEntry = { pad: typeof r?.path === 'string' ? r.path : undefined };
    if (typeof r?.name === 'string') entry.entiteit = r.name;
    if (typeof r?.format === 'string') entry.formaat = r.format;
    if (typeof r?.hash === 'string' && r.hash.startsWith('sha256:'))
      entry.sha256 = r.hash.slice('sha256:'.length);
    return entry;
  });
}
