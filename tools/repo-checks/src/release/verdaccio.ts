// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// A real npm registry on this machine: Verdaccio 6.8.0 (6.10 needs Node 22; its node-fetch must be
// 2.7.0 for Node 20). Installed once into a cache folder of its own; the registry's storage keeps
// the third-party packages it proxied between runs, never ours: every run publishes afresh.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const OWN_PACKAGES = ['@zorghub/*', 'zorghub', 'create-zorghub'];

export interface Registry {
  url: string;
  /** An npmrc that points npm at this registry only, with a token that may publish. */
  npmrc: string;
  stop(): Promise<void>;
}

function install(cache: string): string {
  const dir = join(cache, 'verdaccio');
  const bin = join(dir, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'verdaccio-for-tests', private: true, dependencies: { verdaccio: '6.8.0' }, overrides: { 'node-fetch': '2.7.0' } }, null, 2)}\n`,
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: dir,
    stdio: 'inherit',
  });
  return bin;
}

/** A free port in the release helper's range 4100-4199. */
export async function freePort(): Promise<number> {
  for (let port = 4100; port < 4200; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 4100-4199 for the registry');
}

export async function startRegistry(cache: string, scratch: string): Promise<Registry> {
  const bin = install(cache);
  const storage = join(cache, 'storage');
  // Our packages are published by each run; what an earlier run published must not be found.
  for (const own of ['@zorghub', 'zorghub', 'create-zorghub', '.verdaccio-db.json'])
    rmSync(join(storage, own), { recursive: true, force: true });
  mkdirSync(storage, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  // The registry npm is configured for (npm passes it to scripts) is the one Verdaccio proxies.
  const upstream = process.env.npm_config_registry || 'https://registry.npmjs.org/';
  const own = OWN_PACKAGES.map(
    (name) => `  '${name}':\n    access: $all\n    publish: $authenticated\n`,
  ).join('');
  const config = join(scratch, 'verdaccio.yaml');
  writeFileSync(
    config,
    `storage: ${storage}
auth:
  htpasswd:
    file: ${join(scratch, 'htpasswd')}
    max_users: 10
uplinks:
  upstream:
    url: ${upstream}
    timeout: 60s
    maxage: 30m
packages:
${own}  '**':
    access: $all
    publish: $authenticated
    proxy: upstream
server:
  keepAliveTimeout: 60
log: { type: stdout, format: pretty, level: warn }
`,
  );
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, '--config', config, '--listen', `127.0.0.1:${port}`],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let log = '';
  child.stdout?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${url}-/ping`)).ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`Verdaccio did not start on ${url}:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  // What `npm adduser` does: create a user, get a token that may publish.
  const user = `release-test-${process.pid}`;
  const response = await fetch(`${url}-/user/org.couchdb.user:${user}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: user, password: `pw-${process.pid}-${Date.now()}`, type: 'user' }),
  });
  const { token } = (await response.json()) as { token?: string };
  if (!token) throw new Error(`Verdaccio gave no token (${response.status})`);
  const npmrc = join(scratch, 'npmrc');
  writeFileSync(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
  return {
    url,
    npmrc,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // gone
      }
    },
  };
}
