// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// A command whose folder does not exist must fail at once with a message, not wait for its timeout:
// Node reports such a spawn only as an 'error' event (the release rehearsal once hung 30 minutes a step).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runShort, startServer } from './processes.js';

const scratch = mkdtempSync(join(tmpdir(), 'zorghub-processes-'));
const missing = join(scratch, 'never-made');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('running a command in a folder that does not exist', () => {
  it('runShort resolves at once with no exit code and a message naming the folder', async () => {
    const started = Date.now();
    const done = await runShort('true', {
      cwd: missing,
      env: process.env,
      scratch,
      timeoutMs: 60_000,
    });
    expect(done.code).toBeNull();
    expect(done.output).toContain(`${missing} does not exist`);
    expect(done.leftovers).toBe(false);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('startServer rejects with a message naming the folder', async () => {
    await expect(
      startServer('sleep 60', {
        cwd: missing,
        env: process.env,
        ready: /never/,
        timeoutMs: 60_000,
      }),
    ).rejects.toThrow(`${missing} does not exist`);
  });

  it('runShort still runs a command in a folder that exists', async () => {
    const done = await runShort('echo here; exit 3', {
      cwd: scratch,
      env: process.env,
      scratch,
      timeoutMs: 60_000,
    });
    expect(done.code).toBe(3);
    expect(done.output).toContain('here');
  });
});
