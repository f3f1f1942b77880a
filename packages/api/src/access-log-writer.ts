// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Group commit for access-log entries that are not part of a change (reads, refusals): entries
 * that arrive while the event loop turns once, or while the previous group is being written, are
 * written together — one transaction, one chain lock, one multi-row insert, their hashes chained in
 * memory from the newest stored hash. `append()` resolves only once its group has committed, so a
 * read is still not answered before its entry is durable; when a group fails, every entry of that
 * group fails (and none of the next). Without it every read took the chain's one lock for a
 * transaction of its own, and reads were answered one at a time.
 */
import {
  type AccessLogEntry,
  type AuditKey,
  auditKeyFromEnv,
  reportAccessLogWrites,
  writeAccessLogEntries,
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
}

interface Waiting {
  entry: AccessLogEntry;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function accessLogWriter(db: Db, options: AccessLogWriterOptions = {}): AccessLogWriter {
  const key = options.key ?? (() => auditKeyFromEnv());
  const maxGroup = options.maxGroup ?? 64;
  let queue: Waiting[] = [];
  /** The loop that writes groups until the queue is empty; undefined when idle. */
  let running: Promise<void> | undefined;

  async function writeGroups(): Promise<void> {
    // Let the entries of this turn of the event loop join the first group.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (queue.length > 0) {
      const group = queue.slice(0, maxGroup);
      queue = queue.slice(group.length);
      const entries = group.map((w) => w.entry);
      try {
        await db.transaction((tx) => writeAccessLogEntries(tx, entries, key()));
      } catch (error) {
        reportAccessLogWrites('failed', entries);
        for (const w of group) w.reject(error);
        continue;
      }
      reportAccessLogWrites('written', entries);
      for (const w of group) w.resolve();
    }
  }

  function start() {
    running ??= writeGroups().finally(() => {
      running = undefined;
      // An entry queued after the last group was taken but before the loop ended.
      if (queue.length > 0) start();
    });
  }

  return {
    append(entry) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ entry, resolve, reject });
        start();
      });
    },
    async flush() {
      while (running) await running;
    },
  };
}
