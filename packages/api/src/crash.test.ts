// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASES, PG_URL } from './test-support/harness.js';

const script = fileURLToPath(new URL('./test-support/crash-server.ts', import.meta.url));
const children: ChildProcess[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function start(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; apiKey?: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    let apiKey: string | undefined;
    child.stderr!.on('data', (d) => {
      err += d;
    });
    child.stdout!.on('data', (d) => {
      out += d;
      for (const line of out.split('\n').filter(Boolean)) {
        const msg = JSON.parse(line) as { apiKey?: string; url?: string };
        if (msg.apiKey) apiKey = msg.apiKey;
        if (msg.url) resolve({ child, url: msg.url, ...(apiKey ? { apiKey } : {}) });
      }
    });
    child.on('exit', (code, signal) =>
      reject(new Error(`server exited (${code ?? signal}): ${err.slice(0, 400)}`)),
    );
  });
}

const exitOf = (c: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (c.exitCode !== null || c.signalCode !== null) resolve();
    else c.once('exit', () => resolve());
  });

const N = 120;
const body = (i: number) =>
  JSON.stringify({ id: `CL-C${String(i).padStart(4, '0')}`, startDatum: '2024-01-01' });

describe.each(DATABASES)('crash safety on %s', (kind) => {
  it('keeps every write acknowledged before kill -9, and a retry with the same Idempotency-Key creates nothing new', async () => {
    const env: Record<string, string> =
      kind === 'pglite'
        ? {
            CRASH_DATA_DIR: (() => {
              const d = mkdtempSync(join(tmpdir(), 'zorghub-crash-'));
              dirs.push(d);
              return join(d, 'db');
            })(),
          }
        : { CRASH_DATABASE_URL: PG_URL, CRASH_SCHEMA: `t_crash_${randomBytes(4).toString('hex')}` };
    const first = await start({ ...env, CRASH_SEED: '1' });
    const apiKey = first.apiKey!;
    const post = (url: string, i: number) =>
      fetch(`${url}/clienten`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${apiKey}`,
          'content-type': 'application/json',
          'idempotency-key': `crash-key-${i}`,
        },
        body: body(i),
      });

    // A burst of writes, 8 at a time; the server is killed once 30 have been acknowledged.
    const acknowledged = new Set<number>();
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < N) {
        const i = next++;
        try {
          const r = await post(first.url, i);
          if (r.status >= 200 && r.status < 300) acknowledged.add(i);
        } catch {
          // connection reset by the kill: not acknowledged
        }
        if (!killed && acknowledged.size >= 30) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(killed).toBe(true);
    expect(acknowledged.size).toBeGreaterThanOrEqual(30);
    expect(acknowledged.size).toBeLessThan(N);
    await exitOf(first.child);

    const second = await start(env);
    try {
      for (const i of acknowledged) {
        const r = await fetch(`${second.url}/clienten/CL-C${String(i).padStart(4, '0')}`, {
          headers: { authorization: `Bearer ${apiKey}` },
        });
        expect(r.status, `acknowledged write ${i} lost`).toBe(200);
      }
      // Retry everything with the same keys: acknowledged writes replay, the rest are created once.
      for (let i = 0; i < N; i++) {
        const r = await post(second.url, i);
        expect(r.status).toBe(201);
        if (acknowledged.has(i)) expect(r.headers.get('idempotent-replayed')).toBe('true');
      }
      for (let i = 0; i < N; i++)
        expect((await post(second.url, i)).headers.get('idempotent-replayed')).toBe('true');
      const list = await fetch(`${second.url}/clienten?pageSize=100&page=2`, {
        headers: { authorization: `Bearer ${apiKey}` },
      });
      const page1 = await fetch(`${second.url}/clienten?pageSize=100&page=1`, {
        headers: { authorization: `Bearer ${apiKey}` },
      });
      const total =
        ((await page1.json()) as { resultaten: unknown[] }).resultaten.length +
        ((await list.json()) as { resultaten: unknown[] }).resultaten.length;
      expect(total).toBe(N);
    } finally {
      second.child.kill('SIGTERM');
      await exitOf(second.child);
      if (env.CRASH_SCHEMA) {
        const { default: pg } = await import('pg');
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS ${env.CRASH_SCHEMA} CASCADE`);
        await c.end();
      }
    }
  }, 240_000);
});
