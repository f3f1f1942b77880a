// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * One test per kind of tampering with the access log, on both databases, done as someone with
 * full access to the database but not to the audit key or the checkpoint file would do it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type AccessLogEntry, appendAccessLog, newAuditKey, parseAuditKey } from './audit.js';
import { checkpointAccessLog, purgeAccessLog, verifyAccessLog } from './audit-verify.js';
import { type Db, openDb } from './db.js';
import { migrate } from './migrations.js';
import { DATABASES, type DbKind, PG_URL } from './test-support/harness.js';

const key = parseAuditKey(newAuditKey());
const dir = mkdtempSync(join(tmpdir(), 'zorghub-tamper-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = (
  i: number,
  at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
): AccessLogEntry => ({
  hubId: 'HUB-T',
  at,
  actor: `key_${i % 3}`,
  actorOrg: 'OZ-T1',
  actorRole: 'zorgorganisatie',
  onBehalfOf: 'OZ-T1',
  action: 'read',
  objectType: 'client',
  objectId: `CL-T${i}`,
  clientId: `CL-T${i}`,
  result: 'geslaagd:200',
  origin: '127.0.0.1',
  purpose: 'zorgverlening',
  clientIds: i % 2 ? [`CL-T${i}`, 'CL-T0'] : null,
});

const opened = new Map<DbKind, { db: Db; schema?: string }>();
afterAll(async () => {
  for (const { db, schema } of opened.values()) {
    if (schema) await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await db.close();
  }
});

/** One database per kind (opening PGlite is slow); each test starts from an empty log of `n` entries. */
async function freshLog(kind: DbKind, n: number) {
  let o = opened.get(kind);
  if (!o) {
    const schema = kind === 'postgres' ? `t_tamper_${randomBytes(4).toString('hex')}` : undefined;
    const db = await openDb(
      kind === 'postgres' ? { databaseUrl: PG_URL, schema } : { dataDir: 'memory://' },
    );
    await migrate(db);
    o = { db, ...(schema ? { schema } : {}) };
    opened.set(kind, o);
  }
  const db = o.db;
  await behindTrigger(db, 'TRUNCATE access_log, access_log_checkpoints RESTART IDENTITY');
  for (let i = 1; i <= n; i++) await db.transaction((tx) => appendAccessLog(tx, entry(i), key));
  const anchorFile = join(dir, `anchor-${randomBytes(4).toString('hex')}.ndjson`);
  const opts = { key, anchorFile };
  return { db, opts, close: async () => {} };
}

/** Runs SQL past the append-only triggers, as a database superuser could. */
async function behindTrigger(db: Db, sql: string, params: unknown[] = []) {
  await db.query('ALTER TABLE access_log DISABLE TRIGGER USER');
  await db.query('ALTER TABLE access_log_checkpoints DISABLE TRIGGER USER');
  try {
    await db.query(sql, params);
  } finally {
    await db.query('ALTER TABLE access_log ENABLE TRIGGER USER');
    await db.query('ALTER TABLE access_log_checkpoints ENABLE TRIGGER USER');
  }
}

const seqs = async (db: Db) =>
  (await db.query<{ seq: number }>('SELECT seq FROM access_log ORDER BY seq')).rows.map((r) =>
    Number(r.seq),
  );

describe.each(DATABASES)('access-log tampering on %s', (kind) => {
  it('verifies an intact log: signed, from the genesis to the checkpoint file', async () => {
    const { db, opts, close } = await freshLog(kind, 12);
    await checkpointAccessLog(db, opts);
    await db.transaction((tx) => appendAccessLog(tx, entry(13), key));
    const r = await verifyAccessLog(db, opts);
    await close();
    expect(r).toMatchObject({
      ok: true,
      entries: 13,
      keyed: true,
      start: 'genesis',
      end: 'anchor-file',
      unanchored: 1,
    });
  });

  it('finds an entry changed after writing', async () => {
    const { db, opts, close } = await freshLog(kind, 10);
    const s = await seqs(db);
    await behindTrigger(db, "UPDATE access_log SET actor_role = 'beheerder' WHERE seq = $1", [
      s[4],
    ]);
    const r = await verifyAccessLog(db, opts);
    await close();
    expect(r.ok).toBe(false);
    expect(r.firstBroken).toMatchObject({ seq: s[4], kind: 'changed' });
  });

  it('finds an entry removed from the middle', async () => {
    const { db, opts, close } = await freshLog(kind, 10);
    const s = await seqs(db);
    await behindTrigger(db, 'DELETE FROM access_log WHERE seq = $1', [s[5]]);
    const r = await verifyAccessLog(db, opts);
    await close();
    expect(r.firstBroken).toMatchObject({ seq: s[6], kind: 'removed-or-inserted' });
  });

  it('finds the newest entries removed, also when their database checkpoints went with them', async () => {
    const { db, opts, close } = await freshLog(kind, 10);
    await checkpointAccessLog(db, opts);
    const s = await seqs(db);
    await behindTrigger(db, 'DELETE FROM access_log WHERE seq > $1', [s[6]]);
    const withCheckpoints = await verifyAccessLog(db, { key });
    await behindTrigger(db, 'DELETE FROM access_log_checkpoints');
    const withFile = await verifyAccessLog(db, opts);
    const withNothing = await verifyAccessLog(db, { key });
    await close();
    expect(withCheckpoints.firstBroken).toMatchObject({ kind: 'truncated-end', seq: s[9] });
    expect(withFile.firstBroken).toMatchObject({ kind: 'truncated-end', seq: s[9] });
    expect(withFile.firstBroken?.reason).toMatch(/checkpoint file/);
    // Without any checkpoint the removal cannot be seen, and verify says the end is not anchored.
    expect(withNothing).toMatchObject({ ok: true, end: 'none', unanchored: 7 });
  });

  it('finds the oldest entries removed outside a purge', async () => {
    const { db, opts, close } = await freshLog(kind, 10);
    const s = await seqs(db);
    await behindTrigger(db, 'DELETE FROM access_log WHERE seq <= $1', [s[2]]);
    const r = await verifyAccessLog(db, opts);
    await close();
    expect(r).toMatchObject({ ok: false, start: 'broken' });
    expect(r.firstBroken).toMatchObject({ seq: s[3], kind: 'truncated-start' });
  });

  it('finds an entry rewritten and the chain recomputed after it without the key', async () => {
    const { db, opts, close } = await freshLog(kind, 10);
    await checkpointAccessLog(db, opts);
    const { rows } = await db.query<Record<string, unknown>>(
      'SELECT * FROM access_log ORDER BY seq',
    );
    // Rewrite entry 3 and recompute every hash after it with plain SHA-256 (the attacker has no key).
    const { entryMac } = await import('./audit.js');
    let prev = String(rows[2]!.prev_hash);
    for (const r of rows.slice(2)) {
      const e: AccessLogEntry = {
        hubId: String(r.hub_id),
        at: String(r.at),
        actor: r === rows[2] ? 'key_someone_else' : String(r.actor),
        actorOrg: String(r.actor_org),
        actorRole: String(r.actor_role),
        onBehalfOf: String(r.on_behalf_of),
        action: String(r.action),
        objectType: String(r.object_type),
        objectId: r.object_id as string,
        clientId: r.client_id as string,
        result: String(r.result),
        origin: String(r.origin),
        purpose: String(r.purpose),
        clientIds: r.client_ids as string[] | null,
      };
      const hash = entryMac(prev, e, undefined);
      await behindTrigger(
        db,
        'UPDATE access_log SET actor = $2, prev_hash = $3, hash = $4, key_id = NULL WHERE seq = $1',
        [r.seq, e.actor, prev, hash],
      );
      prev = hash;
    }
    const r = await verifyAccessLog(db, opts);
    // The same with a key of the attacker's own: signed, but not with the audit key.
    const other = parseAuditKey(newAuditKey());
    const forged = await verifyAccessLog(db, { key: other });
    await close();
    expect(r.firstBroken).toMatchObject({ seq: Number(rows[2]!.seq), kind: 'recomputed' });
    expect(forged.ok).toBe(false);
  });

  it('tells a purge after the retention term from a truncation, and keeps the log verifiable', async () => {
    const { db, opts, close } = await freshLog(kind, 0);
    const old = new Date(Date.now() - 1900 * 86_400_000).toISOString();
    for (let i = 1; i <= 4; i++)
      await db.transaction((tx) => appendAccessLog(tx, entry(i, old), key));
    for (let i = 5; i <= 8; i++)
      await db.transaction((tx) => appendAccessLog(tx, entry(i, new Date().toISOString()), key));
    expect(await purgeAccessLog(db, 1827, opts)).toBe(4);
    const r = await verifyAccessLog(db, opts);
    // A forged purge record (without the key) does not make a truncation look like a purge.
    const s = await seqs(db);
    await behindTrigger(db, 'DELETE FROM access_log WHERE seq = $1', [s[0]]);
    const cut = (
      await db.query<{ hash: string }>(
        'SELECT prev_hash AS hash FROM access_log ORDER BY seq LIMIT 1',
      )
    ).rows[0]!.hash;
    await db.query(
      "INSERT INTO access_log_checkpoints (kind, seq, hash, entries, at, key_id, mac) VALUES ('purge', 1, $1, 1, now(), NULL, $2)",
      [cut, createHash('sha256').update('forged').digest('hex')],
    );
    const truncated = await verifyAccessLog(db, opts);
    await close();
    expect(r).toMatchObject({ ok: true, entries: 4, start: 'purge' });
    expect(truncated.firstBroken?.kind).toBe('truncated-start');
  });
});
