import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Pool, PoolClient, QueryConfig } from 'pg';

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

type Pg = typeof import('pg').default;

async function loadPg(): Promise<Pg> {
  const { default: pg } = await import('pg');
  // Dates stay ISO strings: timestamps are converted in SQL where the API needs them.
  pg.types.setTypeParser(1184, (v: string) => new Date(v).toISOString());
  pg.types.setTypeParser(1114, (v: string) => v);
  pg.types.setTypeParser(1082, (v: string) => v);
  pg.types.setTypeParser(20, (v: string) => Number(v));
  pg.types.setTypeParser(1700, (v: string) => Number(v));
  return pg;
}

const PREPARABLE = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;
const statementNames = new Map<string, string>();

/**
 * The query as node-postgres takes it. A statement with parameters is prepared once per
 * connection under a name derived from its text and then only bound and executed: the API runs
 * the same few dozen statements over and over, and parsing and planning them each time was most
 * of the cost of a simple lookup (on PGlite 100 µs against 40 µs prepared).
 */
function queryConfig(sql: string, params: unknown[] | undefined): QueryConfig {
  if (!params?.length || !PREPARABLE.test(sql)) return { text: sql, values: params ?? [] };
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `z_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    if (statementNames.size < 10_000) statementNames.set(sql, name);
  }
  return { name, text: sql, values: params };
}

async function run<T>(
  client: Pick<Pool, 'query'> | PoolClient,
  sql: string,
  params: unknown[] | undefined,
): Promise<{ rows: T[]; rowCount: number }> {
  const r = await client.query(queryConfig(sql, params));
  return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
}

/** A Db over a node-postgres pool: a PostgreSQL server, or PGlite through its node-postgres adapter. */
function poolDb(kind: Db['kind'], pool: Pool, onClose: () => Promise<void>): Db {
  return {
    kind,
    query: (sql, params) => run(pool, sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: (sql, params) => run(client, sql, params) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
      await onClose();
    },
  };
}

async function openPg(url: string, schema: string | undefined): Promise<Db> {
  const pg = await loadPg();
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
  return poolDb('pg', pool, async () => {});
}

async function openPglite(dataDir: string, schema: string | undefined): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const pg = await loadPg();
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create({ dataDir });
  // PGlite is one session: its search path holds for every query that follows
  if (schema)
    await lite.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`);
  // One connection, so one client at a time: a transaction has the database to itself, as with
  // PGlite's own transaction(); the client is never dropped for being idle.
  const pool = new pg.Pool({
    ...(createPgConfig(lite) as unknown as ConstructorParameters<Pg['Pool']>[0]),
    max: 1,
    idleTimeoutMillis: 0,
  });
  pool.on('error', () => {});
  return poolDb('pglite', pool, () => lite.close());
}
