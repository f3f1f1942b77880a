// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { builtinModules } from 'node:module';

/**
 * Checks a project name as npm does for a new package (the rules of validate-npm-package-name).
 * Returns a reason when the name cannot be used, undefined when it can.
 */
export function checkPackageName(name: string): string | undefined {
  if (name.length === 0) return 'the name is empty';
  if (name.length > 214) return `the name is ${name.length} characters long; npm allows 214`;
  if (name.trim() !== name) return 'the name starts or ends with a space';
  if (name.startsWith('.') || name.startsWith('_'))
    return 'the name starts with a dot or an underscore';
  if (name.toLowerCase() !== name) return 'npm package names are lowercase';
  if (/[~'!()*]/.test(name)) return "the name contains one of ~'!()*";
  if (['node_modules', 'favicon.ico'].includes(name)) return `"${name}" is a reserved name`;
  if (builtinModules.includes(name)) return `"${name}" is the name of a Node.js core module`;
  const scoped = /^@([^/]+)\/([^/]+)$/.exec(name);
  const parts = scoped ? [scoped[1]!, scoped[2]!] : [name];
  if (!scoped && name.includes('/'))
    return 'a slash is only allowed in a scoped name (@scope/name)';
  for (const part of parts) {
    if (part.startsWith('.') || part.startsWith('_'))
      return 'a part of the name starts with a dot or an underscore';
    if (encodeURIComponent(part) !== part)
      return 'the name may only hold URL-safe characters: a-z, 0-9, "-", "." and "_"';
  }
  return undefined;
}

/** Turns a directory name into a package name suggestion ("Mijn Regio" -> "mijn-regio"). */
export function toPackageName(directoryName: string): string {
  return directoryName
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^[._-]+/, '')
    .replace(/-+$/, '');
}

export function checkMunicipalityCode(code: string): string | undefined {
  if (code === '') return undefined; // unknown is allowed; the config leaves it out
  if (!/^GM\d{4}$/.test(code))
    return `expected a CBS municipality code: "GM" and 4 digits (e.g. GM0503), found "${code}"`;
  return undefined;
}

export function checkText(label: string, max = 80) {
  return (value: string): string | undefined => {
    const v = value.trim();
    if (v.length === 0) return `${label}: expected a value, found nothing`;
    if (v.length > max) return `${label}: expected at most ${max} characters, found ${v.length}`;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
    if (/[\u0000-\u001f"\\`$]/.test(v))
      return `${label}: expected plain text without quotes, backslashes or $, found "${v}"`;
    return undefined;
  };
}

export function parseNumber(
  label: string,
  value: string,
  { min, max, integer }: { min: number; max: number; integer?: boolean },
): number | string {
  const text = value.trim().replace(',', '.');
  const n = Number(text);
  const what = integer ? 'a whole number' : 'a number';
  if (text === '' || !Number.isFinite(n))
    return `${label}: expected ${what} between ${min} and ${max}, found "${value}"`;
  if (integer && !Number.isInteger(n))
    return `${label}: expected ${what} between ${min} and ${max}, found "${value}"`;
  if (n < min || n > max) return `${label}: expected ${what} between ${min} and ${max}, found ${n}`;
  return n;
}
