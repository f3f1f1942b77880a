// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** File names of paths on any platform (disk paths in Node, dropped paths in the browser). */

/** The last part of a path (either separator), as node:path's basename. */
export function basename(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || (parts[parts.length - 2] ?? '');
}

/** The extension of a path's last part (`.csv`; '' for none or a dot file), as node:path's. */
export function extname(path: string): string {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot) : '';
}
