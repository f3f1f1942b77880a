// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A regional profile's files read into a ProfileSource, wherever the files are: a folder on disk
 * (`readProfile` in profiles.ts) or a folder dropped in a browser. No Node built-ins here.
 */
import { CodelistError, parseCodelistCsv, parseRemovalCsv } from './codelist-csv.js';
import type { Code, LocalizedText } from './model.js';
import { ProfileError, type ProfileSource } from './profile-apply.js';

/** One file of a profile folder: its name, how messages show it, and its text. */
export interface ProfileFile {
  name: string;
  shown: string;
  text(): Promise<string>;
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

/**
 * The files of a profile folder (`name` is the folder's name, the profile's name unless
 * profiel.json gives one) as a ProfileSource. Throws ProfileError naming the file on bad input.
 * Reads through `text()` only, so it runs in Node and in a browser alike.
 */
export async function parseProfileFiles(name: string, list: ProfileFile[]): Promise<ProfileSource> {
  const problems: string[] = [];
  const byName = new Map(list.map((f) => [f.name, f]));
  const files = [...byName.keys()].sort();
  const source: ProfileSource = {
    name,
    patches: {},
    codelistAdditions: {},
    codelistRemovals: {},
    codelistOpen: {},
    sources: {},
  };
  const readJson = async (file: string): Promise<unknown> => {
    const { shown, text: read } = byName.get(file)!;
    const text = (await read()).replace(/^\uFEFF/, '');
    try {
      return JSON.parse(text);
    } catch (error) {
      problems.push(`${shown}: not valid JSON (${(error as Error).message})`);
      return undefined;
    }
  };
  for (const file of files) {
    const { shown } = byName.get(file)!;
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
      const text = await byName.get(file)!.text();
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
