// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
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
  {
    id: '0003_access_log_nen7513',
    // The access log's purpose (doelbinding), the clients a list or export returned, entries keyed
    // with an HMAC whose key is kept outside the database (v2), and signed checkpoints that anchor
    // both ends of the chain; replays keep their ETag.
    sql: `
ALTER TABLE access_log ADD COLUMN v smallint NOT NULL DEFAULT 1;
ALTER TABLE access_log ADD COLUMN purpose text NOT NULL DEFAULT '';
ALTER TABLE access_log ADD COLUMN client_ids text[];
ALTER TABLE access_log ADD COLUMN key_id text;
CREATE INDEX access_log_client_ids ON access_log USING gin (client_ids);

CREATE TABLE access_log_checkpoints (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  seq bigint NOT NULL,
  hash text NOT NULL,
  entries bigint NOT NULL,
  at timestamptz NOT NULL,
  key_id text,
  mac text NOT NULL
);

CREATE FUNCTION access_log_checkpoints_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'access_log_checkpoints is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_log_checkpoints_append_only BEFORE UPDATE OR DELETE ON access_log_checkpoints
  FOR EACH ROW EXECUTE FUNCTION access_log_checkpoints_refuse_change();

ALTER TABLE idempotency_keys ADD COLUMN etag text;
`,
  },
  {
    id: '0004_rate_limit_counts',
    // Request counts per credential and failed logins per address, shared by every API process on
    // one database (plugins/rate-counter.ts); a row per key and current window.
    sql: `
CREATE TABLE rate_limit_counts (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  window_end timestamptz NOT NULL
);
`,
  },
  {
    id: '0005_api_key_expiry',
    // A key may be given an end date; after it the key is refused like a revoked one.
    sql: `
ALTER TABLE api_keys ADD COLUMN expires_at timestamptz;
`,
  },
  {
    id: '0006_households',
    // Private households (issue 17): the household a record belongs to (its scope for role
    // particulier), the household of a household's credential, the one-time sign-in tokens (hashed
    // only) and the outbox of rendered messages (the only place an e-mail address is copied to).
    sql: `
ALTER TABLE records ADD COLUMN household_id text;
CREATE INDEX records_household ON records (hub_id, entity, household_id, id);
ALTER TABLE api_keys ADD COLUMN household_id text;

CREATE TABLE household_tokens (
  hash text PRIMARY KEY,
  hub_id text NOT NULL,
  household_id text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE uitgaande_berichten (
  id text PRIMARY KEY,
  hub_id text NOT NULL,
  kind text NOT NULL,
  to_address text NOT NULL,
  language text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX uitgaande_berichten_hub ON uitgaande_berichten (hub_id, created_at, id);
`,
  },
];

/**
 * Applies the migrations that have not run yet; returns the ids it applied. `only` limits them to
 * a set (a restore first brings an empty database to the level its backup was made at).
 */
export async function migrate(
  db: Db,
  options: { only?: ReadonlySet<string> } = {},
): Promise<string[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS zorghub_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    if (options.only && !options.only.has(migration.id)) continue;
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
