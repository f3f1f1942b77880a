import { createHash } from 'node:crypto';
import type { Db, Queryable } from './db.js';

export interface AccessLogEntry {
  hubId: string;
  at: string;
  actor: string;
  actorOrg: string;
  actorRole: string;
  onBehalfOf: string;
  action: string;
  objectType: string;
  objectId: string | null;
  clientId: string | null;
  result: string;
  origin: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The hash of one entry: SHA-256 over the previous hash and the entry's fields, in a fixed order. */
export function entryHash(prevHash: string, e: AccessLogEntry): string {
  const fields = [
    prevHash,
    e.hubId,
    e.at,
    e.actor,
    e.actorOrg,
    e.actorRole,
    e.onBehalfOf,
    e.action,
    e.objectType,
    e.objectId ?? '',
    e.clientId ?? '',
    e.result,
    e.origin,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** Appends one entry to the chain; runs inside the caller's transaction. */
export async function appendAccessLog(tx: Queryable, e: AccessLogEntry): Promise<void> {
  // One writer at a time extends the chain, so every entry links to the one before it.
  await tx.query('SELECT pg_advisory_xact_lock(7513002)');
  const last = await tx.query<{ hash: string }>(
    'SELECT hash FROM access_log ORDER BY seq DESC LIMIT 1',
  );
  const prev = last.rows[0]?.hash ?? GENESIS_HASH;
  const hash = entryHash(prev, e);
  await tx.query(
    `INSERT INTO access_log (hub_id, at, actor, actor_org, actor_role, on_behalf_of, action, object_type,
       object_id, client_id, result, origin, prev_hash, hash)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`,
    [
      e.hubId,
      e.at,
      e.actor,
      e.actorOrg,
      e.actorRole,
      e.onBehalfOf,
      e.action,
      e.objectType,
      e.objectId,
      e.clientId,
      e.result,
      e.origin,
      prev,
      hash,
    ],
  );
}

export interface VerifyResult {
  ok: boolean;
  entries: number;
  /** The first entry that does not match the chain. */
  firstBroken?: { seq: number; reason: string };
}

interface Row {
  seq: number;
  hub_id: string;
  at: string;
  actor: string;
  actor_org: string;
  actor_role: string;
  on_behalf_of: string;
  action: string;
  object_type: string;
  object_id: string | null;
  client_id: string | null;
  result: string;
  origin: string;
  prev_hash: string;
  hash: string;
}

/** Recomputes the whole chain. The oldest remaining entry anchors it (older ones may be purged). */
export async function verifyAccessLog(db: Queryable): Promise<VerifyResult> {
  let prev: string | undefined;
  let lastSeq = 0;
  let entries = 0;
  for (;;) {
    const { rows } = await db.query<Row>(
      'SELECT * FROM access_log WHERE seq > $1 ORDER BY seq LIMIT 5000',
      [lastSeq],
    );
    if (rows.length === 0) break;
    for (const r of rows) {
      entries++;
      if (prev !== undefined && r.prev_hash !== prev) {
        return {
          ok: false,
          entries,
          firstBroken: {
            seq: r.seq,
            reason: 'prev_hash does not match the entry before it (entry removed or inserted)',
          },
        };
      }
      const expected = entryHash(r.prev_hash, {
        hubId: r.hub_id,
        at: r.at,
        actor: r.actor,
        actorOrg: r.actor_org,
        actorRole: r.actor_role,
        onBehalfOf: r.on_behalf_of,
        action: r.action,
        objectType: r.object_type,
        objectId: r.object_id,
        clientId: r.client_id,
        result: r.result,
        origin: r.origin,
      });
      if (expected !== r.hash) {
        return {
          ok: false,
          entries,
          firstBroken: { seq: r.seq, reason: 'contents changed after writing (hash mismatch)' },
        };
      }
      prev = r.hash;
      lastSeq = r.seq;
    }
  }
  return { ok: true, entries };
}

/** Deletes access-log entries older than the retention term (default 5 years + 1 day). */
export async function purgeAccessLog(db: Db, retentionDays: number): Promise<number> {
  if (!Number.isInteger(retentionDays) || retentionDays < 1827) {
    throw new Error('access-log retention must be at least 1827 days (5 years)');
  }
  return db.transaction(async (tx) => {
    await tx.query("SELECT set_config('zorghub.access_log_purge', 'on', true)");
    await tx.query("SELECT set_config('zorghub.access_log_retention_days', $1, true)", [
      String(retentionDays),
    ]);
    const r = await tx.query(
      `DELETE FROM access_log WHERE at < now() - make_interval(days => $1::int)`,
      [retentionDays],
    );
    return r.rowCount;
  });
}
