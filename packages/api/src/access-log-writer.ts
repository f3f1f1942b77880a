// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Group commit for access-log entries that are not part of a change (reads, refusals): entries
 * are written in groups — one transaction, one chain lock, one multi-row insert, their hashes
 * chained in memory from the newest stored hash. `append()` resolves only once its group has
 * committed, so a read is still not answered before its entry is durable; when a group fails,
 * every entry of that group fails (and none of the next).
 *
 * A group is taken from the queue only once its transaction holds the chain's lock, and on
 * PostgreSQL the next group's transaction is opened (and queues for the lock) while the one before
 * is still inserting and committing: the moment a commit lets the lock go, the next group, with
 * every entry that arrived during that commit, is written. Before, a group was fixed before its
 * transaction began, and entries that arrived meanwhile waited for the whole of the next
 * transaction (five round trips and a WAL flush) after it. PGlite has one connection, so there
 * one group is in flight at a time.
 */
import {
  type AccessLogEntry,
  type AuditKey,
  auditKeyFromEnv,
  insertChained,
  lockChain,
  reportAccessLogWrites,
} from './audit.js';
import type { Db } from './db.js';

export interface AccessLogWriter {
  /** Queues `entry`; resolves once it is committed, rejects when its group could not be written. */
  append(entry: AccessLogEntry): Promise<void>;
  /** Resolves once every entry queued before the call has been written (or has failed). */
  flush(): Promise<void>;
}

export interface AccessLogWriterOptions {
  /** The audit key (default `auditKeyFromEnv()` at the time a group is written). */
  key?: () => AuditKey | undefined;
  /** At most this many entries per group (one statement per group size is prepared). */
  maxGroup?: number;
  /** Group transactions open at once (default 2 on PostgreSQL, 1 on PGlite). */
  inFlight?: number;
}

interface Waiting {
  entry: AccessLogEntry;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function accessLogWriter(db: Db, options: AccessLogWriterOptions = {}): AccessLogWriter {
  const key = options.key ?? (() => auditKeyFromEnv());
  const maxGroup = options.maxGroup ?? 64;
  const inFlight = Math.max(1, options.inFlight ?? (db.kind === 'pg' ? 2 : 1));
  let queue: Waiting[] = [];
  /** Open group transactions, and whether one of them has not yet taken its group. */
  let open = 0;
  let opening = false;
  let idle: Array<() => void> = [];

  const take = () => {
    const group = queue.slice(0, maxGroup);
    queue = queue.slice(group.length);
    return group;
  };

  async function writeGroup(): Promise<void> {
    // Let the entries of this turn of the event loop join the group.
    await new Promise<void>((resolve) => setImmediate(resolve));
    let group: Waiting[] | undefined;
    try {
      await db.transaction(async (tx) => {
        const prev = await lockChain(tx);
        group = take();
        opening = false;
        // The next group's transaction may queue for the lock now.
        pump();
        if (group.length > 0)
          await insertChained(
            tx,
            prev,
            group.map((w) => w.entry),
            key(),
          );
      });
    } catch (error) {
      // Failed before the lock was granted: the entries queued now are this group's.
      if (!group) {
        opening = false;
        group = take();
      }
      const entries = group.map((w) => w.entry);
      reportAccessLogWrites('failed', entries);
      for (const w of group) w.reject(error);
      return;
    }
    const entries = group!.map((w) => w.entry);
    if (entries.length > 0) reportAccessLogWrites('written', entries);
    for (const w of group!) w.resolve();
  }

  function pump() {
    if (opening || open >= inFlight || queue.length === 0) return;
    opening = true;
    open++;
    void writeGroup().finally(() => {
      open--;
      pump();
      if (open === 0 && queue.length === 0) {
        const waiting = idle;
        idle = [];
        for (const resolve of waiting) resolve();
      }
    });
  }

  return {
    append(entry) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ entry, resolve, reject });
        pump();
      });
    },
    flush() {
      if (open === 0 && queue.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idle.push(resolve));
    },
  };
}
