import { mkdirSync } from 'node:fs';

/** The one small query interface the API uses, on PGlite and on a PostgreSQL server alike. */
export interface Queryable {
  query<T = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ): Promise<{ rows: T[]; rowCount: number }>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'pg';
  /** Runs `fn` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenDbOptions {
  /** `postgres://…`: a PostgreSQL server. Otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite data folder; `memory://` for an in-memory database. */
  dataDir?: string;
  /** PostgreSQL schema to work in (created when missing); tests use one per file. */
  schema?: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openDb(options: OpenDbOptions): Promise<Db> {
  const schema = options.schema;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`database schema name "${schema}" must match ${SCHEMA_NAME}`);
  }
  if (options.databaseUrl) return openPg(options.databaseUrl, schema);
  return openPglite(options.dataDir ?? '.zorghub/data', schema);
}

async function openPg(url: string, schema: string | undefined): Promise<Db> {
  const { default: pg } = await import('pg');
  // Dates stay ISO strings: timestamps are converted in SQL where the API needs them.
  pg.types.setTypeParser(1184, (v: string) => new Date(v).toISOString());
  pg.types.setTypeParser(1114, (v: string) => v);
  pg.types.setTypeParser(1082, (v: string) => v);
  pg.types.setTypeParser(20, (v: string) => Number(v));
  pg.types.setTypeParser(1700, (v: string) => Number(v));
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.ZORGHUB_DB_POOL ?? 10),
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  const run = async (
    q: {
      query: (
        sql: string,
        params: unknown[],
      ) => Promise<{ rows: unknown[]; rowCount: number | null }>;
    },
    sql: string,
    params?: unknown[],
  ) => {
    const r = await q.query(sql, (params ?? []) as unknown[]);
    return { rows: r.rows, rowCount: r.rowCount ?? 0 };
  };
  return {
    kind: 'pg',
    query: (sql, params) => run(pool, sql, params) as never,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: (sql, params) => run(client as never, sql, params) as never,
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string, schema: string | undefined): Promise<Db> {
  const { PGlite, types } = await import('@electric-sql/pglite');
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({
    dataDir,
    parsers: {
      [types.TIMESTAMPTZ]: (v: string) => new Date(v).toISOString(),
      [types.TIMESTAMP]: (v: string) => v,
      [types.DATE]: (v: string) => v,
      [types.INT8]: (v: string) => Number(v),
      [types.NUMERIC]: (v: string) => Number(v),
    },
  });
  if (schema) {
    await db.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`);
  }
  const wrap = async (
    q: {
      query: (
        sql: string,
        params?: unknown[],
      ) => Promise<{ rows: unknown[]; affectedRows?: number }>;
    },
    sql: string,
    params?: unknown[],
  ) => {
    const r = await q.query(sql, params);
    return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
  };
  return {
    kind: 'pglite',
    query: (sql, params) => wrap(db, sql, params) as never,
    transaction: (fn) =>
      db.transaction((tx) => fn({ query: (sql, params) => wrap(tx, sql, params) as never })),
    close: () => db.close(),
  };
}
