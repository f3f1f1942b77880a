// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
let work: string;

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run "npm run build" first`);
  work = mkdtempSync(join(tmpdir(), 'create-zorghub-cli-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}, cwd = work) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    input: '',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function freshDir(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const quick = ['--yes', '--no-install', '--no-git'];

describe('create-zorghub refuses and leaves nothing behind', () => {
  it('refuses a non-empty directory and lists the conflicting files', () => {
    const parent = freshDir('non-empty');
    const target = join(parent, 'regio');
    mkdirSync(target);
    writeFileSync(join(target, 'package.json'), '{}');
    writeFileSync(join(target, 'notities.txt'), 'mijn werk');
    const { code, stderr } = run(['regio', ...quick], {}, parent);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/not empty; conflicting files: notities\.txt, package\.json/);
    expect(readdirSync(target).sort()).toEqual(['notities.txt', 'package.json']);
    expect(readFileSync(join(target, 'notities.txt'), 'utf8')).toBe('mijn werk');
    expect(readdirSync(parent)).toEqual(['regio']);
  });

  it('refuses a file in the place of the directory', () => {
    const parent = freshDir('is-file');
    writeFileSync(join(parent, 'regio'), 'x');
    const { code, stderr } = run(['regio', ...quick], {}, parent);
    expect(code).toBe(1);
    expect(stderr).toMatch(/exists and is not a directory/);
  });

  it('refuses an invalid project name', () => {
    const parent = freshDir('invalid-name');
    const { code, stderr } = run(['Mijn Regio', ...quick], {}, parent);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'create-zorghub: invalid project name "Mijn Regio": npm package names are lowercase; choose another directory name or pass --package-name\n',
    );
    expect(readdirSync(parent)).toEqual([]);
  });

  it.each([
    [['regio', '--bogus'], 'create-zorghub: unknown option --bogus (see create-zorghub --help)\n'],
    [['regio', '-q'], 'create-zorghub: unknown option -q (see create-zorghub --help)\n'],
    [['a', 'b'], 'create-zorghub: expected one project directory, found 2: a b\n'],
    [
      ['regio', '--package-manager', 'bun'],
      'create-zorghub: --package-manager: expected one of npm, pnpm, yarn, found "bun"\n',
    ],
    [['regio', '--tariff'], /--tariff/],
  ])('refuses %j with exit 1 and one line', (args, message) => {
    const parent = freshDir(`usage-${String(args).replace(/\W/g, '')}`);
    const { code, stderr } = run([...args, ...quick], {}, parent);
    expect(code).toBe(1);
    if (typeof message === 'string') expect(stderr).toBe(message);
    else expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('removes everything when writing fails halfway', () => {
    const parent = freshDir('fail-halfway');
    const { code, stderr } = run(
      ['diep/genest/regio', ...quick],
      { CREATE_ZORGHUB_TEST_FAIL_AFTER: '5' },
      parent,
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      'create-zorghub: injected failure after 5 files (CREATE_ZORGHUB_TEST_FAIL_AFTER, used by tests)\n',
    );
    // Not the project, not the temporary directory, not the parents this run created.
    expect(readdirSync(parent)).toEqual([]);
  });

  it('removes everything when interrupted with SIGINT while writing', async () => {
    const parent = freshDir('sigint');
    const child: ChildProcess = spawn(process.execPath, [bin, 'regio', ...quick], {
      cwd: parent,
      env: { ...process.env, CREATE_ZORGHUB_TEST_PAUSE_AFTER: '3' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const paused = new Promise<void>((resolve) => {
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('paused after 3 files')) resolve();
      });
    });
    await paused;
    // Halfway: the temporary directory is there, the project is not.
    const during = readdirSync(parent);
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(/^\.writing-regio-\d+-[0-9a-f]+$/);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    child.kill('SIGINT');
    expect(await exit).toBe(130);
    expect(stderr).toMatch(/interrupted \(SIGINT\); nothing was written/);
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe('create-zorghub bad input', () => {
  it('says that --name needs a value when another option follows it, and writes nothing', () => {
    const parent = freshDir('name-yes');
    for (const args of [
      ['regio', '--name', '--yes'],
      ['regio', '--yes', '--name'],
    ]) {
      const { code, stderr } = run(args, {}, parent);
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(
        /^create-zorghub: --name needs a value, e\.g\. --name "Zorghub Delft"; found /,
      );
      expect(stderr).toMatch(
        args[2] === '--yes' ? /found the option --yes after it/ : /found nothing after it/,
      );
      expect(stderr).not.toMatch(/ambiguous/);
    }
    expect(readdirSync(parent)).toEqual([]);
  });

  it('refuses, before asking or writing anything, when the package manager to install with is missing', () => {
    const parent = freshDir('no-pnpm');
    // A PATH with node only: no pnpm on it.
    const { code, stderr } = run(
      ['regio', '--yes', '--no-git', '--package-manager', 'pnpm'],
      { PATH: join(process.execPath, '..') },
      parent,
    );
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/--package-manager pnpm: "pnpm" was not found or does not run/);
    expect(stderr).toMatch(/--no-install/);
    expect(stderr).toMatch(/Nothing was written/);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('removes the half-written folder a killed run left behind, and keeps that of a live run', async () => {
    const parent = freshDir('killed');
    const child = spawn(process.execPath, [bin, 'regio', ...quick], {
      cwd: parent,
      env: { ...process.env, CREATE_ZORGHUB_TEST_PAUSE_AFTER: '3' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve) => {
      let err = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        if (err.includes('paused after 3 files')) resolve();
      });
    });
    const exit = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL'); // no chance to clean up
    await exit;
    const left = readdirSync(parent);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.writing-regio-/);
    // A folder of a run that is still going (this test process) is not touched.
    const live = `.writing-regio-${process.pid}-abcd1234`;
    mkdirSync(join(parent, live));

    const { code, stdout } = run(['regio', ...quick], {}, parent);
    expect(code).toBe(0);
    expect(stdout).toContain(`removed ${left[0]}, a half-written project left by an earlier run`);
    expect(readdirSync(parent).sort()).toEqual([live, 'regio'].sort());
  });
});

describe('create-zorghub without a terminal', () => {
  it('never waits for input and uses flags and defaults', () => {
    const parent = freshDir('no-tty');
    // stdin is a pipe that stays open: a prompt would hang until the timeout.
    const result = spawnSync(
      process.execPath,
      [bin, 'regio', '--no-install', '--no-git', '--intake', '80'],
      {
        cwd: parent,
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'pipe'],
        timeout: 20_000,
      },
    );
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Zorghub Delft: project written to regio/);
    expect(result.stdout).toMatch(/--intake 80/);
    const config = readFileSync(join(parent, 'regio', 'zorghub.config.ts'), 'utf8');
    expect(config).toMatch(/expectedIntakePerYear: 80/);
  });

  it('prints the next steps and the equivalent command, which is also in the README', () => {
    const parent = freshDir('next-steps');
    const { code, stdout } = run(
      ['regio', ...quick, '--parts', 'api', '--package-manager', 'pnpm'],
      {},
      parent,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /next steps:\n {2}cd regio\n {2}pnpm install\n {2}pnpm test\n {2}pnpm start\n/,
    );
    const command = /without questions.*\n {2}(npx create-zorghub.*)\n/.exec(stdout)?.[1];
    expect(command).toMatch(/--parts api .*--package-manager pnpm --no-install --no-git --yes$/);
    const readme = readFileSync(join(parent, 'regio', 'README.md'), 'utf8');
    expect(readme).toContain(command);
  });

  it('writes into an empty existing directory, and into "."', () => {
    const parent = freshDir('empty-existing');
    mkdirSync(join(parent, 'leeg'));
    expect(run(['leeg', ...quick], {}, parent).code).toBe(0);
    expect(existsSync(join(parent, 'leeg', 'package.json'))).toBe(true);
    const here = freshDir('dot/hier-regio');
    expect(run(['.', ...quick], {}, here).code).toBe(0);
    expect(JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).name).toBe('hier-regio');
  });

  it('makes a git repository with a first commit unless --no-git', () => {
    const parent = freshDir('git');
    const { code } = run(
      ['regio', '--yes', '--no-install', '--parts', 'none'],
      {
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.invalid',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.invalid',
      },
      parent,
    );
    expect(code).toBe(0);
    const log = spawnSync('git', ['log', '--oneline'], {
      cwd: join(parent, 'regio'),
      encoding: 'utf8',
    });
    expect(log.stdout).toMatch(/Start the project with create-zorghub/);
    const status = spawnSync('git', ['status', '--porcelain'], {
      cwd: join(parent, 'regio'),
      encoding: 'utf8',
    });
    expect(status.stdout).toBe('');
  });

  it('reports a failed install with exit 1 and keeps the project', () => {
    const parent = freshDir('install-fails');
    // A yarn that answers --version (so the check before writing passes) and fails to install.
    const fakeBin = freshDir('install-fails-bin');
    writeFileSync(
      join(fakeBin, 'yarn'),
      '#!/bin/sh\n[ "$1" = "--version" ] && { echo 1.22.22; exit 0; }\necho "no network" >&2\nexit 1\n',
      { mode: 0o755 },
    );
    const { code, stderr } = run(
      ['regio', '--yes', '--no-git', '--package-manager', 'yarn'],
      { PATH: fakeBin },
      parent,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/the project is in regio, but "yarn install" failed/);
    expect(existsSync(join(parent, 'regio', 'package.json'))).toBe(true);
  });

  it('prints help and version with exit 0', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--municipality-code <GM\.\.\.\.>/);
    const version = run(['--version']);
    expect(version.code).toBe(0);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(version.stdout.trim()).toBe(pkg.version);
  });
});
