// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Backup and restore of the API's database, the same on PGlite and on PostgreSQL (and from one to
 * the other): a gzip'ed NDJSON file with a header (format, migrations applied, database kind), one
 * line per row (`row_to_json`, so timestamps keep their microseconds and jsonb stays as stored)
 * and a trailer with the count per table, so that a cut-off file is refused instead of restored in
 * part. The rows are read in one REPEATABLE READ transaction: a consistent snapshot while the API
 * runs on PostgreSQL. (PGlite is one process: stop the server first, or back up through it.)
 *
 * Restore wants an empty database. It applies the migrations the backup was made with, loads the
 * rows, resets the sequences, then applies the newer migrations: a backup of an older release
 * restores into the current one.
 */

import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Db, Queryable } from './db.js';
import { migrate, migrations } from './migrations.js';

export const BACKUP_FORMAT = 'zorghub-backup';
const FORMAT_VERSION = 1;
const PAGE = 500;

interface Header {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  database: Db['kind'];
  migrations: string[];
}

export type TableCounts = Record<string, number>;

/** A backup file that cannot be restored; the message says what is wrong and what to do. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

async function tables(q: Queryable): Promise<string[]> {
  const r = await q.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return r.rows.map((t) => t.name).filter((t) => IDENT.test(t));
}

/** Writes a backup of every table of the API's schema to `file`; returns the rows per table. */
export async function backupDatabase(db: Db, file: string): Promise<TableCounts> {
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  const done = pipeline(gzip, out);
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  const counts: TableCounts = {};
  try {
    await db.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const applied = await tx.query<{ id: string }>(
        'SELECT id FROM zorghub_migrations ORDER BY id',
      );
      const header: Header = {
        format: BACKUP_FORMAT,
        version: FORMAT_VERSION,
        createdAt: new Date().toISOString(),
        database: db.kind,
        migrations: applied.rows.map((m) => m.id),
      };
      await write(header);
      for (const table of await tables(tx)) {
        counts[table] = 0;
        await tx.query(
          `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${table} t`,
        );
        for (;;) {
          const page = await tx.query<{ row: string }>(`FETCH ${PAGE} FROM backup_rows`);
          for (const { row } of page.rows) {
            if (!gzip.write(`{"table":${JSON.stringify(table)},"row":${row}}\n`))
              await once(gzip, 'drain');
          }
          counts[table] += page.rows.length;
          if (page.rows.length < PAGE) break;
        }
        await tx.query('CLOSE backup_rows');
      }
    });
    await write({ end: true, tables: counts });
  } finally {
    gzip.end();
    await done;
  }
  return counts;
}

async function* lines(file: string): AsyncGenerator<{ line: number; value: unknown }> {
  const gunzip = createGunzip();
  const text = new PassThrough();
  const piping = pipeline(createReadStream(file), gunzip, text).catch((error: Error) => {
    text.destroy(error);
  });
  let line = 0;
  try {
    for await (const raw of createInterface({ input: text, crlfDelay: Infinity })) {
      line += 1;
      if (raw.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        throw new BackupError(
          `${file}, regel/line ${line}: geen JSON / not JSON; the file is damaged — restore another backup`,
        );
      }
      yield { line, value };
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `${file}: geen leesbare back-up / not a readable backup (${(error as Error).message.split('\n')[0]}); expected a file written by \`zorghub db backup\``,
    );
  }
  await piping;
}

/**
 * Restores `file` into `db`, which must be empty (no tables of the API, or only empty ones).
 * Returns the rows per table and the migrations applied after the rows were loaded.
 */
export async function restoreDatabase(
  db: Db,
  file: string,
): Promise<{ tables: TableCounts; upgraded: string[] }> {
  const known = migrations.map((m) => m.id);
  let header: Header | undefined;
  let trailer: { tables: TableCounts } | undefined;
  const counts: TableCounts = {};
  let batch: { table: string; rows: unknown[] } | undefined;

  const flush = async (tx: Queryable) => {
    if (!batch || batch.rows.length === 0) return;
    await tx.query(
      `INSERT INTO ${batch.table} SELECT * FROM json_populate_recordset(null::${batch.table}, $1::json)`,
      [JSON.stringify(batch.rows)],
    );
    batch.rows = [];
  };

  return db.transaction(async (tx) => {
    let present: Set<string> | undefined;
    for await (const { line, value } of lines(file)) {
      const where = `${file}, regel/line ${line}`;
      const v = value as Record<string, unknown>;
      if (!header) {
        if (
          v.format !== BACKUP_FORMAT ||
          v.version !== FORMAT_VERSION ||
          !Array.isArray(v.migrations)
        )
          throw new BackupError(
            `${where}: verwacht / expected a ${BACKUP_FORMAT} header (version ${FORMAT_VERSION}); found ${JSON.stringify(value).slice(0, 80)}`,
          );
        header = v as unknown as Header;
        const unknown = header.migrations.filter((m) => !known.includes(m));
        if (unknown.length > 0)
          throw new BackupError(
            `${where}: de back-up komt van een nieuwere versie / the backup is from a newer release (migrations ${unknown.join(', ')} are unknown here); restore it with that release or newer`,
          );
        await refuseNonEmpty(tx);
        await migrateTx(tx, header.migrations);
        present = new Set(await tables(tx));
        continue;
      }
      if (trailer)
        throw new BackupError(`${where}: regels na het einde / lines after the end of the backup`);
      if (v.end === true) {
        await flush(tx);
        trailer = v as unknown as { tables: TableCounts };
        continue;
      }
      const table = String(v.table);
      // The migrations table was written by migrateTx for exactly the backup's migrations.
      if (table === 'zorghub_migrations') continue;
      if (!present!.has(table))
        throw new BackupError(
          `${where}: tabel / table "${table}" does not exist after the backup's migrations; the file is damaged or was edited`,
        );
      if (batch?.table !== table) {
        await flush(tx);
        batch = { table, rows: [] };
      }
      batch.rows.push(v.row);
      counts[table] = (counts[table] ?? 0) + 1;
      if (batch.rows.length >= PAGE) await flush(tx);
    }
    if (!header)
      throw new BackupError(
        `${file}: leeg / empty; expected a backup written by \`zorghub db backup\``,
      );
    if (!trailer)
      throw new BackupError(
        `${file}: het einde ontbreekt / the end is missing: the backup was cut off; nothing was restored — use a complete backup`,
      );
    for (const [table, n] of Object.entries(trailer.tables)) {
      const got = table === 'zorghub_migrations' ? n : (counts[table] ?? 0);
      if (got !== n)
        throw new BackupError(
          `${file}: tabel / table ${table}: ${n} rows announced, ${got} found; nothing was restored — use a complete backup`,
        );
    }
    await resetSequences(tx);
    const upgraded = await migrateTx(tx, known);
    const { zorghub_migrations: _, ...tablesRestored } = trailer.tables;
    return { tables: tablesRestored, upgraded };
  });
}

async function refuseNonEmpty(tx: Queryable): Promise<void> {
  for (const table of await tables(tx)) {
    const r = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    if ((r.rows[0]?.n ?? 0) > 0)
      throw new BackupError(
        `de database is niet leeg / the target database is not empty (table ${table} has ${r.rows[0]!.n} rows); restore into a new database or data folder`,
      );
  }
}

/** Applies the listed migrations (in their release order) that are not applied yet, in `tx`. */
async function migrateTx(tx: Queryable, ids: string[]): Promise<string[]> {
  const single: Db = {
    kind: 'pg',
    query: (sql, params) => tx.query(sql, params),
    transaction: (fn) => fn(tx),
    begin: () => Promise.reject(new Error('not in a restore')),
    poolStats: () => ({ total: 1, idle: 0, waiting: 0, max: 1 }),
    close: async () => {},
  };
  return migrate(single, { only: new Set(ids) });
}

async function resetSequences(tx: Queryable): Promise<void> {
  const r = await tx.query<{ table_name: string; column_name: string; seq: string }>(
    `SELECT table_name, column_name, pg_get_serial_sequence(table_name, column_name) AS seq
       FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
  );
  for (const c of r.rows) {
    if (!c.seq || !IDENT.test(c.table_name) || !IDENT.test(c.column_name)) continue;
    await tx.query(
      `SELECT setval($1, coalesce((SELECT max(${c.column_name}) FROM ${c.table_name}), 0) + 1, false)`,
      [c.seq],
    );
  }
}
