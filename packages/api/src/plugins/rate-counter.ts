// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Request counters per key and fixed time window, for the rate limiter and the failed-login limit.
 *
 * - `memoryCounter`: one process only (PGlite is embedded, so a PGlite server is one process).
 * - `sharedCounter`: the counts live in PostgreSQL (`rate_limit_counts`), so several API processes
 *   behind one load balancer share them. Counting every request with its own upsert would put a row
 *   lock on one hot key (one credential, 32 connections) on the path of every request; instead each
 *   process adds its hits locally and sends them in one statement every `syncMs` (default 200 ms),
 *   getting the shared totals back. The first hit on a key in a window, and a hit after a quiet
 *   spell (no shared count for 5 × syncMs), waits for that statement, so a process starts from the
 *   shared count, not from its own; under load a process is at most about `syncMs` behind. When the database cannot be reached the counts
 *   are kept and sent later, and the limit holds per process meanwhile.
 */
import type { Queryable } from '../db.js';

export interface Hit {
  /** Hits on this key in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends. */
  ttlMs: number;
}

export interface Counter {
  hit(key: string, windowMs: number): Promise<Hit>;
  /** The count now, without adding a hit (0 when the key has no current window). */
  peek(key: string): Hit;
  close(): Promise<void>;
}

const MAX_KEYS = 100_000;

export function memoryCounter(): Counter {
  const windows = new Map<string, { count: number; end: number }>();
  const current = (key: string, now: number) => {
    const w = windows.get(key);
    return w && w.end > now ? w : undefined;
  };
  return {
    async hit(key, windowMs) {
      const now = Date.now();
      let w = current(key, now);
      if (!w) {
        if (windows.size >= MAX_KEYS) {
          for (const [k, v] of windows) if (v.end <= now) windows.delete(k);
          if (windows.size >= MAX_KEYS) windows.delete(windows.keys().next().value as string);
        }
        w = { count: 0, end: now + windowMs };
        windows.set(key, w);
      }
      w.count++;
      return { count: w.count, ttlMs: w.end - now };
    },
    peek(key) {
      const now = Date.now();
      const w = current(key, now);
      return w ? { count: w.count, ttlMs: w.end - now } : { count: 0, ttlMs: 0 };
    },
    async close() {},
  };
}

interface SharedWindow {
  /** The shared count at the last sync. */
  base: number;
  /** Local hits not yet sent. */
  pending: number;
  /** Local hits in the statement now under way. */
  sending: number;
  windowMs: number;
  end: number;
  /** When the shared count last came back (Date.now()). */
  syncedAt: number;
}

export interface SharedCounterOptions {
  syncMs?: number;
  /** Called when a sync fails (the counts are kept and sent with the next one). */
  onError?: (error: unknown) => void;
}

const SYNC_SQL = `
INSERT INTO rate_limit_counts AS r (key, hits, window_end)
SELECT k, n, now() + make_interval(secs => w / 1000.0)
  FROM unnest($1::text[], $2::int[], $3::float8[]) AS t(k, n, w)
ON CONFLICT (key) DO UPDATE SET
  hits = CASE WHEN r.window_end <= now() THEN excluded.hits ELSE r.hits + excluded.hits END,
  window_end = CASE WHEN r.window_end <= now() THEN excluded.window_end ELSE r.window_end END
RETURNING key, hits, (extract(epoch FROM (window_end - now())) * 1000)::float8 AS ttl_ms`;

export function sharedCounter(db: Queryable, options: SharedCounterOptions = {}): Counter {
  const syncMs = options.syncMs ?? 200;
  const staleMs = 5 * syncMs;
  const windows = new Map<string, SharedWindow>();
  let timer: NodeJS.Timeout | undefined;
  let next: { promise: Promise<void>; run: () => void } | undefined;
  let running: Promise<void> = Promise.resolve();
  let lastSweep = Date.now();
  let closed = false;

  async function sync(): Promise<void> {
    const keys: string[] = [];
    const counts: number[] = [];
    const spans: number[] = [];
    for (const [key, w] of windows) {
      if (w.pending === 0) continue;
      w.sending = w.pending;
      w.pending = 0;
      keys.push(key);
      counts.push(w.sending);
      spans.push(w.windowMs);
    }
    if (keys.length === 0) return;
    try {
      const { rows } = await db.query<{ key: string; hits: number; ttl_ms: number }>(SYNC_SQL, [
        keys,
        counts,
        spans,
      ]);
      const now = Date.now();
      for (const row of rows) {
        const w = windows.get(row.key);
        if (!w) continue;
        w.base = Number(row.hits);
        w.sending = 0;
        w.syncedAt = now;
        w.end = now + Math.max(0, Number(row.ttl_ms));
      }
      if (now - lastSweep > 60_000) {
        lastSweep = now;
        await db.query(
          "DELETE FROM rate_limit_counts WHERE window_end < now() - interval '1 minute'",
        );
        for (const [key, w] of windows) if (w.end <= now && w.pending === 0) windows.delete(key);
      }
    } catch (error) {
      // Keep the hits: they go with the next sync.
      for (const key of keys) {
        const w = windows.get(key);
        if (w) {
          w.pending += w.sending;
          w.sending = 0;
        }
      }
      options.onError?.(error);
    }
  }

  /** A sync that includes every hit counted so far; `now` starts it without waiting. */
  function requestSync(now: boolean): Promise<void> {
    if (closed) return Promise.resolve();
    if (!next) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => {
        resolve = r;
      });
      const run = () => {
        if (timer) clearTimeout(timer);
        timer = undefined;
        if (next?.run !== run) return;
        next = undefined;
        running = running.then(sync).then(resolve, resolve);
      };
      next = { promise, run };
      timer = setTimeout(run, syncMs);
      timer.unref();
    }
    const pending = next.promise;
    if (now) next.run();
    return pending;
  }

  const shown = (w: SharedWindow, now: number): Hit => ({
    count: w.base + w.sending + w.pending,
    ttlMs: Math.max(0, w.end - now),
  });

  return {
    async hit(key, windowMs) {
      const now = Date.now();
      let w = windows.get(key);
      if (w && w.end > now) {
        w.pending++;
        // Under load the counts come back every syncMs; after a quiet spell, fetch them first.
        if (now - w.syncedAt <= staleMs) {
          void requestSync(false);
          return shown(w, now);
        }
        await requestSync(true);
        return shown(w, Date.now());
      }
      if (!w && windows.size >= MAX_KEYS) {
        for (const [k, v] of windows) if (v.end <= now && v.pending === 0) windows.delete(k);
      }
      // A new window here: start from the shared count.
      w = { base: 0, pending: 1, sending: 0, windowMs, end: now + windowMs, syncedAt: 0 };
      windows.set(key, w);
      await requestSync(true);
      return shown(w, Date.now());
    },
    peek(key) {
      const now = Date.now();
      const w = windows.get(key);
      return w && w.end > now ? shown(w, now) : { count: 0, ttlMs: 0 };
    },
    async close() {
      if (next) next.run();
      await running;
      closed = true;
    },
  };
}
