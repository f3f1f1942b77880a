// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * End to end: pack every package, scaffold from the create-zorghub tarball into a temporary
 * directory outside the repository, point the @zorghub dependencies at the packed tarballs,
 * install, and run the generated project's tests, validate and business-case scripts and its API,
 * for every combination of parts. Packs once per run, shares the npm cache (--prefer-offline) and
 * seeds node_modules from the first install, so the run stays bounded.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allParts, type Part } from './choices.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const packages = [
  { name: '@zorghub/schemas', dir: 'packages/schemas' },
  { name: '@zorghub/business-case', dir: 'packages/business-case' },
  { name: '@zorghub/api', dir: 'packages/api' },
  // The CLI serves the hub app, so a generated project installs it too.
  { name: '@zorghub/app', dir: 'packages/app' },
  { name: 'zorghub', dir: 'packages/cli' },
  { name: 'create-zorghub', dir: 'packages/create-zorghub' },
] as const;

/** Every subset of the parts, the full project first (it fills the npm cache for the others). */
const combinations: Part[][] = [];
for (let mask = 2 ** allParts.length - 1; mask >= 0; mask--) {
  combinations.push(allParts.filter((_, i) => mask & (1 << i)));
}

/** The environment of the child npm runs, without the npm_* settings of the outer `npm test`. */
const env: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_/i.test(key) || /^npm_config_(cache|registry|userconfig)$/i.test(key),
  ),
);
delete env.INIT_CWD;
delete env.NODE_OPTIONS;
delete env.VITEST;
delete env.VITEST_POOL_ID;
delete env.VITEST_WORKER_ID;
env.NODE_ENV = 'test';
env.CI = 'true';

let root: string;
const tarballs: Record<string, string> = {};
let scaffolder: string;
let version: string;
/** A project whose install succeeded: later combinations start from a copy of its node_modules. */
let seed: string | undefined;

function tail(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n');
}

function run(command: string, args: string[], cwd: string, timeout = 300_000, extraEnv = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `"${command} ${args.join(' ')}" in ${cwd} failed (${result.error?.message ?? `exit ${result.status}`}):\n${tail(`${result.stdout}\n${result.stderr}`)}`,
    );
  }
  return result.stdout;
}

beforeAll(() => {
  const missing = packages.filter((p) => !existsSync(join(repo, p.dir, 'dist')));
  if (missing.length > 0)
    throw new Error(
      `build first ("npm run build"): no dist in ${missing.map((p) => p.dir).join(', ')}`,
    );
  root = mkdtempSync(join(tmpdir(), 'create-zorghub-e2e-'));
  const dest = join(root, 'tarballs');
  mkdirSync(dest);
  for (const p of packages) {
    const out = execFileSync(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', dest],
      {
        cwd: join(repo, p.dir),
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const [info] = JSON.parse(out) as Array<{ filename: string; name: string; version: string }>;
    expect(info!.name).toBe(p.name);
    tarballs[p.name] = join(dest, info!.filename);
    if (p.name === 'create-zorghub') version = info!.version;
  }
  // Scaffold from the tarball itself: unpack it and run its bin (it has no dependencies).
  const unpacked = join(root, 'create-zorghub');
  mkdirSync(unpacked);
  execFileSync('tar', ['xzf', tarballs['create-zorghub']!, '-C', unpacked]);
  scaffolder = join(unpacked, 'package', 'dist', 'bin.js');
}, 300_000);

afterAll(async () => {
  if (root && !process.env.CREATE_ZORGHUB_E2E_KEEP)
    await rm(root, { recursive: true, force: true, maxRetries: 3 });
}, 300_000);

async function startApi(
  cwd: string,
): Promise<{ url: string; output: () => string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn('npm', ['start', '--', '--port', '0'], {
    cwd,
    env,
    detached: true, // its own process group: npm, sh and node stop together
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the API did not start within 90 s:\n${tail(output)}`)),
      90_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // `zorghub serve` prints its base URL once it listens; take the origin of it.
      const match = /Zorghub API: (http:\/\/[^\s]+)/.exec(output);
      if (match && output.includes('Ctrl+C')) {
        clearTimeout(timer);
        resolve(new URL(match[1]!).origin);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}) before listening:\n${tail(output)}`));
    });
  });
  return {
    url,
    output: () => output,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {}
      }, 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

describe('end to end, from the packed tarballs', () => {
  it.each(
    combinations.map((parts) => [parts.length === 0 ? 'none' : parts.join(','), parts] as const),
  )(
    'parts %s: install, test, scripts and API',
    async (label, parts) => {
      const name = `regio-${label.replace(/,/g, '-')}`;
      run(
        process.execPath,
        [scaffolder, name, '--yes', '--no-install', '--no-git', '--parts', label],
        root,
        60_000,
      );
      const dir = join(root, name);
      expect(existsSync(join(dir, '.gitignore'))).toBe(true);
      expect(existsSync(join(dir, '_gitignore'))).toBe(false);

      // As published: the @zorghub packages of the same release, from the registry.
      const pkgPath = join(dir, 'package.json');
      const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
      expect(pkg.dependencies.zorghub).toBe(`^${version}`);
      expect(pkg.dependencies['@zorghub/schemas']).toBe(`^${version}`);
      expect('@zorghub/api' in pkg.dependencies).toBe(parts.includes('api'));
      // The app comes with the API, from the registry as a direct dependency of the same release.
      expect(pkg.dependencies['@zorghub/app']).toBe(
        parts.includes('api') ? `^${version}` : undefined,
      );
      expect('@zorghub/business-case' in pkg.dependencies).toBe(parts.includes('business-case'));

      // Point them at the tarballs of this run (direct file: dependencies plus "$" overrides).
      const overrides: Record<string, string> = {};
      for (const p of packages.filter((x) => x.name !== 'create-zorghub')) {
        pkg.dependencies[p.name] = `file:${tarballs[p.name]}`;
        overrides[p.name] = `$${p.name}`;
      }
      pkg.overrides = overrides;
      writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);

      // After the rewrite every combination has the same dependencies, so later ones start from a
      // copy of the first node_modules and npm install only checks and reconciles it.
      if (seed) execFileSync('cp', ['-a', join(seed, 'node_modules'), join(dir, 'node_modules')]);
      run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], dir, 600_000);
      seed ??= dir;
      run('npm', ['test'], dir, 300_000);
      run('npm', ['run', 'check'], dir);
      run('npm', ['run', 'typecheck'], dir);

      if (parts.includes('data-checks')) {
        run('npm', ['run', 'validate'], dir);
      }
      if (parts.includes('business-case')) {
        run('npm', ['run', 'business-case'], dir);
        const report = readdirSync(join(dir, 'business-case', 'rapport'));
        expect(report.some((f) => f.endsWith('.md'))).toBe(true);
        expect(report.some((f) => f.endsWith('.html'))).toBe(true);
      }
      if (parts.includes('api')) {
        const api = await startApi(dir);
        try {
          const response = await fetch(`${api.url}/api/v1/health`);
          expect(response.status).toBe(200);
          // npm start passes the project's zorghub.config.ts: the API runs as this region.
          const hub = JSON.parse(readFileSync(pkgPath, 'utf8')).description.split(':')[0];
          expect(api.output()).toContain(`Regio:       ${hub}, `);
          expect(api.output()).toContain(join(dir, 'zorghub.config.ts'));
          // npm start serves the hub app at /app/ and prints its address.
          expect(api.output()).toMatch(/App: +http:\/\/[^\s]+\/app\//);
          const app = await fetch(`${api.url}/app/`);
          expect(app.status).toBe(200);
          expect(await app.text()).toContain('<div id="root">');
        } finally {
          await api.stop();
        }
      }
    },
    900_000,
  );
});
