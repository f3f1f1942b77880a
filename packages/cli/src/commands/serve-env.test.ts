// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// `zorghub serve` as a platform team runs it: from a folder with a `.env`, NODE_ENV=production.
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const tsx = join(root, 'node_modules/tsx/dist/loader.mjs');
const bin = join(root, 'packages/cli/src/bin.ts');
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The parent's environment without anything of ours, as a fresh shell on a server has it. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^(ZORGHUB_|DATABASE_URL$|NODE_ENV$|VITEST)/.test(k)) env[k] = v;
  return { ...env, ...extra };
}

/** The address serve printed: with ZORGHUB_PORT=0 the system picks the port (a fixed one can be taken). */
function origin(printed: string): string {
  const m = /Zorghub API: (http:\/\/127\.0\.0\.1:(\d+))\/api\/v1/.exec(printed);
  expect(m, printed.slice(0, 400)).not.toBeNull();
  // Not the default port 3000: the port came from ZORGHUB_PORT.
  expect(Number(m![2])).not.toBe(3000);
  return m![1]!;
}

function serve(
  dotEnv: string,
  env: Record<string, string> = {},
  args: string[] = [],
  files: Record<string, string> = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'zorghub-serve-env-'));
  dirs.push(dir);
  writeFileSync(join(dir, '.env'), dotEnv);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const child = spawn(process.execPath, ['--import', `file://${tsx}`, bin, 'serve', ...args], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: cleanEnv(env),
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => {
    out += d;
  });
  child.stderr!.on('data', (d) => {
    err += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { dir, child, exited, output: () => ({ out, err }) };
}

describe('zorghub serve: configuration from the environment and .env', () => {
  it('does not start on a wrong or missing variable, and says which and what it expects', async () => {
    const run = serve('ZORGHUB_PORT=80a\nZORGHUB_TRUST_PROXY=proxy.example.nl\n', {
      NODE_ENV: 'production',
    });
    expect(await run.exited).toBe(2);
    const { out, err } = run.output();
    expect(out).toBe('');
    expect(err).toContain('ZORGHUB_PORT: verwacht / expected port, a whole number 0–65535');
    expect(err).toContain('found "80a"');
    expect(err).toMatch(/ZORGHUB_TRUST_PROXY: .*found "proxy\.example\.nl"/);
    // Production without a chosen store: named too, in the same message.
    expect(err).toMatch(/DATABASE_URL of\/or ZORGHUB_DATA_DIR: ontbreekt \/ missing/);
    // A message, not a crash.
    expect(err).not.toMatch(/\n\s+at /);
    expect(err).not.toContain('Error:');
  }, 60_000);

  it('takes host, port and the data folder from .env; the environment wins over the file', async () => {
    const run = serve(
      `ZORGHUB_HOST=127.0.0.1\nZORGHUB_PORT=0\nZORGHUB_DATA_DIR=./pglite\nZORGHUB_LOG_LEVEL=trace\n`,
      { NODE_ENV: 'production', ZORGHUB_LOG_LEVEL: 'warn' },
    );
    const started = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const { out, err } = run.output();
        if (out.includes('Ctrl+C')) {
          clearInterval(timer);
          resolve(out);
        }
        if (run.child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`serve exited ${run.child.exitCode}: ${err.slice(0, 400)}`));
        }
      }, 100);
    });
    const ready = await fetch(`${origin(started)}/api/v1/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'pglite' });
    expect(existsSync(join(run.dir, 'pglite'))).toBe(true);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    // ZORGHUB_LOG_LEVEL=warn from the environment beat the file's trace: no info lines logged.
    expect(run.output().err).not.toMatch(/"level":30/);
  }, 120_000);

  it('runs with the region configuration --config names, and refuses a wrong one by field', async () => {
    const config = {
      hub: { name: 'Zorghub Teststad' },
      region: { municipality: 'Teststad', municipalityCode: 'GM0999' },
      partners: { socialEnterprise: 'Werkbedrijf Test', careOrganisationKinds: ['welzijn'] },
      services: ['wandelen'],
      tariffs: { hourly: 38, currency: 'EUR', priceYear: 2026 },
    };
    const wrong = serve('ZORGHUB_CONFIG=elders.json\n', {}, ['--config', 'region.json'], {
      'region.json': JSON.stringify({ ...config, services: ['zwemmen'] }),
    });
    expect(await wrong.exited).toBe(2);
    const failed = wrong.output();
    // --config beat ZORGHUB_CONFIG of .env; the message names file, field, expected and found.
    expect(failed.err).toMatch(
      /region\.json: services\[0\]: verwacht \/ expected a code of the codelist dienstsoort .*found "zwemmen"; wat te doen/,
    );
    expect(failed.err).not.toMatch(/\n\s+at /);

    const run = serve(
      `ZORGHUB_PORT=0\nZORGHUB_DATA_DIR=./pglite\n`,
      {},
      ['--config', 'region.json'],
      { 'region.json': JSON.stringify(config) },
    );
    const started = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const { out, err } = run.output();
        if (out.includes('Ctrl+C')) {
          clearInterval(timer);
          resolve(out);
        }
        if (run.child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`serve exited ${run.child.exitCode}: ${err.slice(0, 400)}`));
        }
      }, 100);
    });
    expect(started).toContain(
      `Regio:       Zorghub Teststad, Teststad (GM0999); ${run.dir}/region.json`,
    );
    // /regio needs a credential like every resource; without one the API says so (not a 404).
    const anonymous = await fetch(`${origin(started)}/api/v1/regio`);
    expect(anonymous.status).toBe(401);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }, 120_000);
});
