// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditKeyFromEnv } from '../audit.js';
import { accessLogRetentionDays, checkpointSeconds } from '../audit-verify.js';
import { readServerEnv } from './env.js';
import { parseTrustProxy, variables } from './variables.js';

const repo = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

describe('the server configuration from the environment', () => {
  it('has defaults when nothing is set', () => {
    const { config, problems } = readServerEnv({});
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      dbPool: 10,
      trustProxy: false,
      rateLimit: 600,
      corsOrigins: [],
      logLevel: 'info',
      retention: { signalDays: 730, clientDays: 730 },
    });
  });

  it('reads every value it documents', () => {
    const { config, problems } = readServerEnv({
      DATABASE_URL: 'postgres://zorghub@db:5432/zorghub',
      ZORGHUB_HOST: '0.0.0.0',
      ZORGHUB_PORT: '8080',
      ZORGHUB_DB_POOL: '25',
      ZORGHUB_TRUST_PROXY: '10.0.0.0/8, loopback',
      ZORGHUB_CORS_ORIGINS: 'https://app.example.nl,http://localhost:5173',
      ZORGHUB_RATE_LIMIT: '120',
      ZORGHUB_LOG_LEVEL: 'warn',
      ZORGHUB_RETENTION_SIGNAL_DAYS: '365',
      ZORGHUB_OIDC_ISSUER: 'https://login.example.nl/realms/hub',
      ZORGHUB_OIDC_AUDIENCE: 'zorghub-api',
      ZORGHUB_METRICS_TOKEN: 'a-long-enough-secret',
      ZORGHUB_METRICS_PORT: '9464',
    });
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      databaseUrl: 'postgres://zorghub@db:5432/zorghub',
      host: '0.0.0.0',
      port: 8080,
      dbPool: 25,
      trustProxy: ['10.0.0.0/8', 'loopback'],
      corsOrigins: ['https://app.example.nl', 'http://localhost:5173'],
      rateLimit: 120,
      logLevel: 'warn',
      retention: { signalDays: 365, clientDays: 730 },
      oidc: { issuer: 'https://login.example.nl/realms/hub', audience: 'zorghub-api' },
      metrics: { token: 'a-long-enough-secret', port: 9464 },
    });
  });

  it('names each wrong variable, what it expects and what it found', () => {
    const { problems } = readServerEnv({
      ZORGHUB_PORT: '80a',
      ZORGHUB_DB_POOL: '0',
      ZORGHUB_TRUST_PROXY: '10.0.0.0/33',
      ZORGHUB_CORS_ORIGINS: 'app.example.nl',
      ZORGHUB_LOG_LEVEL: 'verbose',
      DATABASE_URL: 'mysql://root:geheim@db/zorghub',
    });
    expect(problems).toHaveLength(6);
    expect(problems).toContain(
      'ZORGHUB_PORT: verwacht / expected port, a whole number 0–65535; gevonden / found "80a"',
    );
    expect(problems.find((p) => p.startsWith('ZORGHUB_DB_POOL:'))).toMatch(/1–1000.*"0"/);
    expect(problems.find((p) => p.startsWith('ZORGHUB_TRUST_PROXY:'))).toMatch(/"10\.0\.0\.0\/33"/);
    expect(problems.find((p) => p.startsWith('ZORGHUB_CORS_ORIGINS:'))).toMatch(/app\.example\.nl/);
    expect(problems.find((p) => p.startsWith('ZORGHUB_LOG_LEVEL:'))).toMatch(/one of fatal/);
    // A password in the URL is not repeated back.
    const db = problems.find((p) => p.startsWith('DATABASE_URL:'))!;
    expect(db).toMatch(/postgres:\/\//);
    expect(db).not.toContain('geheim');
  });

  it('in production refuses to start without a chosen data store', () => {
    const { problems } = readServerEnv({ NODE_ENV: 'production' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^DATABASE_URL of\/or ZORGHUB_DATA_DIR: ontbreekt \/ missing/);
    expect(readServerEnv({ NODE_ENV: 'production', ZORGHUB_DATA_DIR: '/data' }).problems).toEqual(
      [],
    );
  });

  it('wants OIDC settings together and metrics with a credential', () => {
    expect(readServerEnv({ ZORGHUB_OIDC_ISSUER: 'https://login.example.nl' }).problems).toEqual([
      expect.stringMatching(/^ZORGHUB_OIDC_AUDIENCE: ontbreekt/),
    ]);
    expect(readServerEnv({ ZORGHUB_OIDC_AUDIENCE: 'api' }).problems).toEqual([
      expect.stringMatching(/^ZORGHUB_OIDC_ISSUER: ontbreekt/),
    ]);
    expect(readServerEnv({ ZORGHUB_METRICS_PORT: '9464' }).problems).toEqual([
      expect.stringMatching(/^ZORGHUB_METRICS_TOKEN: ontbreekt/),
    ]);
    expect(readServerEnv({ ZORGHUB_METRICS_TOKEN: 'short' }).problems).toEqual([
      expect.stringMatching(/^ZORGHUB_METRICS_TOKEN: .*16 characters/),
    ]);
  });

  it('treats an empty value as not set (compose and Helm write empty strings)', () => {
    const { config, problems } = readServerEnv({ ZORGHUB_OIDC_ISSUER: '', ZORGHUB_PORT: ' ' });
    expect(problems).toEqual([]);
    expect(config.oidc).toBeUndefined();
    expect(config.port).toBe(3000);
  });

  it('takes every variable set empty as not set, as the deploy templates write them', () => {
    const empty = Object.fromEntries(Object.keys(variables).map((name) => [name, '']));
    const { config, problems, warnings } = readServerEnv(empty);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(config).toMatchObject({ port: 3000, dbPool: 10, trustProxy: false, rateLimit: 600 });
    expect(config.configFile).toBeUndefined();
    // The access-log settings are read where they are used; there too empty means the default.
    expect(auditKeyFromEnv(empty)).toBeUndefined();
    expect(accessLogRetentionDays(empty)).toBe(1827);
    expect(checkpointSeconds(empty)).toBe(300);
    expect(checkpointSeconds({ ZORGHUB_AUDIT_CHECKPOINT_SECONDS: '0' })).toBe(0);
  });

  it('warns about an unknown ZORGHUB_ variable instead of ignoring it silently', () => {
    const { warnings, problems } = readServerEnv({ ZORGHUB_RATELIMIT: '10' });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/^ZORGHUB_RATELIMIT: .*unknown variable/)]);
  });

  it('parses trustProxy as Fastify takes it', () => {
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('FALSE')).toBe(false);
    // A hop count says nothing about who the peer is; Fastify 5.12 would ignore it silently.
    expect(parseTrustProxy('2')).toBeUndefined();
    expect(parseTrustProxy('192.168.1.1,::1,fd00::/8')).toEqual(['192.168.1.1', '::1', 'fd00::/8']);
    expect(parseTrustProxy('proxy.example.nl')).toBeUndefined();
  });

  it('every variable is in the README table and on the guide’s production page (nl and en)', () => {
    const docs = {
      'packages/api/README.md': readFileSync(repo('packages/api/README.md'), 'utf8'),
      'docs-site/docs/api/in-productie.md': readFileSync(
        repo('docs-site/docs/api/in-productie.md'),
        'utf8',
      ),
      'docs-site/i18n/en/…/api/in-productie.md': readFileSync(
        repo('docs-site/i18n/en/docusaurus-plugin-content-docs/current/api/in-productie.md'),
        'utf8',
      ),
    };
    const missing: string[] = [];
    for (const [file, text] of Object.entries(docs)) {
      const rows = text.split('\n').filter((l) => l.startsWith('|'));
      for (const name of Object.keys(variables))
        if (!rows.some((r) => r.includes(`\`${name}\``))) missing.push(`${file}: ${name}`);
    }
    expect(missing).toEqual([]);
  });
});
