// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * JSON Pointer (RFC 6901), the one helper of the repository: ajv's `instancePath`, `$ref`s inside
 * a schema, and the places of problems in a scenario are all pointers. Browser-safe.
 */

/** The segments of a pointer: `/a~1b/0` → `['a/b', '0']`; `''` (the whole document) → `[]`. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const body = pointer.startsWith('#/') ? pointer.slice(1) : pointer;
  return body
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A pointer from segments: `['a/b', 0]` → `/a~1b/0`. */
export function formatPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The value a pointer points at in `document` (own properties only), or undefined. */
export function resolvePointer(document: unknown, pointer: string | readonly string[]): unknown {
  let node: unknown = document;
  for (const key of typeof pointer === 'string' ? parsePointer(pointer) : pointer) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
