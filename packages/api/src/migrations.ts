import type { Db } from './db.js';

/**
 * The one set of migrations, run in order at start-up and by `zorghub db migrate`. Each runs in a
 * transaction and is recorded in `zorghub_migrations`; never edit a released migration, add one.
 */
export const migrations: ReadonlyArray<{ id: string; sql: string }> = [
  {
    id: '0001_core',
    sql: `
-- Every record of the standard, one row each; the columns are what scoping and the work need,
-- the record itself is kept exactly as the standard defines it in data.
CREATE TABLE records (
  hub_id text NOT NULL,
  entity text NOT NULL,
  id text NOT NULL,
  care_org_id text,
  client_id text,
  participant_id text,
  parent_id text,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (hub_id, entity, id)
);
CREATE INDEX records_care_org ON records (hub_id, entity, care_org_id, id);
CREATE INDEX records_participant ON records (hub_id, entity, participant_id, id);
CREATE INDEX records_client ON records (hub_id, entity, client_id, id);
CREATE INDEX records_parent ON records (hub_id, entity, parent_id);

CREATE TABLE api_keys (
  id text PRIMARY KEY,
  hash text NOT NULL UNIQUE,
  hub_id text NOT NULL,
  org_id text NOT NULL,
  role text NOT NULL,
  participant_id text,
  label text,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE idempotency_keys (
  hub_id text NOT NULL,
  principal text NOT NULL,
  key text NOT NULL,
  fingerprint text NOT NULL,
  status integer NOT NULL,
  body text NOT NULL,
  location text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (hub_id, principal, key)
);

CREATE TABLE invoice_runs (
  hub_id text NOT NULL,
  care_org_id text NOT NULL,
  period text NOT NULL,
  invoice_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (hub_id, care_org_id, period)
);

CREATE TABLE retention_runs (
  id bigserial PRIMARY KEY,
  hub_id text NOT NULL,
  ran_at timestamptz NOT NULL DEFAULT now(),
  entity text NOT NULL,
  action text NOT NULL,
  count integer NOT NULL,
  cutoff timestamptz NOT NULL
);

-- NEN 7513 access log: append-only and hash-chained.
CREATE TABLE access_log (
  seq bigserial PRIMARY KEY,
  hub_id text NOT NULL,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  actor_org text NOT NULL,
  actor_role text NOT NULL,
  on_behalf_of text NOT NULL,
  action text NOT NULL,
  object_type text NOT NULL,
  object_id text,
  client_id text,
  result text NOT NULL,
  origin text NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX access_log_client ON access_log (hub_id, client_id, at);

CREATE FUNCTION access_log_refuse_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('zorghub.access_log_purge', true) = 'on'
     AND OLD.at < now() - make_interval(days => coalesce(nullif(current_setting('zorghub.access_log_retention_days', true), '')::int, 1827)) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'access_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();
`,
  },
  {
    id: '0002_visit_period_index',
    // Booking counts the hours already planned under a subscription in one period; without this
    // index that is a scan of every visit of the subscription.
    sql: `
CREATE INDEX records_parent_start ON records (hub_id, entity, parent_id, (substring(data->>'geplandStartOp', 1, 10)));
`,
  },
];

/** Applies the migrations that have not run yet; returns the ids it applied. */
export async function migrate(db: Db): Promise<string[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS zorghub_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      // One migrator at a time when several servers start against one database.
      await tx.query('SELECT pg_advisory_xact_lock(7513001)');
      const seen = await tx.query('SELECT 1 FROM zorghub_migrations WHERE id = $1', [migration.id]);
      if (seen.rows.length > 0) return false;
      for (const statement of splitSql(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO zorghub_migrations (id) VALUES ($1)', [migration.id]);
      return true;
    });
    if (done) applied.push(migration.id);
  }
  return applied;
}

/** Splits on semicolons at line ends, keeping `$$ … $$` bodies whole. */
function splitSql(sql: string): string[] {
  const out: string[] = [];
  let current = '';
  let inBody = false;
  for (const line of sql.split('\n')) {
    if (line.trimStart().startsWith('--')) continue;
    current += `${line}\n`;
    const dollars = line.split('$$').length - 1;
    if (dollars % 2 === 1) inBody = !inBody;
    if (!inBody && line.trimEnd().endsWith(';')) {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
