// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Queryable } from './db.js';

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
  /** Why the data was accessed (doelbinding): `X-Doel`, or the role's default. */
  purpose?: string;
  /** The clients whose data a list, search or export returned. */
  clientIds?: string[] | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The key the chain is signed with (HMAC-SHA-256), kept outside the database. */
export interface AuditKey {
  id: string;
  secret: Buffer;
}

const keys = new Map<string, AuditKey | undefined>();

/**
 * The audit key from `ZORGHUB_AUDIT_KEY` (at least 32 bytes, hex or base64) or the file
 * `ZORGHUB_AUDIT_KEY_FILE`; undefined when neither is set (entries are then plain SHA-256, which
 * detects a changed entry but not a chain recomputed after it).
 */
export function auditKeyFromEnv(env: NodeJS.ProcessEnv = process.env): AuditKey | undefined {
  // An empty value (compose's `${X:-}`, an empty Helm value) means "not set", as in config/env.ts.
  const given = (value: string | undefined) => (value?.trim() ? value : undefined);
  const file = given(env.ZORGHUB_AUDIT_KEY_FILE);
  const raw = given(env.ZORGHUB_AUDIT_KEY) ?? (file ? readFileSync(file, 'utf8') : undefined);
  if (raw === undefined) return undefined;
  const cached = keys.get(raw);
  if (cached) return cached;
  const key = parseAuditKey(
    raw.trim(),
    file ? `ZORGHUB_AUDIT_KEY_FILE (${file})` : 'ZORGHUB_AUDIT_KEY',
  );
  keys.set(raw, key);
  return key;
}

export function parseAuditKey(text: string, where = 'audit key'): AuditKey {
  const secret = /^[0-9a-f]+$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (secret.length < 32) {
    throw new Error(
      `${where}: expected at least 32 bytes as hex or base64, found ${secret.length}; make one with: openssl rand -hex 32`,
    );
  }
  return { secret, id: createHash('sha256').update(secret).digest('hex').slice(0, 16) };
}

/** Generates a new audit key (hex) for `zorghub audit key` and the tests. */
export const newAuditKey = () => randomBytes(32).toString('hex');

const v1Fields = (e: AccessLogEntry) => [
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

/** The hash of a version 1 entry: SHA-256 over the previous hash and the entry's fields. */
export function entryHash(prevHash: string, e: AccessLogEntry): string {
  return createHash('sha256')
    .update(JSON.stringify([prevHash, ...v1Fields(e)]))
    .digest('hex');
}

/** The hash of a version 2 entry: HMAC-SHA-256 with the audit key (SHA-256 without one). */
export function entryMac(prevHash: string, e: AccessLogEntry, key: AuditKey | undefined): string {
  const text = JSON.stringify([
    'v2',
    prevHash,
    ...v1Fields(e),
    e.purpose ?? '',
    e.clientIds ?? null,
  ]);
  return (key ? createHmac('sha256', key.secret) : createHash('sha256')).update(text).digest('hex');
}

type AccessLogWriteListener = (outcome: 'written' | 'failed', result: string) => void;
const writeListeners = new Set<AccessLogWriteListener>();

/**
 * Tells `listener` about every entry written (or that failed to be written), with the kind of
 * result (`geslaagd`, `geweigerd`, …) — for the metrics. Returns a function that stops it. An entry
 * written in a transaction that is later rolled back has been counted as written.
 */
export function observeAccessLogWrites(listener: AccessLogWriteListener): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

/** Tells the listeners about `count` entries written (or that failed to be written). */
export function reportAccessLogWrites(
  outcome: 'written' | 'failed',
  entries: ReadonlyArray<Pick<AccessLogEntry, 'result'>>,
): void {
  for (const e of entries) {
    const kind = e.result.split(':')[0] ?? e.result;
    for (const listener of writeListeners) listener(outcome, kind);
  }
}

/** Appends one entry to the chain; runs inside the caller's transaction. Returns its hash. */
export async function appendAccessLog(
  tx: Queryable,
  e: AccessLogEntry,
  key: AuditKey | undefined = auditKeyFromEnv(),
): Promise<string> {
  let hash: string;
  try {
    hash = await writeAccessLogEntries(tx, [e], key);
  } catch (error) {
    reportAccessLogWrites('failed', [e]);
    throw error;
  }
  reportAccessLogWrites('written', [e]);
  return hash;
}

const COLUMNS = 18;
const insertSql = new Map<number, string>();

/** `INSERT … VALUES (…), (…)` for `n` entries (one statement text per batch size, prepared once). */
function insertFor(n: number): string {
  let sql = insertSql.get(n);
  if (sql === undefined) {
    const rows = Array.from({ length: n }, (_, r) => {
      const p = (c: number) => `$${r * (COLUMNS - 1) + c}`;
      const cols = Array.from({ length: COLUMNS - 1 }, (_, c) => p(c + 1));
      // v (the entry version) is the 15th column: always 2
      return `(${[...cols.slice(0, 14), '2', ...cols.slice(14)].join(',')})`;
    });
    sql = `INSERT INTO access_log (hub_id, at, actor, actor_org, actor_role, on_behalf_of, action, object_type,
       object_id, client_id, result, origin, prev_hash, hash, v, purpose, client_ids, key_id)
     VALUES ${rows.join(',\n       ')}`;
    if (insertSql.size < 1000) insertSql.set(n, sql);
  }
  return sql;
}

/**
 * Takes the chain's lock for the caller's transaction and returns the newest hash. One round trip:
 * the lock and the read are two statements of one simple query, and in READ COMMITTED each
 * statement gets a snapshot of its own, so the read, taken after the lock was granted, sees every
 * entry committed by the writer that held the lock before (one statement with both would read a
 * snapshot taken before waiting for the lock). One writer at a time extends the chain, so every
 * entry links to the one before it.
 */
export async function lockChain(tx: Queryable): Promise<string> {
  const last = await tx.query<{ hash: string }>(
    'SELECT pg_advisory_xact_lock(7513002); SELECT hash FROM access_log ORDER BY seq DESC LIMIT 1',
  );
  return last.rows[0]?.hash ?? GENESIS_HASH;
}

/**
 * Appends `entries`, in this order, after `prev` (the newest hash, read under the chain's lock by
 * `lockChain` in the same transaction): the hashes chained in memory, one insert. The rows of a
 * multi-row VALUES take their `seq` in the order listed, so the order of the chain is the order of
 * `seq`. Returns the hash of the last entry.
 */
export async function insertChained(
  tx: Queryable,
  prevHash: string,
  entries: readonly AccessLogEntry[],
  key: AuditKey | undefined,
): Promise<string> {
  let prev = prevHash;
  const params: unknown[] = [];
  for (const e of entries) {
    const hash = entryMac(prev, e, key);
    params.push(
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
      e.purpose ?? '',
      e.clientIds ?? null,
      key?.id ?? null,
    );
    prev = hash;
  }
  await tx.query(insertFor(entries.length), params);
  return prev;
}

/**
 * Appends `entries`, in this order, to the chain in the caller's transaction: one lock and read of
 * the newest hash (`lockChain`), the hashes chained in memory, one insert. Returns the newest hash.
 */
export async function writeAccessLogEntries(
  tx: Queryable,
  entries: readonly AccessLogEntry[],
  key: AuditKey | undefined = auditKeyFromEnv(),
): Promise<string> {
  if (entries.length === 0) return lockChain(tx);
  return insertChained(tx, await lockChain(tx), entries, key);
}
