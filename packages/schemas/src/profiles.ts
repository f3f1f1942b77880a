// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * `@zorghub/schemas/profiles` (Node only): reads a regional profile folder and applies it.
 *
 * A profile folder holds:
 * - `profiel.json`: `{ "naam", "titel": {nl,en}, "beschrijving": {nl,en}, "standaardVersie", "codelijsten": { "<lijst>": { "open": bool } } }`
 * - `<entiteit>.patch.json`: a JSON Merge Patch (RFC 7396) on the bundled schema of that entity
 * - `+<codelijst>.csv`: codes to add (same columns as the codelists of the standard)
 * - `-<codelijst>.csv`: codes to remove (a `code` column)
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import {
  type AppliedProfile,
  applyProfile,
  ProfileError,
  type ProfileSource,
} from './profile-apply.js';
import { type ProfileFile, parseProfileFiles } from './profile-read.js';

export {
  type AppliedProfile,
  applyProfile,
  mergePatch,
  ProfileError,
  type ProfileSource,
} from './profile-apply.js';
export { type ProfileFile, parseProfileFiles } from './profile-read.js';

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Reads a profile folder into a ProfileSource. Throws ProfileError naming the file on bad input. */
export async function readProfile(dir: string): Promise<ProfileSource> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(dir);
  } catch {
    throw new ProfileError([`${display(dir)}: profile folder not found`]);
  }
  if (!info.isDirectory())
    throw new ProfileError([
      `${display(dir)}: a profile is a folder with profiel.json, <entity>.patch.json and ±<codelist>.csv files`,
    ]);
  const files: ProfileFile[] = (await readdir(dir)).map((name) => ({
    name,
    shown: display(join(dir, name)),
    text: () => readFile(join(dir, name), 'utf8'),
  }));
  return parseProfileFiles(basename(dir), files);
}

/**
 * Reads a profile folder and applies it to the standard. The result has the same shape as the
 * root entry (entities, codelists, getEntity, getSchema, getValidator, standardVersion).
 */
export async function loadProfile(dir: string): Promise<AppliedProfile> {
  return applyProfile(await readProfile(dir));
}
