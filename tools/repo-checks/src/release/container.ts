// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Container images without a Docker daemon and without pulling a base image: buildah (vfs storage,
// chroot isolation) with its own storage in the test's cache folder, and a base image assembled
// here from Debian (debootstrap --variant=minbase) plus this machine's Node.js and npm.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Buildah {
  (args: string[], options?: { cwd?: string }): string;
  spawnArgs(args: string[]): string[];
}

export function buildah(cache: string, runroot: string): Buildah {
  const global = [
    '--root',
    join(cache, 'containers'),
    '--runroot',
    runroot,
    '--storage-driver',
    'vfs',
  ];
  const run = ((args: string[], options: { cwd?: string } = {}) =>
    execFileSync('buildah', [...global, ...args], {
      cwd: options.cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    })) as Buildah;
  run.spawnArgs = (args) => [...global, ...args];
  return run;
}

/** localhost/zorghub-test-base:<node version>, made once and kept in the cache's storage. */
export function baseImage(cache: string, b: Buildah): string {
  const name = `localhost/zorghub-test-base:node-${process.versions.node}`;
  if (b(['images', '--quiet', '--noheading', '--filter', `reference=${name}`]).trim()) return name;
  const rootfs = join(cache, 'rootfs-bookworm');
  if (!existsSync(join(rootfs, 'usr', 'bin', 'apt'))) {
    rmSync(rootfs, { recursive: true, force: true });
    mkdirSync(dirname(rootfs), { recursive: true });
    const mirror = process.env.ZORGHUB_DEBIAN_MIRROR ?? 'http://deb.debian.org/debian';
    execFileSync('debootstrap', ['--variant=minbase', 'bookworm', rootfs, mirror], {
      stdio: 'inherit',
    });
  }
  // This machine's Node.js and the npm that came with it.
  const npm = join(dirname(dirname(process.execPath)), 'lib', 'node_modules', 'npm');
  if (!existsSync(join(npm, 'bin', 'npm-cli.js')))
    throw new Error(`npm not found beside Node.js at ${npm}`);
  mkdirSync(join(rootfs, 'usr/local/bin'), { recursive: true });
  cpSync(process.execPath, join(rootfs, 'usr/local/bin/node'));
  rmSync(join(rootfs, 'usr/local/lib/node_modules/npm'), { recursive: true, force: true });
  cpSync(npm, join(rootfs, 'usr/local/lib/node_modules/npm'), { recursive: true });
  for (const [bin, target] of [
    ['npm', '../lib/node_modules/npm/bin/npm-cli.js'],
    ['npx', '../lib/node_modules/npm/bin/npx-cli.js'],
  ] as const) {
    rmSync(join(rootfs, 'usr/local/bin', bin), { force: true });
    symlinkSync(target, join(rootfs, 'usr/local/bin', bin));
  }
  const ctr = b(['from', 'scratch']).trim();
  try {
    b(['copy', ctr, rootfs, '/']);
    b(['config', '--env', 'PATH=/usr/local/bin:/usr/bin:/bin', '--cmd', 'node', ctr]);
    b(['commit', '--quiet', ctr, name]);
  } finally {
    b(['rm', ctr]);
  }
  return name;
}

/** Spawns `buildah run` in a process group of its own (so the test can stop all of it). */
export function runInContainer(b: Buildah, args: string[]) {
  return spawn('buildah', b.spawnArgs(['run', '--isolation', 'chroot', ...args]), {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
