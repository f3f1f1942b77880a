// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Tamper evidence for the NEN 7513 access log. Each entry is chained to the one before it and, with
 * an audit key kept outside the database, signed (HMAC): a changed entry, one removed or inserted
 * in the middle, or a chain recomputed after a change are found by recomputing. Both ends are
 * anchored by signed checkpoints — in the database, in an append-only checkpoint file outside it
 * (`ZORGHUB_AUDIT_ANCHOR_FILE`) and as a log line — so that entries removed from the newest end
 * (up to the last checkpoint) or from the oldest end (other than by a recorded purge) are found.
 */
import { createHash, createHmac } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import {
  type AccessLogEntry,
  type AuditKey,
  auditKeyFromEnv,
  entryHash,
  entryMac,
  GENESIS_HASH,
} from './audit.js';
import type { Db, Queryable } from './db.js';

export interface Checkpoint {
  kind: 'checkpoint' | 'purge';
  seq: number;
  hash: string;
  entries: number;
  at: string;
  keyId: string | null;
  mac: string;
}

export type TamperKind =
  | 'changed'
  | 'removed-or-inserted'
  | 'recomputed'
  | 'truncated-start'
  | 'truncated-end';

export interface VerifyResult {
  ok: boolean;
  entries: number;
  /** Whether entries are checked against the audit key (HMAC), or only recomputed (SHA-256). */
  keyed: boolean;
  /** How the oldest end is anchored: the genesis, a recorded purge, or not (entries removed). */
  start: 'genesis' | 'purge' | 'broken' | 'empty';
  /** How the newest end is anchored: a checkpoint file, database checkpoints, none yet, or not. */
  end: 'anchor-file' | 'checkpoints' | 'none' | 'broken';
  /** The newest checkpoint the log was compared with. */
  lastCheckpoint?: { seq: number; at: string; source: 'anchor-file' | 'database' };
  /** Entries written after the last checkpoint (removing them is not detectable yet). */
  unanchored: number;
  /** The first entry that does not match, and what was done to it. */
  firstBroken?: { seq: number; kind: TamperKind; reason: string };
}

const checkpointText = (c: Omit<Checkpoint, 'mac'>) =>
  JSON.stringify([c.kind, c.seq, c.hash, c.entries, c.at, c.keyId]);

export function checkpointMac(c: Omit<Checkpoint, 'mac'>, key: AuditKey | undefined): string {
  return (key ? createHmac('sha256', key.secret) : createHash('sha256'))
    .update(checkpointText(c))
    .digest('hex');
}

async function writeCheckpoint(
  q: Queryable,
  c: Omit<Checkpoint, 'mac' | 'keyId' | 'at'>,
  key: AuditKey | undefined,
  anchorFile: string | undefined,
): Promise<Checkpoint> {
  const base = { ...c, at: new Date().toISOString(), keyId: key?.id ?? null };
  const cp: Checkpoint = { ...base, mac: checkpointMac(base, key) };
  await q.query(
    'INSERT INTO access_log_checkpoints (kind, seq, hash, entries, at, key_id, mac) VALUES ($1,$2,$3,$4,$5,$6,$7)',
    [cp.kind, cp.seq, cp.hash, cp.entries, cp.at, cp.keyId, cp.mac],
  );
  if (anchorFile) appendFileSync(anchorFile, `${JSON.stringify(cp)}\n`, { mode: 0o600 });
  return cp;
}

export interface CheckpointOptions {
  key?: AuditKey;
  /** Append-only file outside the database (default `ZORGHUB_AUDIT_ANCHOR_FILE`). */
  anchorFile?: string;
}

/**
 * Records the newest entry as a signed checkpoint (database, anchor file), unless nothing was
 * written since the last one. Returns the checkpoint written, or undefined.
 */
export async function checkpointAccessLog(
  db: Db,
  options: CheckpointOptions = {},
): Promise<Checkpoint | undefined> {
  const key = options.key ?? auditKeyFromEnv();
  const anchorFile = options.anchorFile ?? (process.env.ZORGHUB_AUDIT_ANCHOR_FILE || undefined);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7513002)');
    const last = (
      await tx.query<{ seq: number; hash: string }>(
        'SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1',
      )
    ).rows[0];
    if (!last) return undefined;
    const prev = (
      await tx.query<{ seq: number }>(
        "SELECT seq FROM access_log_checkpoints WHERE kind = 'checkpoint' ORDER BY id DESC LIMIT 1",
      )
    ).rows[0];
    if (prev && Number(prev.seq) === Number(last.seq)) return undefined;
    const count = (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log'))
      .rows[0]!.n;
    return writeCheckpoint(
      tx,
      { kind: 'checkpoint', seq: Number(last.seq), hash: last.hash, entries: Number(count) },
      key,
      anchorFile,
    );
  });
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
  v: number;
  purpose: string;
  client_ids: string[] | null;
  key_id: string | null;
}

const entryOf = (r: Row): AccessLogEntry => ({
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
  purpose: r.purpose,
  clientIds: r.client_ids,
});

/** Why one entry does not verify, or undefined when it does. */
function checkEntry(
  r: Row,
  key: AuditKey | undefined,
): { kind: TamperKind; reason: string } | undefined {
  const e = entryOf(r);
  if (Number(r.v) === 1) {
    return entryHash(r.prev_hash, e) === r.hash
      ? undefined
      : { kind: 'changed', reason: 'contents changed after writing (hash mismatch)' };
  }
  if (key && r.key_id !== key.id) {
    return entryMac(r.prev_hash, e, undefined) === r.hash
      ? { kind: 'recomputed', reason: 'not signed with the audit key: the chain was recomputed' }
      : { kind: 'changed', reason: `signed with another key (${r.key_id ?? 'none'})` };
  }
  if (entryMac(r.prev_hash, e, key) === r.hash) return undefined;
  return { kind: 'changed', reason: 'contents changed after writing (HMAC mismatch)' };
}

function readAnchorFile(file: string | undefined): Checkpoint[] {
  if (!file || !existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as Checkpoint];
      } catch {
        return [];
      }
    });
}

export interface VerifyOptions extends CheckpointOptions {}

/** Recomputes the chain and compares both ends with the signed checkpoints. */
export async function verifyAccessLog(
  db: Queryable,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const key = options.key ?? auditKeyFromEnv();
  const anchorFile = options.anchorFile ?? (process.env.ZORGHUB_AUDIT_ANCHOR_FILE || undefined);
  const valid = (c: Checkpoint) => checkpointMac(c, key) === c.mac && (!key || c.keyId === key.id);
  const stored = (
    await db.query<{
      kind: Checkpoint['kind'];
      seq: number;
      hash: string;
      entries: number;
      at: string;
      key_id: string | null;
      mac: string;
    }>('SELECT kind, seq, hash, entries, at, key_id, mac FROM access_log_checkpoints ORDER BY id')
  ).rows.map((c) => ({ ...c, seq: Number(c.seq), entries: Number(c.entries), keyId: c.key_id }));
  const fromDb = stored.map(({ key_id: _k, ...c }) => c as Checkpoint).filter(valid);
  const fromFile = readAnchorFile(anchorFile).filter(valid);
  const result: VerifyResult = {
    ok: true,
    entries: 0,
    keyed: !!key,
    start: 'empty',
    end: 'none',
    unanchored: 0,
  };
  const broken = (seq: number, kind: TamperKind, reason: string): VerifyResult => ({
    ...result,
    ok: false,
    ...(kind === 'truncated-start' ? { start: 'broken' as const } : {}),
    ...(kind === 'truncated-end' ? { end: 'broken' as const } : {}),
    firstBroken: { seq, kind, reason },
  });

  const hashes = new Map<number, string>();
  let prev: string | undefined;
  let lastSeq = 0;
  for (;;) {
    const { rows } = await db.query<Row>(
      'SELECT * FROM access_log WHERE seq > $1 ORDER BY seq LIMIT 5000',
      [lastSeq],
    );
    if (rows.length === 0) break;
    for (const r of rows) {
      const seq = Number(r.seq);
      result.entries++;
      if (prev === undefined) {
        // The oldest entry: the genesis, or the newest entry a recorded purge removed.
        if (r.prev_hash === GENESIS_HASH) result.start = 'genesis';
        else if (fromDb.some((c) => c.kind === 'purge' && c.hash === r.prev_hash))
          result.start = 'purge';
        else
          return broken(
            seq,
            'truncated-start',
            'the oldest entries were removed (no genesis and no recorded purge before this entry)',
          );
      } else if (r.prev_hash !== prev) {
        return broken(
          seq,
          'removed-or-inserted',
          'prev_hash does not match the entry before it (entry removed or inserted)',
        );
      }
      const bad = checkEntry(r, key);
      if (bad) return broken(seq, bad.kind, bad.reason);
      hashes.set(seq, r.hash);
      prev = r.hash;
      lastSeq = seq;
    }
  }

  // The newest end: every checkpoint's entry must still be there, unchanged.
  const checkpoints = [
    ...fromFile.map((c) => ({ c, source: 'anchor-file' as const })),
    ...fromDb
      .filter((c) => c.kind === 'checkpoint')
      .map((c) => ({ c, source: 'database' as const })),
  ];
  for (const { c, source } of checkpoints) {
    if (c.kind !== 'checkpoint') continue;
    const h = hashes.get(c.seq);
    if (h === undefined && c.seq > lastSeq)
      return broken(
        c.seq,
        'truncated-end',
        `the newest entries were removed: the ${source === 'anchor-file' ? 'checkpoint file' : 'database checkpoint'} of ${c.at} names entry ${c.seq}, the log ends at ${lastSeq}`,
      );
    if (h !== undefined && h !== c.hash)
      return broken(c.seq, 'recomputed', `entry ${c.seq} differs from its checkpoint of ${c.at}`);
  }
  const newest = checkpoints
    .filter((x) => x.c.kind === 'checkpoint')
    .sort((a, b) => b.c.seq - a.c.seq)[0];
  if (newest) {
    result.end = fromFile.length > 0 ? 'anchor-file' : 'checkpoints';
    result.lastCheckpoint = { seq: newest.c.seq, at: newest.c.at, source: newest.source };
    result.unanchored = [...hashes.keys()].filter((s) => s > newest.c.seq).length;
  } else result.unanchored = result.entries;
  return result;
}

/** Seconds between access-log checkpoints: `ZORGHUB_AUDIT_CHECKPOINT_SECONDS`, default 300; empty is not set. */
export function checkpointSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.ZORGHUB_AUDIT_CHECKPOINT_SECONDS;
  return raw === undefined || raw.trim() === '' ? 300 : Number(raw);
}

/** The retention term of the access log: `ZORGHUB_ACCESS_LOG_RETENTION_DAYS`, default 5 years + 1 day. */
export function accessLogRetentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.ZORGHUB_ACCESS_LOG_RETENTION_DAYS;
  // Empty means "not set" (compose and Helm write empty strings), as in config/env.ts.
  const days = raw === undefined || raw.trim() === '' ? 1827 : Number(raw);
  if (!Number.isInteger(days) || days < 1827)
    throw new Error(
      `ZORGHUB_ACCESS_LOG_RETENTION_DAYS: expected a whole number of days of at least 1827 (5 years, NEN 7513), found "${raw}"`,
    );
  return days;
}

/**
 * Deletes access-log entries older than the retention term and records, signed, the newest entry
 * it removed: the oldest remaining entry links to it, so a purge is told apart from a truncation.
 */
export async function purgeAccessLog(
  db: Db,
  retentionDays: number = accessLogRetentionDays(),
  options: CheckpointOptions = {},
): Promise<number> {
  if (!Number.isInteger(retentionDays) || retentionDays < 1827) {
    throw new Error('access-log retention must be at least 1827 days (5 years)');
  }
  const key = options.key ?? auditKeyFromEnv();
  const anchorFile = options.anchorFile ?? (process.env.ZORGHUB_AUDIT_ANCHOR_FILE || undefined);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7513002)');
    const newest = (
      await tx.query<{ seq: number; hash: string }>(
        'SELECT seq, hash FROM access_log WHERE at < now() - make_interval(days => $1::int) ORDER BY seq DESC LIMIT 1',
        [retentionDays],
      )
    ).rows[0];
    if (!newest) return 0;
    await tx.query("SELECT set_config('zorghub.access_log_purge', 'on', true)");
    await tx.query("SELECT set_config('zorghub.access_log_retention_days', $1, true)", [
      String(retentionDays),
    ]);
    const r = await tx.query('DELETE FROM access_log WHERE seq <= $1', [newest.seq]);
    await writeCheckpoint(
      tx,
      { kind: 'purge', seq: Number(newest.seq), hash: newest.hash, entries: r.rowCount },
      key,
      anchorFile,
    );
    return r.rowCount;
  });
}
