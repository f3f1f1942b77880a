// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Regional profiles in a browser, as `zorghub validate` applies them: the profile a dropped
 * package declares (`"profiel"` in datapakket.json) is looked up beside the manifest, in
 * profielen/, one folder up, and then among the profiles the page carries (those shipped with the
 * standard); or the user names one, as `--profile` does. An unknown profile makes the input
 * unusable, with the same words as the CLI.
 */
import { applyProfile } from '../profile-apply.js';
import { parseProfileFiles } from '../profile-read.js';
import type { DroppedFile } from './browser-io.js';
import { InputError, t } from './package.js';
import { appliedProfileView } from './profile-view.js';
import type { Lang } from './report.js';
import type { StandardView } from './standard-view.js';

/** A profile folder: where it is (in the drop, or the page's name for it) and its files. */
export interface ProfileFolder {
  path: string;
  files: DroppedFile[];
}

const clean = (path: string) => path.replace(/^\/+/, '');
const parentOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Dropped files as a profile folder: the folder that holds profiel.json, or the common one. */
export function profileFolder(files: DroppedFile[]): ProfileFolder {
  const marker = files.find((f) => nameOf(clean(f.path)) === 'profiel.json');
  const path = parentOf(clean(marker?.path ?? files[0]?.path ?? ''));
  return { path, files: files.filter((f) => parentOf(clean(f.path)) === path) };
}

/** The folder at `dir` among the dropped files, if it holds a profiel.json. */
function folderAt(files: DroppedFile[], dir: string): ProfileFolder | undefined {
  const inside = files.filter((f) => parentOf(clean(f.path)) === dir);
  return inside.some((f) => nameOf(clean(f.path)) === 'profiel.json')
    ? { path: dir, files: inside }
    : undefined;
}

async function jsonOf(file: Blob | undefined): Promise<Record<string, unknown> | undefined> {
  if (!file || file.size > 16 << 20) return undefined;
  try {
    const value = JSON.parse((await file.text()).replace(/^\uFEFF/, '')) as unknown;
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined; // an unreadable manifest is reported when the package is read
  }
}

const join = (...parts: string[]) =>
  parts
    .filter((p) => p !== '')
    .join('/')
    .split('/')
    .reduce<string[]>((out, part) => {
      if (part === '..') out.pop();
      else if (part !== '.') out.push(part);
      return out;
    }, [])
    .join('/');

/**
 * The profile folder the packages among the dropped top-level folders declare, or undefined
 * when none declares one. Unusable input when it cannot be found or packages declare different
 * ones.
 */
export async function declaredProfileFolder(
  files: DroppedFile[],
  tops: string[],
  shipped: ProfileFolder[],
  lang: Lang,
): Promise<ProfileFolder | undefined> {
  const byPath = new Map(files.map((f) => [clean(f.path), f.file]));
  const found = new Map<string, string>(); // name → manifest folder
  for (const top of tops) {
    const manifest = await jsonOf(byPath.get(`${top}/datapakket.json`));
    const name = manifest?.profiel;
    if (typeof name === 'string' && !found.has(name)) found.set(name, top);
  }
  if (found.size === 0) return undefined;
  if (found.size > 1)
    throw new InputError(
      t(
        lang,
        `de datapakketten noemen verschillende profielen (${[...found.keys()].join(', ')}); valideer ze apart of kies een profiel`,
        `the data packages declare different profiles (${[...found.keys()].join(', ')}); validate them one by one or choose a profile`,
      ),
      'unknown-profile',
    );
  const [name, dir] = [...found][0]!;
  const candidates = [
    ...[join(dir, name), join(dir, 'profielen', name), join(dir, '..', name)]
      .concat(join(dir, '..', 'profielen', name))
      .map((place) => folderAt(files, place)),
    ...shipped,
  ];
  for (const folder of candidates) {
    if (!folder) continue;
    const info = await jsonOf(
      folder.files.find((f) => nameOf(clean(f.path)) === 'profiel.json')?.file,
    );
    if (info?.naam === name) return folder;
  }
  throw new InputError(
    t(
      lang,
      `${dir}/datapakket.json: het profiel "${name}" is niet gevonden (naast het manifest, in profielen/ of bij de standaard); sleep de map van het profiel mee of kies het profiel`,
      `${dir}/datapakket.json: profile "${name}" not found (beside the manifest, in profielen/ or shipped with the standard); drop the profile's folder with it or choose the profile`,
    ),
    'unknown-profile',
  );
}

/** The standard as the profile in `folder` changes it; unusable input when it cannot be used. */
export async function browserProfileStandard(
  folder: ProfileFolder,
  lang: Lang,
): Promise<StandardView> {
  const shown = folder.path || '.';
  try {
    const source = await parseProfileFiles(
      nameOf(folder.path),
      folder.files.map((f) => ({
        name: nameOf(clean(f.path)),
        shown: clean(f.path),
        text: () => f.file.text(),
      })),
    );
    return appliedProfileView(applyProfile(source));
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new InputError(
      t(
        lang,
        `${shown}: profiel kan niet gebruikt worden: ${message}`,
        `${shown}: profile cannot be used: ${message}`,
      ),
      'unreadable',
    );
  }
}
