// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Issue 11 (one source of truth): every output of the schemas generator must be read by something
// other than the generator and its drift test. A unit is a top-level entry of a generated folder
// (a file, or a folder such as generated/docs). It has a consumer when, outside the generator's
// folder and the generated folders themselves:
//   - code names it in a string literal (`./generated/codes.js`, `'generated/bundled'`), or names the
//     generated folder and the unit's name as separate literals (`'../../generated'` resolving to the
//     unit's folder, then `join(generated, 'frictionless')`);
//   - a package.json ships it by name: an `exports` target, or a `files` entry narrower than the
//     whole generated folder (shipping a whole folder nobody points at is no consumer);
//   - Markdown links to it (`[mapping](…/generated/tabular-mapping.csv)`).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/** A text file of the repository, repository-relative path with forward slashes. */
export interface RepoFile {
  path: string;
  text: string;
}

/** A generated unit without a consumer, with what was expected and what to do. */
export interface Orphan {
  unit: string;
  expected: string;
  todo: string;
}

export const EXPECTED = 'a consumer outside the generator and its drift test';
export const TODO =
  'use it (import or read it), ship it via the package.json `exports`/`files` and link it from the docs, or stop generating it';

const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The top-level entries of each generated folder, as repository-relative units. */
export function generatedUnits(root: string, generatedDirs: string[]): string[] {
  return generatedDirs.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => !name.startsWith('.'))
      .map((name) => posix.join(dir, name))
      .sort(),
  );
}

/** How a unit is spelled in a reference: `generated/codes` (+ .ts/.js) or `generated/tabular-mapping.csv`. */
function spelling(unit: string): { name: string; pattern: RegExp } {
  const name = posix.basename(unit);
  const ts = name.match(/^(.*)\.ts$/);
  const base = ts ? `${escapeRe(ts[1] ?? '')}(?:\\.[cm]?[jt]s)?` : escapeRe(name);
  return { name, pattern: new RegExp(`generated/${base}(?=[/'"\`)#*?\\s]|$)`) };
}

const LITERAL = /'([^'\n]*)'|"([^"\n]*)"|`([^`\n]*)`/g;
const LINK = /\]\(([^)\s]+)\)/g;

function literals(text: string): string[] {
  return [...text.matchAll(LITERAL)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** The paths a package.json ships by name (exports targets, files entries), package-relative. */
function shipped(text: string): { exportsTo: string[]; files: string[] } {
  let manifest: { exports?: unknown; files?: unknown };
  try {
    manifest = JSON.parse(text);
  } catch {
    return { exportsTo: [], files: [] };
  }
  const targets: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(manifest.exports);
  const files = Array.isArray(manifest.files) ? manifest.files.map(String) : [];
  return { exportsTo: targets, files };
}

const clean = (entry: string) =>
  entry
    .replace(/^\.\//, '')
    .replace(/\/?\*.*$/, '')
    .replace(/\/$/, '');

/** Whether one file reads, ships or links to a unit. */
export function consumes(file: RepoFile, unit: string, generatedDirs: string[]): boolean {
  const { name, pattern } = spelling(unit);
  if (posix.basename(file.path) === 'package.json') {
    const dir = posix.dirname(file.path);
    const { exportsTo, files } = shipped(file.text);
    const covers = (entry: string, wholeRootCounts: boolean) => {
      const path = posix.join(dir, clean(entry));
      if (!wholeRootCounts && generatedDirs.includes(path)) return false;
      return unit === path || unit.startsWith(`${path}/`) || path.startsWith(`${unit}/`);
    };
    return exportsTo.some((e) => covers(e, true)) || files.some((e) => covers(e, false));
  }
  if (/\.mdx?$/.test(file.path)) {
    return [...file.text.matchAll(LINK)].some((m) => pattern.test(m[1] ?? ''));
  }
  if (!CODE.test(file.path)) return false;
  const strings = literals(file.text);
  if (strings.some((s) => pattern.test(s))) return true;
  const from = posix.dirname(file.path);
  const namesRoot = strings.some(
    (s) => s.startsWith('.') && posix.join(from, s).replace(/\/$/, '') === posix.dirname(unit),
  );
  const bare = name.replace(/\.ts$/, '');
  return namesRoot && strings.some((s) => s === name || s === bare);
}

/** The units no file outside the excluded folders consumes. */
export function findOrphans(
  units: string[],
  files: RepoFile[],
  generatedDirs: string[],
  excluded: string[],
): Orphan[] {
  const outside = files.filter(
    (f) =>
      ![...generatedDirs, ...excluded].some(
        (dir) => f.path === dir || f.path.startsWith(`${dir}/`),
      ),
  );
  return units
    .filter((unit) => !outside.some((f) => consumes(f, unit, generatedDirs)))
    .map((unit) => ({ unit, expected: EXPECTED, todo: TODO }));
}

/** One line per orphan: the file, what was expected, what to do. */
export function describeOrphan(o: Orphan): string {
  return `${o.unit}: expected ${o.expected}; ${o.todo}`;
}

const SCANNED = /(\.(ts|tsx|mts|cts|js|mjs|cjs|jsx|md|mdx)|(^|\/)package\.json)$/;

/** The tracked text files that can consume a generated unit (git ls-files; no node_modules). */
export function repoFiles(root: string): RepoFile[] {
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((p) => p && SCANNED.test(p));
  return listed.flatMap((path) => {
    const full = join(root, path);
    try {
      if (!statSync(full).isFile()) return [];
    } catch {
      return [];
    }
    return [{ path, text: readFileSync(full, 'utf8') }];
  });
}
