// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiKey, migrate, openDb } from '@zorghub/api';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../test-support/capture.js';

const dir = mkdtempSync(join(tmpdir(), 'zorghub-cli-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('zorghub db backup / restore', () => {
  it('backs up a data folder and restores it into a new one, with every record', async () => {
    const source = join(dir, 'source');
    const db = await openDb({ dataDir: source });
    await migrate(db);
    for (let i = 1; i <= 3; i++)
      await db.query(
        `INSERT INTO records (hub_id, entity, id, data) VALUES ('HUB-C', 'dienst', $1, $2::jsonb)`,
        [
          `DI-${i}`,
          JSON.stringify({ id: `DI-${i}`, dienstsoort: 'gezelschap', naam: 'Gezelschap' }),
        ],
      );
    await createApiKey(db, { hubId: 'HUB-C', orgId: 'HUB-C', role: 'beheerder' });
    await db.close();

    const file = join(dir, 'hub.backup.gz');
    const backup = await runCaptured(['db', 'backup', '--data-dir', source, '--out', file]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^ {2}records +3$/m);
    expect(backup.stdout).toMatch(/^ {2}api_keys +1$/m);
    // Health data: readable by its owner only.
    expect(statSync(file).mode & 0o077).toBe(0);

    // A backup never overwrites a file.
    const again = await runCaptured(['db', 'backup', '--data-dir', source, '--out', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--out: .* already exists; choose a new file name/);

    const target = join(dir, 'target');
    const restore = await runCaptured(['db', 'restore', file, '--data-dir', target]);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/^ {2}records +3$/m);
    const restored = await openDb({ dataDir: target });
    const rows = await restored.query<{ id: string }>('SELECT id FROM records ORDER BY id');
    expect(rows.rows.map((r) => r.id)).toEqual(['DI-1', 'DI-2', 'DI-3']);
    await restored.close();

    // Restoring twice into the same folder is refused, with what to do instead.
    const twice = await runCaptured(['db', 'restore', file, '--data-dir', target]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/not empty .*restore into a new database or data folder/);
    expect(twice.stderr).not.toMatch(/\n\s+at /);

    const missing = await runCaptured([
      'db',
      'restore',
      join(dir, 'nope.gz'),
      '--data-dir',
      target,
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.gz: bestaat niet \/ does not exist/);
  }, 240_000);

  it('api-key create and audit verify use ZORGHUB_DATA_DIR like the server does', async () => {
    const data = join(dir, 'from-env');
    process.env.ZORGHUB_DATA_DIR = data;
    try {
      const created = await runCaptured([
        'api-key',
        'create',
        '--org',
        'HUB-E',
        '--role',
        'beheerder',
      ]);
      expect(created.code).toBe(0);
      expect(created.stderr).toMatch(/new hub HUB-E/);
      const audit = await runCaptured(['audit', 'verify']);
      expect(audit.code).toBe(0);
    } finally {
      delete process.env.ZORGHUB_DATA_DIR;
    }
    const db = await openDb({ dataDir: data });
    const keys = await db.query<{ org_id: string }>('SELECT org_id FROM api_keys');
    expect(keys.rows).toEqual([{ org_id: 'HUB-E' }]);
    await db.close();
  }, 120_000);
});
