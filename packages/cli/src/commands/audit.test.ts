// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../test-support/capture.js';

const PG_URL = process.env.ZORGHUB_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const work = mkdtempSync(join(tmpdir(), 'zorghub-api-cli-'));
const schema = `t_cli_${randomBytes(4).toString('hex')}`;
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
});

const capture = runCaptured;

// The CLI takes the PostgreSQL schema from the URL's search_path option, as psql and pg do.
const targets = [
  { name: 'pglite', args: ['--data-dir', join(work, 'db')] },
  { name: 'postgres', args: ['--database-url', `${PG_URL}?options=-c%20search_path%3D${schema}`] },
];

describe.each(targets)(
  'zorghub db / api-key / audit on $name',
  { timeout: 120_000 },
  ({ name, args }) => {
    it('migrates once, then reports the database as up to date', async () => {
      if (name === 'postgres') {
        const { default: pg } = await import('pg');
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await c.end();
      }
      const first = await capture(['db', 'migrate', ...args]);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('0001_core');
      const second = await capture(['db', 'migrate', ...args]);
      expect(second.stdout).toMatch(/up to date/);
    });

    it('creates a hashed API key for a new hub, and refuses an unknown organisation for other roles', async () => {
      const made = await capture([
        'api-key',
        'create',
        '--org',
        'ORG-CLI',
        '--role',
        'beheerder',
        ...args,
      ]);
      expect(made.code).toBe(0);
      expect(made.stdout.trim()).toMatch(/^zh_[A-Za-z0-9_-]{20,}$/);
      const refused = await capture([
        'api-key',
        'create',
        '--org',
        'ORG-ONBEKEND',
        '--role',
        'planner',
        ...args,
      ]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/ORG-ONBEKEND/);
      const badRole = await capture([
        'api-key',
        'create',
        '--org',
        'ORG-CLI',
        '--role',
        'koning',
        ...args,
      ]);
      expect(badRole.code).toBe(2);
      const worker = await capture([
        'api-key',
        'create',
        '--org',
        'ORG-CLI',
        '--role',
        'medewerker',
        ...args,
      ]);
      expect(worker.code).toBe(2);
      expect(worker.stderr).toMatch(/--deelnemer/);
    });

    it('lists keys with their state, revokes one, and gives one an expiry', async () => {
      const expiring = await capture([
        'api-key',
        'create',
        '--org',
        'ORG-CLI',
        '--role',
        'beheerder',
        '--label',
        'cli-verloopt',
        '--expires',
        '2021-01-01T00:00:00Z',
        ...args,
      ]);
      expect(expiring.code).toBe(0);
      const badDate = await capture([
        'api-key',
        'create',
        '--org',
        'ORG-CLI',
        '--role',
        'beheerder',
        '--expires',
        'morgen',
        ...args,
      ]);
      expect(badDate.code).toBe(2);
      expect(badDate.stderr).toMatch(/--expires/);
      const listed = await capture(['api-key', 'list', '--format', 'json', ...args]);
      expect(listed.code).toBe(0);
      const keys = JSON.parse(listed.stdout) as Array<{
        id: string;
        state: string;
        label: string | null;
      }>;
      expect(keys.find((k) => k.label === 'cli-verloopt')?.state).toBe('expired');
      expect(listed.stdout).not.toMatch(/zh_|hash/);
      const active = keys.find((k) => k.state === 'active')!;
      const revoked = await capture(['api-key', 'revoke', active.id, ...args]);
      expect(revoked.code).toBe(0);
      const again = await capture(['api-key', 'revoke', active.id, ...args]);
      expect(again.code).toBe(1);
      const after = JSON.parse(
        (await capture(['api-key', 'list', '--format', 'json', ...args])).stdout,
      ) as typeof keys;
      expect(after.find((k) => k.id === active.id)?.state).toBe('revoked');
    });

    it('verifies the access log and exits 1 when it was tampered with', async () => {
      const api = await import('@zorghub/api');
      // One PGlite instance per data folder at a time: make the key before the app opens it.
      const key = (
        await capture(['api-key', 'create', '--org', 'ORG-CLI', '--role', 'beheerder', ...args])
      ).stdout.trim();
      const db = await api.openDb(
        name === 'pglite' ? { dataDir: join(work, 'db') } : { databaseUrl: PG_URL, schema },
      );
      try {
        const app = await api.buildApp({ db });
        for (let i = 0; i < 3; i++)
          await app.inject({
            url: '/api/v1/clienten',
            headers: { authorization: `Bearer ${key}` },
          });
        await app.close();
      } finally {
        await db.close();
      }
      const ok = await capture(['audit', 'verify', ...args]);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toMatch(/intact: 3 entries/);
      // Closing the server wrote a checkpoint; without an audit key verify says what it cannot see.
      expect(ok.stdout).toMatch(/einde: klopt met de controlepunten in de database/);
      expect(ok.stdout).toMatch(/geen ZORGHUB_AUDIT_KEY/);
      const raw = await api.openDb(
        name === 'pglite' ? { dataDir: join(work, 'db') } : { databaseUrl: PG_URL, schema },
      );
      await raw.query('ALTER TABLE access_log DISABLE TRIGGER access_log_append_only');
      await raw.query(
        "UPDATE access_log SET actor_role = 'planner' WHERE seq = (SELECT max(seq) FROM access_log)",
      );
      await raw.query('ALTER TABLE access_log ENABLE TRIGGER access_log_append_only');
      await raw.close();
      const broken = await capture(['audit', 'verify', ...args]);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(/geschonden bij volgnummer \d+/);
    });
  },
);
