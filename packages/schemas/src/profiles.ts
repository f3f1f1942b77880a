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
import { CodelistError, parseCodelistCsv, parseRemovalCsv } from './codelist-csv.js';
import type { Code, LocalizedText } from './model.js';
import {
  type AppliedProfile,
  applyProfile,
  ProfileError,
  type ProfileSource,
} from './profile-apply.js';

export {
  type AppliedProfile,
  applyProfile,
  mergePatch,
  ProfileError,
  type ProfileSource,
} from './profile-apply.js';

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function localized(
  value: unknown,
  file: string,
  key: string,
  problems: string[],
): LocalizedText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { nl: value, en: value };
  if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>;
    if (typeof v.nl === 'string' && typeof v.en === 'string') return { nl: v.nl, en: v.en };
  }
  problems.push(`${file}: "${key}" must be a text or { "nl": …, "en": … }`);
  return undefined;
}

/** Reads a profile folder into a ProfileSource. Throws ProfileError naming the file on bad input. */
export async function readProfile(dir: string): Promise<ProfileSource> {
  const problems: string[] = [];
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
  const files = (await readdir(dir)).sort();
  const source: ProfileSource = {
    name: basename(dir),
    patches: {},
    codelistAdditions: {},
    codelistRemovals: {},
    codelistOpen: {},
    sources: {},
  };
  const readJson = async (file: string): Promise<unknown> => {
    const path = join(dir, file);
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    try {
      return JSON.parse(text);
    } catch (error) {
      problems.push(`${display(path)}: not valid JSON (${(error as Error).message})`);
      return undefined;
    }
  };
  for (const file of files) {
    const path = join(dir, file);
    const shown = display(path);
    if (file === 'profiel.json') {
      source.sources!.profile = shown;
      const meta = await readJson(file);
      if (meta === undefined) continue;
      if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
        problems.push(`${shown}: expected a JSON object`);
        continue;
      }
      const m = meta as Record<string, unknown>;
      const known = new Set([
        'naam',
        'titel',
        'beschrijving',
        'standaardVersie',
        'codelijsten',
        '$schema',
      ]);
      for (const key of Object.keys(m))
        if (!known.has(key))
          problems.push(
            `${shown}: unknown key "${key}"; expected naam, titel, beschrijving, standaardVersie, codelijsten`,
          );
      if (m.naam !== undefined) {
        if (typeof m.naam === 'string') source.name = m.naam;
        else problems.push(`${shown}: "naam" must be a text`);
      }
      const title = localized(m.titel, shown, 'titel', problems);
      if (title) source.title = title;
      const description = localized(m.beschrijving, shown, 'beschrijving', problems);
      if (description) source.description = description;
      if (m.standaardVersie !== undefined) {
        if (typeof m.standaardVersie === 'string') source.standardVersion = m.standaardVersie;
        else problems.push(`${shown}: "standaardVersie" must be a text such as "1.0.0"`);
      }
      if (m.codelijsten !== undefined) {
        if (typeof m.codelijsten !== 'object' || m.codelijsten === null) {
          problems.push(
            `${shown}: "codelijsten" must be an object like { "trainingssoort": { "open": false } }`,
          );
        } else {
          for (const [name, setting] of Object.entries(m.codelijsten as Record<string, unknown>)) {
            const open = (setting as { open?: unknown } | null)?.open;
            if (typeof open === 'boolean') source.codelistOpen![name] = open;
            else problems.push(`${shown}: codelijsten.${name}.open must be true or false`);
          }
        }
      }
    } else if (file.endsWith('.patch.json')) {
      const entity = file.slice(0, -'.patch.json'.length);
      source.sources![`patch:${entity}`] = shown;
      const patch = await readJson(file);
      if (patch !== undefined) source.patches![entity] = patch;
    } else if (/^[+-].+\.csv$/.test(file)) {
      const name = file.slice(1, -4);
      const text = await readFile(path, 'utf8');
      try {
        if (file.startsWith('+')) {
          source.sources![`+${name}`] = shown;
          source.codelistAdditions![name] = parseCodelistCsv(text, shown, {
            checkReplacements: false,
          }) as Code[];
        } else {
          source.sources![`-${name}`] = shown;
          source.codelistRemovals![name] = parseRemovalCsv(text, shown);
        }
      } catch (error) {
        if (error instanceof CodelistError) problems.push(error.message);
        else throw error;
      }
    } else if (!/^(README|LEESMIJ)(\.[a-z]+)?$/i.test(file) && !file.startsWith('.')) {
      problems.push(
        `${shown}: unexpected file; a profile holds profiel.json, <entity>.patch.json, +<codelist>.csv and -<codelist>.csv`,
      );
    }
  }
  if (problems.length > 0) throw new ProfileError(problems);
  return source;
}

/**
 * Reads a profile folder and applies it to the standard. The result has the same shape as the
 * root entry (entities, codelists, getEntity, getSchema, getValidator, standardVersion).
 */
export async function loadProfile(dir: string): Promise<AppliedProfile> {
  return applyProfile(await readProfile(dir));
}
