// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from './app.js';
import { verifyAccessLog } from './audit-verify.js';
import { BackupError, backupDatabase, restoreDatabase } from './backup.js';
import { type Db, openDb, type Queryable } from './db.js';
import { migrate } from './migrations.js';
import { appFor, type Keys, PG_URL, seedTenants } from './test-support/harness.js';

// Each test opens several databases (PGlite takes seconds to start on a loaded machine).
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const dir = mkdtempSync(join(tmpdir(), 'zorghub-backup-'));
const opened: Db[] = [];
const schemas: string[] = [];
afterAll(async () => {
  for (const db of opened) {
    for (const s of schemas)
      if (db.kind === 'pg') await db.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await db.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

async function fresh(kind: 'pglite' | 'postgres'): Promise<Db> {
  if (kind === 'pglite') {
    const db = await openDb({ dataDir: 'memory://' });
    opened.push(db);
    return db;
  }
  const schema = `t_backup_${randomBytes(4).toString('hex')}`;
  schemas.push(schema);
  const db = await openDb({ databaseUrl: PG_URL, schema });
  opened.push(db);
  return db;
}

/** Every row of every table, as PostgreSQL writes it in JSON, sorted: what "every record" means. */
async function snapshot(q: Queryable): Promise<Record<string, string[]>> {
  const tables = await q.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables.rows) {
    // applied_at is when a migration ran: a restore runs them again, so only the ids must match.
    const select = name === 'zorghub_migrations' ? 'id' : 'row_to_json(t)::text';
    const r = await q.query<{ v: string }>(`SELECT ${select} AS v FROM ${name} t ORDER BY 1`);
    out[name] = r.rows.map((row) => row.v);
  }
  return out;
}

describe.each(['pglite', 'postgres'] as const)('backup of a %s database', (source) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  let before: Record<string, string[]>;
  let clients: string[];
  const file = join(dir, `${source}.zorghub-backup.ndjson.gz`);

  beforeAll(async () => {
    ctx = await appFor(source, 'backup', { rateLimit: false });
    keys = await seedTenants(ctx.app);
    // Access-log entries (a read and a refusal) and a retention run, so every table has rows.
    const read = await ctx.app.inject({
      url: '/api/v1/clienten',
      headers: { authorization: `Bearer ${keys.A.beheerder}` },
    });
    expect(read.statusCode).toBe(200);
    clients = read.json().resultaten.map((c: { id: string }) => c.id);
    expect(clients.length).toBeGreaterThan(0);
    await ctx.app.inject({ url: '/api/v1/clienten' });
    before = await snapshot(ctx.app.zorghub.db);
    expect(before.records!.length).toBeGreaterThan(20);
    expect(before.access_log!.length).toBe(2);
    expect(before.api_keys!.length).toBeGreaterThan(5);
  });
  afterAll(() => ctx.close());

  it('restores into a fresh PGlite and a fresh PostgreSQL database with every row as it was', async () => {
    const counts = await backupDatabase(ctx.app.zorghub.db, file);
    expect(counts.records).toBe(before.records!.length);
    expect(readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b])); // gzip
    for (const target of ['pglite', 'postgres'] as const) {
      const db = await fresh(target);
      const restored = await restoreDatabase(db, file);
      expect(restored.upgraded).toEqual([]);
      expect(restored.tables.records).toBe(before.records!.length);
      expect(await snapshot(db)).toEqual(before);
      expect(await verifyAccessLog(db)).toMatchObject({ ok: true, entries: 2 });

      // The restored database works: the same key reads the same clients, and the log goes on.
      const app = await buildApp({ db, rateLimit: false });
      const again = await app.inject({
        url: '/api/v1/clienten',
        headers: { authorization: `Bearer ${keys.A.beheerder}` },
      });
      expect(again.statusCode).toBe(200);
      expect(again.json().resultaten.map((c: { id: string }) => c.id)).toEqual(clients);
      await app.close();
      const log = await verifyAccessLog(db);
      expect(log).toMatchObject({ ok: true, entries: 3 });
    }
  });
});

describe('restore refuses what it cannot restore whole', () => {
  let file: string;
  // A refused restore leaves the database as it was (empty), so the refusals share one.
  let empty: Db;
  beforeAll(async () => {
    empty = await fresh('pglite');
    const db = await fresh('pglite');
    await migrate(db);
    await db.query(
      `INSERT INTO records (hub_id, entity, id, data) VALUES ('HUB-R', 'dienst', 'DI-1', '{"id":"DI-1"}')`,
    );
    file = join(dir, 'small.zorghub-backup.ndjson.gz');
    await backupDatabase(db, file);
  });

  it('into a database that has data already', async () => {
    const target = await fresh('pglite');
    await restoreDatabase(target, file);
    await expect(restoreDatabase(target, file)).rejects.toThrow(
      /not empty \(table records has 1 rows\); restore into a new database/,
    );
  });

  it('a file that was cut off, and restores nothing of it', async () => {
    const text = gzipSyncLines(file).split('\n');
    const cut = join(dir, 'cut.ndjson.gz');
    writeFileSync(cut, gzipSync(`${text.slice(0, -2).join('\n')}\n`));
    const target = empty;
    await expect(restoreDatabase(target, cut)).rejects.toThrow(
      /the end is missing: the backup was cut off/,
    );
    const tables = await target.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema()`,
    );
    expect(tables.rows[0]!.n).toBe(0); // rolled back: not even the migrations stayed
  });

  it('a backup of a newer release, naming the migrations it does not know', async () => {
    const lines = gzipSyncLines(file).split('\n');
    const header = JSON.parse(lines[0]!);
    header.migrations.push('0099_future');
    const newer = join(dir, 'newer.ndjson.gz');
    writeFileSync(newer, gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
    const error = await restoreDatabase(empty, newer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(
      /regel\/line 1: .*newer release \(migrations 0099_future/,
    );
  });

  it('a file that is not a backup', async () => {
    const other = join(dir, 'not-a-backup.json');
    writeFileSync(other, '{"hello":"world"}\n');
    await expect(restoreDatabase(empty, other)).rejects.toThrow(
      /not a readable backup .*expected a file written by `zorghub db backup`/,
    );
  });
});

function gzipSyncLines(file: string): string {
  return gunzipSync(readFileSync(file)).toString('utf8');
}
