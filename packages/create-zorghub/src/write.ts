// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, rename, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from './errors.js';
import type { GeneratedFile } from './project-files.js';

/** Why a directory cannot take a new project, or undefined when it can (missing or empty). */
export function checkTargetDirectory(target: string): string | undefined {
  if (!existsSync(target)) return undefined;
  const stat = lstatSync(target);
  if (!stat.isDirectory()) return `${target} exists and is not a directory`;
  const entries = readdirSync(target).sort();
  if (entries.length === 0) return undefined;
  const shown = entries.slice(0, 10).join(', ');
  const more = entries.length > 10 ? ` and ${entries.length - 10} more` : '';
  return `directory ${target} is not empty; conflicting files: ${shown}${more}`;
}

/** Test hooks: only the tests set these, to interrupt a run halfway through writing. */
function testHook(written: number): Promise<void> | undefined {
  const failAfter = process.env.CREATE_ZORGHUB_TEST_FAIL_AFTER;
  if (failAfter !== undefined && written === Number(failAfter))
    throw new Error(
      `injected failure after ${written} files (CREATE_ZORGHUB_TEST_FAIL_AFTER, used by tests)`,
    );
  const pauseAfter = process.env.CREATE_ZORGHUB_TEST_PAUSE_AFTER;
  if (pauseAfter !== undefined && written === Number(pauseAfter)) {
    process.stderr.write(`create-zorghub: paused after ${written} files\n`);
    return new Promise((resolve) => setTimeout(resolve, 60_000));
  }
  return undefined;
}

/** The temporary directory of a run for `name` starts with this. */
export const writingPrefix = (name: string) => `.writing-${name}-`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary directories that runs for the same target left when they were killed
 * (SIGKILL, a power cut) before they could clean up; a run that is still going keeps its own.
 */
export function removeLeftovers(parent: string, name: string): string[] {
  if (!existsSync(parent)) return [];
  const prefix = writingPrefix(name);
  const removed: string[] = [];
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-[0-9a-f]+$/.exec(entry.slice(prefix.length))?.[1]);
    if (!pid || alive(pid)) continue;
    rmSync(join(parent, entry), { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}

export interface WriteOptions {
  /** Runs inside the temporary directory once every file is written (e.g. git init). */
  beforeMove?: (tempDir: string) => void | Promise<void>;
}

/**
 * Writes the project into a temporary directory beside the target and renames it into place at
 * the end. A failure or a SIGINT/SIGTERM on the way removes the temporary directory (and any
 * parent directories this run created), so nothing is left behind.
 */
export async function writeProject(
  target: string,
  files: readonly GeneratedFile[],
  options: WriteOptions = {},
): Promise<{ leftoversRemoved: string[] }> {
  const reason = checkTargetDirectory(target);
  if (reason) throw new UserError(reason);
  const parent = dirname(target);
  const createdParent = await mkdir(parent, { recursive: true });
  const leftovers = removeLeftovers(parent, basename(target));
  const temp = join(
    parent,
    `${writingPrefix(basename(target))}${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  const cleanUp = () => {
    rmSync(temp, { recursive: true, force: true });
    if (createdParent) rmSync(createdParent, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.stderr.write(`create-zorghub: interrupted (${signal}); nothing was written\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await mkdir(temp);
    let written = 0;
    for (const file of files) {
      const path = join(temp, ...file.path.split('/'));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content, { flag: 'wx' });
      written += 1;
      await testHook(written);
    }
    await options.beforeMove?.(temp);
    // The target may have appeared meanwhile: check again, then take its (empty) place.
    const late = checkTargetDirectory(target);
    if (late) throw new UserError(late);
    if (existsSync(target)) await rmdir(target);
    await rename(temp, target);
    return { leftoversRemoved: leftovers };
  } catch (error) {
    cleanUp();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Whether a directory lies inside a git work tree (then no new repository is made). */
export function insideGitWorkTree(directory: string): boolean {
  const result = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], {
    cwd: directory,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return result.status === 0 && result.stdout.trim() === 'true';
}

/** git init and a first commit; returns a note for the user, never throws. */
export function initGit(directory: string): string {
  const git = (...args: string[]) =>
    spawnSync('git', args, { cwd: directory, encoding: 'utf8', stdio: 'pipe' });
  const init = git('init', '-q');
  if (init.error || init.status !== 0)
    return 'git is not available; no repository was made (use --no-git to skip this)';
  git('checkout', '-q', '-b', 'main');
  git('add', '-A');
  const commit = git('commit', '-q', '--no-verify', '-m', 'Start the project with create-zorghub');
  if (commit.status !== 0)
    return 'git repository made; no first commit (set git user.name and user.email)';
  return 'git repository made with a first commit';
}
