// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// A fresh clone of the working tree: every file git would commit now (tracked and new, not ignored),
// copied into a new directory that is made a git repository of its own, as `git clone` would give.
// Nothing built and nothing installed comes along.
import { execFileSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function cloneWorkingTree(root: string, dest: string): number {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
    .split('\0')
    .filter(Boolean);
  let copied = 0;
  for (const path of new Set(listed)) {
    const from = join(root, path);
    let stat: ReturnType<typeof lstatSync>;
    try {
      stat = lstatSync(from);
    } catch {
      continue; // deleted in the working tree, not yet committed
    }
    if (!stat.isFile() && !stat.isSymbolicLink()) continue;
    mkdirSync(dirname(join(dest, path)), { recursive: true });
    cpSync(from, join(dest, path), { verbatimSymlinks: true, preserveTimestamps: false });
    copied++;
  }
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dest, stdio: ['ignore', 'ignore', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git(
    '-c',
    'user.name=README test',
    '-c',
    'user.email=readme-test@example.invalid',
    'commit',
    '-q',
    '--no-verify',
    '-m',
    'working tree',
  );
  return copied;
}

/** Where turbo keeps its cache for this checkout: `.turbo/cache` beside the main worktree's .git. */
export function turboCacheDir(root: string): string {
  const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  return join(resolve(common, '..'), '.turbo', 'cache');
}
