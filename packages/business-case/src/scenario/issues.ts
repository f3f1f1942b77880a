// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Collecting scenario problems: where (JSON Pointer and line), what was expected, what was found. */
import type { LocalizedText, ScenarioIssue } from '../types.js';

export type Json = unknown;

export function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON Pointer from path segments, escaping `~` and `/` (RFC 6901). */
export function pointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The segments of a JSON Pointer, unescaped. */
export function fromPointer(path: string): string[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a JSON Pointer, or undefined when the path does not exist. */
export function valueAt(root: Json, path: string): Json {
  let node: Json = root;
  for (const segment of fromPointer(path)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** A short, readable rendering of a value for "found …". */
export function describeValue(value: Json): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Gathers issues in the order they are found. One error per field is enough: when the schema has
 * reported a field, a rule that sees the same field again stays silent.
 */
export class IssueCollector {
  readonly issues: ScenarioIssue[] = [];
  private readonly seen = new Set<string>();
  private readonly errorPaths = new Set<string>();
  constructor(private readonly lineOf: (path: string) => number | undefined) {}

  add(
    code: string,
    path: string,
    expected: LocalizedText,
    found: string,
    severity: 'error' | 'warning' = 'error',
  ): void {
    const key = `${path}|${code}`;
    if (this.seen.has(key)) return;
    if (severity === 'error' && this.errorPaths.has(path)) return;
    this.seen.add(key);
    if (severity === 'error') this.errorPaths.add(path);
    const line = this.lineOf(path);
    const where = path === '' ? '/' : path;
    this.issues.push({
      code,
      severity,
      path: where,
      ...(line !== undefined ? { line } : {}),
      expected: expected.en,
      found,
      message: {
        nl: `${where}${line !== undefined ? ` (regel ${line})` : ''}: verwacht ${expected.nl}, gevonden ${found === 'nothing' ? 'niets' : found}`,
        en: `${where}${line !== undefined ? ` (line ${line})` : ''}: expected ${expected.en}, found ${found}`,
      },
    });
  }

  /** An issue that has no single field, such as a syntax error; it is kept as it comes. */
  push(issue: ScenarioIssue): void {
    this.issues.push(issue);
  }

  hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }
}
