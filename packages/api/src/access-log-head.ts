// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A group of access-log entries in one round trip, when the writer knows the chain's newest hash
 * (the last hash it wrote itself): one simple query of two statements, in one implicit transaction
 * that commits before the answer comes back —
 *
 *   SELECT pg_advisory_xact_lock(7513002);
 *   INSERT INTO access_log … SELECT … FROM (VALUES …) WHERE <newest stored hash> = <expected>;
 *
 * In READ COMMITTED each statement of a simple query takes a snapshot of its own, so the check in
 * the second one, made after the lock was granted, sees every entry committed by the writer that
 * held the lock before. If the chain moved on meanwhile (another process wrote, or the group this
 * one was chained on failed), nothing is inserted and the caller writes the group the long way
 * (lock, read the newest hash, insert, commit). Either way every entry links to the one before it.
 *
 * Before, every group took four round trips (BEGIN; lock and newest hash; insert; COMMIT); in the
 * profile of bench/api most of the API process's CPU on a GET went into the socket writes of
 * those statements.
 *
 * The values go into the statement text as literals (a simple query takes no parameters), quoted
 * as node-postgres' `escapeLiteral` does.
 */
import { type AccessLogEntry, type AuditKey, entryMac, GENESIS_HASH } from './audit.js';

const SPECIAL = /['\\]/;

/** A string as a PostgreSQL literal, whatever `standard_conforming_strings` is. */
export function sqlLiteral(value: string): string {
  // Most values (ids, codes, timestamps, hashes) hold neither quote nor backslash.
  if (!SPECIAL.test(value)) return `'${value}'`;
  let backslash = false;
  let out = "'";
  for (const ch of value) {
    if (ch === "'") out += "''";
    else if (ch === '\\') {
      out += '\\\\';
      backslash = true;
    } else out += ch;
  }
  out += "'";
  return backslash ? ` E${out}` : out;
}

const text = (v: string | null | undefined) => (v == null ? 'NULL' : sqlLiteral(v));
const textArray = (v: readonly string[] | null | undefined) =>
  v == null ? 'NULL::text[]' : `ARRAY[${v.map(sqlLiteral).join(',')}]::text[]`;

export interface GroupInsert {
  /** The statement text (lock, then the insert if the newest hash is still `expected`). */
  sql: string;
  /** The hash of the group's last entry: the chain's newest hash once it is written. */
  last: string;
}

/** `INSERT … SELECT … FROM (VALUES <entries chained after prev>)`, and the last hash. */
function chainedInsert(
  prevHash: string,
  entries: readonly AccessLogEntry[],
  key: AuditKey | undefined,
  where: string,
): GroupInsert {
  let prev = prevHash;
  const rows: string[] = [];
  entries.forEach((e, i) => {
    const hash = entryMac(prev, e, key);
    rows.push(
      `(${i},${text(e.hubId)},${text(e.at)}::timestamptz,${text(e.actor)},${text(e.actorOrg)},${text(e.actorRole)},${text(e.onBehalfOf)},${text(e.action)},${text(e.objectType)},${text(e.objectId)},${text(e.clientId)},${text(e.result)},${text(e.origin)},${text(prev)},${text(hash)},${text(e.purpose ?? '')},${textArray(e.clientIds)},${text(key?.id)})`,
    );
    prev = hash;
  });
  const sql = `INSERT INTO access_log (hub_id, at, actor, actor_org, actor_role, on_behalf_of, action, object_type,
       object_id, client_id, result, origin, prev_hash, hash, v, purpose, client_ids, key_id)
SELECT hub_id, at, actor, actor_org, actor_role, on_behalf_of, action, object_type,
       object_id, client_id, result, origin, prev_hash, hash, 2, purpose, client_ids, key_id
  FROM (VALUES ${rows.join(',\n  ')})
    AS g(n, hub_id, at, actor, actor_org, actor_role, on_behalf_of, action, object_type,
         object_id, client_id, result, origin, prev_hash, hash, purpose, client_ids, key_id)${where}
 ORDER BY n`;
  return { sql, last: prev };
}

/** The one-round-trip insert of `entries` after `expected`, their hashes chained in memory. */
export function insertIfHead(
  expected: string,
  entries: readonly AccessLogEntry[],
  key: AuditKey | undefined,
): GroupInsert {
  const insert = chainedInsert(
    expected,
    entries,
    key,
    `
 WHERE coalesce((SELECT hash FROM access_log ORDER BY seq DESC LIMIT 1), ${sqlLiteral(GENESIS_HASH)}) = ${sqlLiteral(expected)}`,
  );
  return { sql: `SELECT pg_advisory_xact_lock(7513002);\n${insert.sql}`, last: insert.last };
}

/**
 * The insert of `entries` after `prevHash` (the newest hash, read under the chain's lock in the
 * same transaction), as one statement without parameters: a change sends it with its COMMIT.
 */
export function insertAfter(
  prevHash: string,
  entries: readonly AccessLogEntry[],
  key: AuditKey | undefined,
): GroupInsert {
  return chainedInsert(prevHash, entries, key, '');
}
