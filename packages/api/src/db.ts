// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Pool, PoolClient, QueryConfig } from 'pg';

/** The one small query interface the API uses, on PGlite and on a PostgreSQL server alike. */
export interface Queryable {
  /** Runs `sql`; without parameters it may hold several statements, answered with the last one's rows. */
  query<T = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ): Promise<{ rows: T[]; rowCount: number }>;
}

/** An open transaction on one connection; the connection goes back to the pool on commit or rollback. */
export interface Transaction extends Queryable {
  commit(): Promise<void>;
  /**
   * Runs `last` (statements without parameters) and commits, in one round trip; when a statement
   * fails nothing is committed (rolled back, and the error is thrown).
   */
  commitWith(last: string): Promise<void>;
  /** Rolls back (a no-op once committed or rolled back). */
  rollback(): Promise<void>;
  /** True once committed or rolled back: its queries are refused from then on. */
  readonly done: boolean;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'pg';
  /** Runs `fn` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Opens a transaction the caller ends (a request that spans several hooks). */
  begin(): Promise<Transaction>;
  /** The connection pool now: open connections, idle ones, callers waiting, and the maximum. */
  poolStats(): PoolStats;
  close(): Promise<void>;
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

export interface OpenDbOptions {
  /** `postgres://…`: a PostgreSQL server. Otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite data folder; `memory://` for an in-memory database. */
  dataDir?: string;
  /** PostgreSQL schema to work in (created when missing); tests use one per file. */
  schema?: string;
  /** Connections to a PostgreSQL server (ZORGHUB_DB_POOL; default 10). PGlite has one. */
  poolSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openDb(options: OpenDbOptions): Promise<Db> {
  const schema = options.schema;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`database schema name "${schema}" must match ${SCHEMA_NAME}`);
  }
  if (options.databaseUrl) return openPg(options.databaseUrl, schema, options.poolSize ?? 10);
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

/**
 * An error the server answered with (an ErrorResponse: it has a SQLSTATE code). The connection is
 * fine after one, so it goes back to the pool; any other error (the socket or PGlite's protocol
 * stream failed) means the connection is broken and the pool must drop it.
 */
export const isServerError = (error: unknown): boolean =>
  typeof (error as { code?: unknown })?.code === 'string' &&
  /^[0-9A-Z]{5}$/.test((error as { code: string }).code);

async function exec<T>(
  client: PoolClient,
  sql: string,
  params: unknown[] | undefined,
): Promise<{ rows: T[]; rowCount: number }> {
  const result = await client.query(queryConfig(sql, params));
  // Several statements in one simple query (no parameters) answer with one result each: the
  // caller gets the last one's rows.
  const r = Array.isArray(result) ? (result.at(-1) as typeof result) : result;
  return { rows: (r?.rows ?? []) as T[], rowCount: r?.rowCount ?? 0 };
}

/**
 * A connection checked out of the pool with an `error` listener of its own: node-postgres removes
 * the pool's listener while a client is checked out, so without one a connection that fails during
 * a query (PGlite's adapter emits `error` when its protocol stream throws) would be an unhandled
 * `error` event and stop the process. `release()` drops a broken connection, keeps a sound one.
 */
async function checkout(pool: Pool) {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error) => {
    broken ??= error;
  };
  client.on('error', onError);
  return {
    client,
    fail(error: unknown) {
      if (!isServerError(error))
        broken ??= error instanceof Error ? error : new Error(String(error));
    },
    release() {
      client.off('error', onError);
      client.release(broken);
    },
  };
}

async function run<T>(
  pool: Pool,
  sql: string,
  params: unknown[] | undefined,
): Promise<{ rows: T[]; rowCount: number }> {
  const c = await checkout(pool);
  try {
    return await exec<T>(c.client, sql, params);
  } catch (error) {
    c.fail(error);
    throw error;
  } finally {
    c.release();
  }
}

/** A Db over a node-postgres pool: a PostgreSQL server, or PGlite through its node-postgres adapter. */
function poolDb(kind: Db['kind'], pool: Pool, onClose: () => Promise<void>): Db {
  async function begin(): Promise<Transaction> {
    const c = await checkout(pool);
    try {
      await c.client.query('BEGIN');
    } catch (error) {
      c.fail(error);
      c.release();
      throw error;
    }
    let done = false;
    const end = async (sql: 'COMMIT' | 'ROLLBACK', last?: string) => {
      if (done) return;
      done = true;
      try {
        await c.client.query(last ? `${last};\n${sql}` : sql);
      } catch (error) {
        c.fail(error);
        if (sql === 'COMMIT') {
          await c.client.query('ROLLBACK').catch(c.fail);
          throw error;
        }
      } finally {
        c.release();
      }
    };
    return {
      get done() {
        return done;
      },
      async query(sql, params) {
        if (done) throw new Error('transaction already ended');
        try {
          return await exec(c.client, sql, params);
        } catch (error) {
          c.fail(error);
          throw error;
        }
      },
      commit: () => end('COMMIT'),
      commitWith: (last) => end('COMMIT', last),
      rollback: () => end('ROLLBACK'),
    };
  }
  return {
    kind,
    query: (sql, params) => run(pool, sql, params),
    begin,
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
      max: pool.options.max ?? 10,
    }),
    async transaction(fn) {
      const tx = await begin();
      try {
        const result = await fn(tx);
        await tx.commit();
        return result;
      } catch (error) {
        await tx.rollback();
        throw error;
      }
    },
    async close() {
      await pool.end();
      await onClose();
    },
  };
}

async function openPg(url: string, schema: string | undefined, poolSize: number): Promise<Db> {
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
    max: poolSize,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  return poolDb('pg', pool, async () => {});
}

async function openPglite(dataDir: string, schema: string | undefined): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig, PglitePgConnection } = await import('@electric-sql/pglite/node-postgres');
  const pg = await loadPg();
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create({ dataDir });
  // PGlite is one session: its search path holds for every query that follows
  if (schema)
    await lite.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`);
  const { connection: _shared, ...config } = createPgConfig(lite) as unknown as Record<
    string,
    unknown
  >;
  // Each client gets a protocol connection of its own: the adapter's config shares one, and a
  // client the pool drops ends it — which would end the client that replaces it as well.
  class PgliteClient extends pg.Client {
    constructor(options: Record<string, unknown>) {
      super({ ...options, connection: new PglitePgConnection({ pglite: lite }) } as never);
    }
  }
  // One connection, so one client at a time: a transaction has the database to itself, as with
  // PGlite's own transaction(); the client is never dropped for being idle.
  const pool = new pg.Pool({
    ...(config as ConstructorParameters<Pg['Pool']>[0]),
    Client: PgliteClient as never,
    max: 1,
    idleTimeoutMillis: 0,
  });
  pool.on('error', () => {});
  // The session outlives a dropped client: a new one starts outside any transaction it left open
  // and without the statements it had prepared (node-postgres prepares them again by name).
  pool.on('connect', (client) => {
    client.query('ROLLBACK; DEALLOCATE ALL').catch(() => {});
  });
  return poolDb('pglite', pool, () => lite.close());
}
