// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.js';
import { verifyAccessLog } from '../audit-verify.js';
import { createApiKey } from '../auth.js';
import { type Db, openDb, type Queryable } from '../db.js';
import { migrate, migrations } from '../migrations.js';
import { PG_URL } from '../test-support/harness.js';

// Each test opens several databases (PGlite takes seconds to start on a loaded machine).
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

// A database made by the previous release's migrations, dumped with pg_dump (see
// scripts/upgrade-fixture.ts), is loaded and migrated to the current release.
const fixture = readFileSync(fileURLToPath(new URL('./release-0001.sql', import.meta.url)), 'utf8');

const opened: Array<{ db: Db; schema?: string }> = [];
afterAll(async () => {
  for (const { db, schema } of opened) {
    if (schema) await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await db.close();
  }
});

async function tableRows(q: Queryable): Promise<Record<string, string[]>> {
  const tables = await q.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'zorghub_migrations'
      ORDER BY 1`,
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables.rows)
    out[name] = (
      await q.query<{ v: string }>(`SELECT row_to_json(t)::text AS v FROM ${name} t ORDER BY 1`)
    ).rows.map((r) => r.v);
  return out;
}

describe('the released migrations are never edited', () => {
  it('each migration the fixture was made with has the same SQL now', () => {
    const recorded = [...fixture.matchAll(/^-- {3}(\S+) sha256:([0-9a-f]{64})$/gm)];
    expect(recorded.length).toBeGreaterThan(0);
    for (const [, id, sum] of recorded) {
      const migration = migrations.find((m) => m.id === id);
      expect(migration, `migration ${id} is gone`).toBeDefined();
      expect(
        createHash('sha256').update(migration!.sql).digest('hex'),
        `migration ${id} was changed after its release; add a new migration instead`,
      ).toBe(sum);
    }
  });
});

describe.each(['pglite', 'postgres'] as const)('upgrade of a previous release on %s', (kind) => {
  it('migrates to the current release without losing a row, and the API reads the old data', async () => {
    let db: Db;
    let schema = 'public';
    if (kind === 'pglite') {
      db = await openDb({ dataDir: 'memory://' });
      opened.push({ db });
    } else {
      schema = `t_upgrade_${randomBytes(4).toString('hex')}`;
      db = await openDb({ databaseUrl: PG_URL, schema });
      opened.push({ db, schema });
    }
    // The dump is plain SQL; one simple-protocol query runs it all.
    await db.query(fixture.replaceAll('__SCHEMA__.', `${schema}.`));
    const applied = await db.query<{ id: string }>('SELECT id FROM zorghub_migrations ORDER BY id');
    expect(applied.rows.map((r) => r.id)).toEqual(['0001_core']);
    const before = await tableRows(db);
    expect(before.records!.length).toBeGreaterThan(40);
    expect(before.access_log).toHaveLength(6);

    const upgraded = await migrate(db);
    expect(upgraded).toEqual(migrations.map((m) => m.id).filter((id) => id !== '0001_core'));
    // Every row is kept as it was; columns and tables added since start empty or at their default.
    const after = await tableRows(db);
    const project = (json: string, like: string) => {
      const keys = Object.keys(JSON.parse(like) as object);
      const o = JSON.parse(json) as Record<string, unknown>;
      return JSON.stringify(Object.fromEntries(keys.map((k) => [k, o[k]])));
    };
    for (const [table, rows] of Object.entries(before)) {
      expect(after[table]!.length, table).toBe(rows.length);
      expect(after[table]!.map((r, i) => project(r, rows[i]!))).toEqual(
        rows.map((r) => project(r, r)),
      );
    }
    for (const table of Object.keys(after).filter((t) => !(t in before)))
      expect(after[table], table).toEqual([]);
    expect(await verifyAccessLog(db)).toMatchObject({ ok: true, entries: 6 });
    // What 0002 added is there.
    const index = await db.query(
      `SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'records_parent_start'`,
    );
    expect(index.rowCount).toBe(1);

    // The current API serves the old records, and its access log goes on from the old chain.
    const app = await buildApp({ db, rateLimit: false });
    const { apiKey } = await createApiKey(db, {
      hubId: 'HUB-A',
      orgId: 'HUB-A',
      role: 'beheerder',
    });
    const clients = await app.inject({
      url: '/api/v1/clienten',
      headers: { authorization: `Bearer ${apiKey}` },
    });
    expect(clients.statusCode).toBe(200);
    expect(
      clients
        .json()
        .resultaten.map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual(['CL-A1', 'CL-A2']);
    await app.close();
    expect(await verifyAccessLog(db)).toMatchObject({ ok: true, entries: 7 });
  });
});
