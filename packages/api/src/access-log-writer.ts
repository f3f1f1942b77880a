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
 *
 * Once the writer has written a group it knows the chain's newest hash, and from then on writes
 * each group in one round trip (`access-log-head.ts`): the lock and an insert that only goes
 * through if the newest stored hash is still the one the group was chained on. The next group is
 * chained on this one's last hash and may go before this one has committed (it waits at the lock).
 * When the check fails because the group before it has not committed yet (it went over another
 * connection and reached the lock later), the statement is sent again once that group is stored;
 * when it fails otherwise (another process wrote in between, or the group before failed), the
 * group is written the long way, as above.
 */
import { insertIfHead } from './access-log-head.js';
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
  /**
   * Tells the writer that this process extended the chain to `hash` in a transaction of its own
   * (a change's entry, written under the chain's lock), so its next group is chained on that.
   * If that transaction does not commit, the group's check fails and it goes the long way.
   */
  follow(hash: string): void;
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
  /** Groups being written, and whether one of them has not yet taken its entries. */
  let open = 0;
  let opening = false;
  let idle: Array<() => void> = [];

  const take = () => {
    const group = queue.slice(0, maxGroup);
    queue = queue.slice(group.length);
    return group;
  };

  /** The chain's newest hash once the groups sent so far are written; undefined: not known. */
  let head: string | undefined;

  const settle = (group: Waiting[], error?: unknown) => {
    const entries = group.map((w) => w.entry);
    if (error !== undefined) {
      reportAccessLogWrites('failed', entries);
      for (const w of group) w.reject(error);
    } else {
      if (entries.length > 0) reportAccessLogWrites('written', entries);
      for (const w of group) w.resolve();
    }
  };

  /** The long way: lock, newest hash, insert, commit. `taken`: a group already taken. */
  async function writeLocked(taken?: Waiting[]): Promise<void> {
    let group = taken;
    let last: string | undefined;
    try {
      await db.transaction(async (tx) => {
        const prev = await lockChain(tx);
        if (!group) {
          group = take();
          opening = false;
          // The next group's transaction may queue for the lock now.
          pump();
        }
        if (group.length > 0)
          last = await insertChained(
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
      settle(group, error);
      return;
    }
    // Committed: the next group can be written in one round trip after this one.
    if (last !== undefined) head = last;
    settle(group!);
  }

  /**
   * Settles when the group sent last in one round trip is done: true when it was stored chained
   * exactly as it was sent (so the chain now ends at its last hash), false otherwise.
   */
  let lastSent: Promise<boolean> = Promise.resolve(true);
  /** Whether the group sent last is still on its way. */
  let lastPending = false;

  /** One round trip, chained on `head`; the long way when the chain moved. */
  async function writeAtHead(expected: string): Promise<void> {
    const group = take();
    opening = false;
    // Taken by a group that went the long way meanwhile (it takes its entries under the lock).
    if (group.length === 0) return;
    const insert = insertIfHead(
      expected,
      group.map((w) => w.entry),
      key(),
    );
    head = insert.last;
    // Only a group sent while the one before was still on its way can reach the lock first.
    const before = lastPending ? lastSent : undefined;
    let sent!: (asSent: boolean) => void;
    const mine = new Promise<boolean>((resolve) => {
      sent = resolve;
    });
    lastSent = mine;
    lastPending = true;
    pump();
    let asSent = false;
    try {
      asSent = await writeOrFallBack(group, insert, before);
    } finally {
      if (lastSent === mine) lastPending = false;
      sent(asSent);
    }
  }

  /** Runs the group's statement; the number of entries it inserted, or undefined when it failed. */
  async function tryInsert(
    group: Waiting[],
    insert: ReturnType<typeof insertIfHead>,
  ): Promise<number | undefined> {
    try {
      return (await db.query(insert.sql)).rowCount;
    } catch (error) {
      if (head === insert.last) head = undefined;
      settle(group, error);
      return undefined;
    }
  }

  /** True when the group was stored as it was sent (chained on the hash it expected). */
  async function writeOrFallBack(
    group: Waiting[],
    insert: ReturnType<typeof insertIfHead>,
    before: Promise<boolean> | undefined,
  ): Promise<boolean> {
    let inserted = await tryInsert(group, insert);
    if (inserted === undefined) return false;
    if (inserted !== group.length && before && (await before)) {
      // The group before this one was stored as sent, so the chain ends where this group was
      // chained: over another connection this statement reached the lock before that group's,
      // and found the chain one group short. Sent again, it finds the head it expects (the
      // statement checks that again), in one round trip instead of the four of the long way.
      inserted = await tryInsert(group, insert);
      if (inserted === undefined) return false;
    }
    if (inserted === group.length) {
      settle(group);
      return true;
    }
    if (head === insert.last) head = undefined;
    // The group sent before this one may still be on its way (over another connection it can
    // reach the lock later): this group goes after it, so the log keeps the order of the requests.
    await before;
    await writeLocked(group);
    return false;
  }

  async function writeGroup(): Promise<void> {
    // Let the entries of this turn of the event loop join the group.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (head !== undefined) return writeAtHead(head);
    return writeLocked();
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
    follow(hash) {
      head = hash;
    },
  };
}
