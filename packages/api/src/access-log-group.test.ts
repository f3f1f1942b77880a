// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The access log's group commit (access-log-writer.ts), on both databases: concurrent reads give
 * one entry each in one verifiable chain, a group that cannot be written fails exactly its own
 * requests, and what is queued is written before the app closes.
 *
 * Longer than 400 lines: the writer's tests (long way and one round trip) and the API's share one
 * instrumented database probe; split, the probe would be copied or moved into shared test support.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLogWriter } from './access-log-writer.js';
import { buildApp } from './app.js';
import type { AccessLogEntry } from './audit.js';
import { verifyAccessLog } from './audit-verify.js';
import { type Db, openDb, type Queryable } from './db.js';
import { migrate } from './migrations.js';
import { DATABASES, type Keys, PG_URL, seedTenants } from './test-support/harness.js';

const PARAMS_PER_ENTRY = 17;
const isLogInsert = (sql: string) => /^\s*INSERT INTO access_log\b/.test(sql);
/** A group in one round trip (access-log-head.ts): the lock and the insert in one simple query. */
const isOneTripInsert = (sql: string) =>
  /^SELECT pg_advisory_xact_lock\(7513002\);\s*INSERT INTO access_log\b/.test(sql);
/** Its entries: one `::timestamptz` per row. */
const oneTripSize = (sql: string) => sql.split('::timestamptz').length - 1;

/**
 * `db`, with a record of the size of every group written through `transaction()` or in one round
 * trip through `query()` (the writes of a change go through `begin()` and are not counted), and a
 * switch that makes the next `fail` groups fail at their insert — after `hold`, if set, resolves.
 */
function instrumented(db: Db) {
  const probe = {
    groups: [] as number[],
    failed: [] as number[],
    /** The groups of `groups` that went in one round trip (and whether their check let them in). */
    oneTrip: [] as Array<{ size: number; inserted: boolean }>,
    fail: 0,
    hold: undefined as Promise<void> | undefined,
    /** Group transactions open now (begun, not yet ended), and the most at once. */
    open: 0,
    maxOpen: 0,
    /** Called when a group's insert starts. */
    onInsert: () => {},
  };
  /** The insert of a group of `size`, as the probe says: held, failed or passed on. */
  async function insert<T>(size: number, run: () => Promise<T>): Promise<T> {
    probe.onInsert();
    if (probe.hold) await probe.hold;
    if (probe.fail > 0) {
      probe.fail--;
      probe.failed.push(size);
      throw new Error('forced access-log failure');
    }
    return run();
  }
  const wrapped: Db = {
    ...db,
    kind: db.kind,
    async query(sql, params) {
      if (!isOneTripInsert(sql)) return db.query(sql, params);
      const size = oneTripSize(sql);
      const result = await insert(size, () => db.query(sql, params));
      const inserted = result.rowCount === size;
      probe.oneTrip.push({ size, inserted });
      if (inserted) probe.groups.push(size);
      return result as never;
    },
    transaction: (fn) =>
      db.transaction((tx) => {
        probe.open++;
        probe.maxOpen = Math.max(probe.maxOpen, probe.open);
        return fn({
          async query(sql, params) {
            if (!isLogInsert(sql)) return tx.query(sql, params);
            const size = (params?.length ?? 0) / PARAMS_PER_ENTRY;
            return insert(size, async () => {
              probe.groups.push(size);
              return tx.query(sql, params);
            });
          },
        } satisfies Queryable).finally(() => {
          probe.open--;
        });
      }),
  };
  return { db: wrapped, probe };
}

async function openFor(kind: (typeof DATABASES)[number]) {
  const schema = kind === 'postgres' ? `t_group_${randomBytes(4).toString('hex')}` : undefined;
  const db = await openDb(
    kind === 'postgres' ? { databaseUrl: PG_URL, schema } : { dataDir: 'memory://' },
  );
  await migrate(db);
  return {
    db,
    close: async () => {
      if (schema) await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await db.close();
    },
  };
}

const entry = (i: number): AccessLogEntry => ({
  hubId: 'HUB-G',
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
  actor: 'key_g',
  actorOrg: 'OZ-G1',
  actorRole: 'zorgorganisatie',
  onBehalfOf: 'OZ-G1',
  action: 'read',
  objectType: 'client',
  objectId: `CL-G${i}`,
  clientId: `CL-G${i}`,
  result: 'geslaagd:200',
  origin: '127.0.0.1',
  purpose: 'zorgverlening',
  clientIds: i % 3 === 0 ? [] : i % 3 === 1 ? [`CL-G${i}`, 'CL-G0'] : null,
});

interface LogRow {
  seq: number;
  object_id: string | null;
  origin: string;
  result: string;
  at: string;
  prev_hash: string;
  hash: string;
}
const rowsOf = async (db: Queryable) =>
  (
    await db.query<LogRow>(
      'SELECT seq, object_id, origin, result, at, prev_hash, hash FROM access_log ORDER BY seq',
    )
  ).rows;

/** Every entry links to the one before it, in the order of `seq`, and time never runs backwards. */
function expectChainInSeqOrder(rows: LogRow[]) {
  for (let i = 1; i < rows.length; i++) {
    expect(rows[i]!.prev_hash, `entry ${rows[i]!.seq}`).toBe(rows[i - 1]!.hash);
    expect(Date.parse(rows[i]!.at)).toBeGreaterThanOrEqual(Date.parse(rows[i - 1]!.at));
  }
}

describe.each(DATABASES)('access-log group commit on %s', (kind) => {
  let opened: Awaited<ReturnType<typeof openFor>>;
  beforeAll(async () => {
    opened = await openFor(kind);
  });
  afterAll(async () => opened?.close());

  describe('the writer', () => {
    it('writes the entries of one turn of the event loop as one group, chained in order', async () => {
      const { db, probe } = instrumented(opened.db);
      const writer = accessLogWriter(db);
      const before = (await rowsOf(db)).length;
      await Promise.all(Array.from({ length: 20 }, (_, i) => writer.append(entry(i + 1))));
      expect(probe.groups).toEqual([20]);
      const rows = (await rowsOf(db)).slice(before);
      expect(rows.map((r) => r.object_id)).toEqual(
        Array.from({ length: 20 }, (_, i) => `CL-G${i + 1}`),
      );
      expectChainInSeqOrder(await rowsOf(db));
      expect((await verifyAccessLog(db)).ok).toBe(true);
    });

    it('fails every entry of a group that cannot be written, and none of the group after it', async () => {
      const { db, probe } = instrumented(opened.db);
      const writer = accessLogWriter(db);
      const before = (await rowsOf(db)).length;
      let release = () => {};
      probe.hold = new Promise<void>((resolve) => {
        release = resolve;
      });
      const inserting = new Promise<void>((resolve) => {
        probe.onInsert = resolve;
      });
      probe.fail = 1;
      const first = Array.from({ length: 5 }, (_, i) => writer.append(entry(100 + i)));
      // While the first group is being written, the next entries queue for the group after it.
      await inserting;
      probe.onInsert = () => {};
      const next = Array.from({ length: 4 }, (_, i) => writer.append(entry(200 + i)));
      probe.hold = undefined;
      release();
      const outcomes = await Promise.allSettled(first);
      expect(outcomes.map((o) => o.status)).toEqual(Array(5).fill('rejected'));
      expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/forced/);
      await Promise.all(next);
      expect(probe.failed).toEqual([5]);
      expect(probe.groups).toEqual([4]);
      const rows = (await rowsOf(db)).slice(before);
      expect(rows.map((r) => r.object_id)).toEqual(['CL-G200', 'CL-G201', 'CL-G202', 'CL-G203']);
      expect((await verifyAccessLog(db)).ok).toBe(true);
    });

    it('opens the next group while the one before is still being written (PostgreSQL), one at a time on PGlite', async () => {
      const { db, probe } = instrumented(opened.db);
      const writer = accessLogWriter(db);
      const before = (await rowsOf(db)).length;
      let release = () => {};
      probe.hold = new Promise<void>((resolve) => {
        release = resolve;
      });
      const inserting = new Promise<void>((resolve) => {
        probe.onInsert = resolve;
      });
      const first = [writer.append(entry(250)), writer.append(entry(251))];
      await inserting;
      probe.onInsert = () => {};
      const second = [writer.append(entry(252))];
      // On PostgreSQL the next transaction opens and waits for the chain lock; give it the time.
      const expectedOpen = kind === 'postgres' ? 2 : 1;
      for (let i = 0; i < 200 && probe.open < expectedOpen; i++)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(probe.open).toBe(expectedOpen);
      probe.hold = undefined;
      release();
      await Promise.all([...first, ...second]);
      expect(probe.maxOpen).toBe(expectedOpen);
      // the entry that came during the first group's write is the second group, taken after the lock
      expect(probe.groups).toEqual([2, 1]);
      const rows = (await rowsOf(db)).slice(before);
      expect(rows.map((r) => r.object_id)).toEqual(['CL-G250', 'CL-G251', 'CL-G252']);
      expectChainInSeqOrder(await rowsOf(db));
      expect((await verifyAccessLog(db)).ok).toBe(true);
    });

    it('flush() waits for what is queued', async () => {
      const writer = accessLogWriter(opened.db);
      const before = (await rowsOf(opened.db)).length;
      const pending = [writer.append(entry(301)), writer.append(entry(302))];
      await writer.flush();
      expect((await rowsOf(opened.db)).length).toBe(before + 2);
      await Promise.all(pending);
    });
    it('writes each group after its first in one round trip, chained on the one before', async () => {
      const { db, probe } = instrumented(opened.db);
      const writer = accessLogWriter(db);
      const before = (await rowsOf(db)).length;
      await writer.append(entry(400));
      expect(probe.oneTrip).toEqual([]);
      await Promise.all([writer.append(entry(401)), writer.append(entry(402))]);
      // two groups sent at once: the second chained on the first's last hash before it committed
      await Promise.all([
        Promise.all([writer.append(entry(403)), writer.append(entry(404))]),
        new Promise((resolve) => setImmediate(resolve)).then(() => writer.append(entry(405))),
      ]);
      // the first went in as sent; a later one may have reached the lock before the group it was
      // chained on (another connection): refused, it was sent again after that one, so every
      // entry went in one round trip
      expect(probe.oneTrip[0]).toEqual({ size: 2, inserted: true });
      const inserted = probe.oneTrip.filter((g) => g.inserted);
      expect(inserted.reduce((a, g) => a + g.size, 0)).toBe(5);
      expect(probe.groups.reduce((a, b) => a + b, 0)).toBe(6);
      const rows = (await rowsOf(db)).slice(before);
      expect(rows.map((r) => r.object_id)).toEqual(
        Array.from({ length: 6 }, (_, i) => `CL-G${400 + i}`),
      );
      expectChainInSeqOrder(await rowsOf(db));
      expect((await verifyAccessLog(db)).ok).toBe(true);
    });

    it('goes the long way when another writer (another process) moved the chain meanwhile', async () => {
      const { db, probe } = instrumented(opened.db);
      const mine = accessLogWriter(db);
      const theirs = accessLogWriter(opened.db);
      const before = (await rowsOf(db)).length;
      await mine.append(entry(410));
      await theirs.append(entry(411));
      // mine still takes its own last hash for the newest: the check refuses, nothing is written
      await mine.append(entry(412));
      expect(probe.oneTrip).toEqual([{ size: 1, inserted: false }]);
      // written the long way after theirs, and the next goes in one round trip again
      await mine.append(entry(413));
      expect(probe.oneTrip.at(-1)).toEqual({ size: 1, inserted: true });
      const rows = (await rowsOf(db)).slice(before);
      expect(rows.map((r) => r.object_id)).toEqual(['CL-G410', 'CL-G411', 'CL-G412', 'CL-G413']);
      expectChainInSeqOrder(await rowsOf(db));
      expect((await verifyAccessLog(db)).ok).toBe(true);
    });

    it('sends a group again in one round trip when it reached the lock before the group it was chained on', async () => {
      const { db, probe } = instrumented(opened.db);
      // The first group's statement is held until the second's has run: the second, chained on
      // the first's last hash, finds the chain one group short (as over two connections).
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let sent = 0;
      const racing: Db = {
        ...db,
        kind: db.kind,
        async query(sql, params) {
          if (!isOneTripInsert(sql)) return db.query(sql, params);
          sent++;
          if (sent === 1) await held;
          const result = await db.query(sql, params);
          if (sent === 2) release();
          return result as never;
        },
      };
      const writer = accessLogWriter(racing, { inFlight: 2 });
      await writer.append(entry(415));
      const before = (await rowsOf(db)).length;
      const groupsBefore = probe.groups.length;
      await Promise.all([
        writer.append(entry(416)),
        new Promise((resolve) => setImmediate(resolve)).then(() => writer.append(entry(417))),
      ]);
      // refused once, then sent again after the first: no transaction of the long way
      expect(probe.oneTrip).toEqual([
        { size: 1, inserted: false },
        { size: 1, inserted: true },
        { size: 1, inserted: true },
      ]);
      expect(probe.groups.slice(groupsBefore)).toEqual([1, 1]);
      const rows = (await rowsOf(db)).slice(before);
      expect(rows.map((r) => r.object_id)).toEqual(['CL-G416', 'CL-G417']);
      expectChainInSeqOrder(await rowsOf(db));
      expect((await verifyAccessLog(db)).ok).toBe(true);
    });

    it('a group chained on one that failed is written the long way, after it', async () => {
      const { db, probe } = instrumented(opened.db);
      const writer = accessLogWriter(db);
      await writer.append(entry(420));
      const before = (await rowsOf(db)).length;
      let release = () => {};
      probe.hold = new Promise<void>((resolve) => {
        release = resolve;
      });
      const inserting = new Promise<void>((resolve) => {
        probe.onInsert = resolve;
      });
      probe.fail = 1;
      const first = writer.append(entry(421));
      await inserting;
      probe.onInsert = () => {};
      // sent while the first is still out (PostgreSQL): chained on its last hash, which never lands
      const second = writer.append(entry(422));
      await new Promise((resolve) => setTimeout(resolve, 20));
      probe.hold = undefined;
      release();
      const outcomes = await Promise.allSettled([first, second]);
      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled']);
      expect(probe.failed).toEqual([1]);
      const rows = (await rowsOf(db)).slice(before);
      expect(rows.map((r) => r.object_id)).toEqual(['CL-G422']);
      expectChainInSeqOrder(await rowsOf(db));
      expect((await verifyAccessLog(db)).ok).toBe(true);
    });

    it('keeps quotes and backslashes in the values it writes as literals', async () => {
      const writer = accessLogWriter(opened.db);
      await writer.append(entry(430));
      const odd = {
        ...entry(431),
        origin: `o'k\\x'); DROP TABLE access_log; --`,
        clientIds: ["a'b", 'c\\d'],
      };
      await writer.append(odd);
      const { rows } = await opened.db.query<{ origin: string; client_ids: string[] }>(
        'SELECT origin, client_ids FROM access_log ORDER BY seq DESC LIMIT 1',
      );
      expect(rows[0]).toEqual({ origin: odd.origin, client_ids: odd.clientIds });
      expect((await verifyAccessLog(opened.db)).ok).toBe(true);
    });
  });

  describe('the API', () => {
    let app: FastifyInstance;
    let probe: ReturnType<typeof instrumented>['probe'];
    let keys: { A: Keys; B: Keys };
    let closed = false;
    beforeAll(async () => {
      const wrapped = instrumented(opened.db);
      probe = wrapped.probe;
      // No checkpoint at close: it would wait for the chain's lock and hide a close that does not
      // wait for the access log.
      const checkpoints = process.env.ZORGHUB_AUDIT_CHECKPOINT_SECONDS;
      process.env.ZORGHUB_AUDIT_CHECKPOINT_SECONDS = '0';
      try {
        app = await buildApp({ db: wrapped.db, rateLimit: { max: 100_000, timeWindow: 60_000 } });
      } finally {
        if (checkpoints === undefined) delete process.env.ZORGHUB_AUDIT_CHECKPOINT_SECONDS;
        else process.env.ZORGHUB_AUDIT_CHECKPOINT_SECONDS = checkpoints;
      }
      keys = await seedTenants(app);
    });
    afterAll(async () => {
      if (!closed) await app?.close();
    });

    const read = (origin: string) =>
      app.inject({
        url: '/api/v1/clienten/CL-A1',
        remoteAddress: origin,
        headers: { authorization: `Bearer ${keys.A.zorgorganisatie}` },
      });

    it('answers many concurrent reads with one entry each, in one chain that verifies', async () => {
      probe.groups = [];
      const n = 40;
      const origins = Array.from({ length: n }, (_, i) => `10.1.0.${i + 1}`);
      const answers = await Promise.all(origins.map(read));
      expect(answers.map((r) => r.statusCode)).toEqual(Array(n).fill(200));
      const rows = (await rowsOf(opened.db)).filter((r) => r.origin.startsWith('10.1.0.'));
      expect(rows.map((r) => r.origin).sort()).toEqual([...origins].sort());
      expect(rows.every((r) => r.result === 'geslaagd:200' && r.object_id === 'CL-A1')).toBe(true);
      // the test is about groups: most entries shared a transaction with others
      expect(probe.groups.reduce((a, b) => a + b, 0)).toBe(n);
      expect(Math.max(...probe.groups)).toBeGreaterThan(1);
      expectChainInSeqOrder(await rowsOf(opened.db));
      expect((await verifyAccessLog(opened.db)).ok).toBe(true);
    });

    it('answers 500 to every read of a group that cannot be written, and logs them as failed', async () => {
      probe.groups = [];
      probe.failed = [];
      probe.fail = 1;
      const origins = Array.from({ length: 20 }, (_, i) => `10.2.0.${i + 1}`);
      const answers = await Promise.all(origins.map(read));
      const failed = answers.filter((r) => r.statusCode === 500);
      expect(probe.failed).toHaveLength(1);
      expect(failed).toHaveLength(probe.failed[0]!);
      for (const r of failed) {
        expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(r.json()).toMatchObject({ status: 500 });
      }
      expect(answers.filter((r) => r.statusCode === 200)).toHaveLength(20 - failed.length);
      const rows = (await rowsOf(opened.db)).filter((r) => r.origin.startsWith('10.2.0.'));
      // the answered reads are logged as read, the failed ones as failed: one entry per request
      expect(rows).toHaveLength(20);
      expect(rows.filter((r) => r.result === 'geslaagd:200')).toHaveLength(20 - failed.length);
      expect(rows.filter((r) => r.result === 'mislukt:500')).toHaveLength(failed.length);
      // the next reads are answered
      const after = await Promise.all(
        Array.from({ length: 10 }, (_, i) => read(`10.3.0.${i + 1}`)),
      );
      expect(after.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
      expect((await verifyAccessLog(opened.db)).ok).toBe(true);
    });

    it('writes the group in flight before it closes', async () => {
      const before = (await rowsOf(opened.db)).length;
      const events: string[] = [];
      let release = () => {};
      probe.hold = new Promise<void>((resolve) => {
        release = resolve;
      });
      const inserting = new Promise<void>((resolve) => {
        probe.onInsert = resolve;
      });
      const answered = read('10.4.0.1').then((r) => events.push(`answered ${r.statusCode}`));
      await inserting;
      probe.onInsert = () => {};
      const closing = app.close().then(() => events.push('closed'));
      // The group is let go a little later: close must not have finished before that.
      setTimeout(() => {
        probe.hold = undefined;
        events.push('released');
        release();
      }, 50);
      await Promise.all([closing, answered]);
      closed = true;
      expect(events).toContain('answered 200');
      expect(events.indexOf('closed')).toBeGreaterThan(events.indexOf('released'));
      expect((await rowsOf(opened.db)).length).toBe(before + 1);
    });
  });
});
