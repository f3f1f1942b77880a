// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The server's configuration from the environment (and `.env`, when there is one). Every variable is
 * checked against `variables.ts`; a wrong value is refused with the variable's name, what it expects
 * and what was found, never silently replaced by a default. With `NODE_ENV=production` the data
 * store must be chosen explicitly (`DATABASE_URL` or `ZORGHUB_DATA_DIR`): a server in production that
 * quietly writes into `.zorghub/data` of whatever folder it was started in loses data on the next
 * deploy.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OidcOptions } from '../auth.js';
import { DEFAULT_SPECIAL_FIELD_ROLES } from '../privacy.js';
import type { Role } from '../types.js';
import {
  OTHER_TOOL_VARIABLES,
  type TrustProxy,
  type VariableName,
  variables,
} from './variables.js';

export interface ServerEnv {
  production: boolean;
  databaseUrl?: string;
  dataDir?: string;
  host: string;
  port: number;
  dbPool: number;
  trustProxy: TrustProxy;
  corsOrigins: string[];
  rateLimit: number;
  rateLimitFailedLogins: number;
  /** Roles that see optional special fields in responses (ZORGHUB_PRIVACY_SPECIAL_ROLES). */
  specialFieldRoles: Role[];
  logLevel: string;
  retention: { signalDays: number; clientDays: number };
  oidc?: OidcOptions;
  metrics?: { token: string; port?: number };
  demoDir?: string;
  /** The region's zorghub.config.ts (ZORGHUB_CONFIG), as given; loaded by `loadRegionConfig`. */
  configFile?: string;
}

/** The configuration cannot be used; `problems` has one line per variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `de configuratie is niet bruikbaar / the configuration cannot be used:\n  ${problems.join('\n  ')}`,
    );
    this.name = 'ConfigError';
  }
}

const shown = (value: string) =>
  JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);

/** Reads and checks the environment; never throws: problems and warnings are returned. */
export function readServerEnv(env: NodeJS.ProcessEnv = process.env): {
  config: ServerEnv;
  problems: string[];
  warnings: string[];
} {
  const problems: string[] = [];
  const warnings: string[] = [];
  // An empty value (compose's `${X:-}`, an empty Helm value) means "not set".
  const raw = (name: VariableName) => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value;
  };
  const get = <N extends VariableName>(name: N): ReturnType<(typeof variables)[N]['parse']> => {
    const value = raw(name);
    if (value === undefined) return undefined as never;
    const variable = variables[name];
    const result = variable.parse(value);
    if (result === undefined)
      problems.push(
        `${name}: verwacht / expected ${variable.expects.en}; gevonden / found ${shown(name.includes('TOKEN') || name === 'DATABASE_URL' ? value.replace(/\/\/[^@/]*@/, '//…@') : value)}`,
      );
    return result as never;
  };

  const production = raw('NODE_ENV') === 'production';
  const databaseUrl = get('DATABASE_URL');
  const dataDir = get('ZORGHUB_DATA_DIR');
  if (production && !raw('DATABASE_URL') && !raw('ZORGHUB_DATA_DIR'))
    problems.push(
      'DATABASE_URL of/or ZORGHUB_DATA_DIR: ontbreekt / missing; met NODE_ENV=production moet de ' +
        'opslag gekozen zijn / with NODE_ENV=production choose the store: DATABASE_URL=postgres://… ' +
        'or ZORGHUB_DATA_DIR=/var/lib/zorghub',
    );

  const issuer = get('ZORGHUB_OIDC_ISSUER');
  const audience = get('ZORGHUB_OIDC_AUDIENCE');
  const jwksUrl = get('ZORGHUB_OIDC_JWKS_URL');
  const jwksFile = get('ZORGHUB_OIDC_JWKS_FILE');
  const clientId = get('ZORGHUB_OIDC_CLIENT_ID');
  const scope = get('ZORGHUB_OIDC_SCOPE');
  const resource = get('ZORGHUB_OIDC_RESOURCE');
  if (raw('ZORGHUB_OIDC_ISSUER') && !raw('ZORGHUB_OIDC_AUDIENCE'))
    problems.push(
      `ZORGHUB_OIDC_AUDIENCE: ontbreekt / missing; ZORGHUB_OIDC_ISSUER is set, so tokens need ${variables.ZORGHUB_OIDC_AUDIENCE.expects.en}`,
    );
  if (
    !raw('ZORGHUB_OIDC_ISSUER') &&
    (raw('ZORGHUB_OIDC_AUDIENCE') || jwksUrl || jwksFile || clientId || scope || resource)
  )
    problems.push(
      'ZORGHUB_OIDC_ISSUER: ontbreekt / missing; the other ZORGHUB_OIDC_ variables are set, but OIDC needs the issuer URL too',
    );
  if (jwksFile && !existsSync(resolve(jwksFile)))
    problems.push(
      `ZORGHUB_OIDC_JWKS_FILE: verwacht / expected an existing JWKS file; gevonden / found ${shown(jwksFile)}, which does not exist`,
    );

  const metricsToken = get('ZORGHUB_METRICS_TOKEN');
  const metricsPort = get('ZORGHUB_METRICS_PORT');
  if (metricsPort !== undefined && !metricsToken)
    problems.push(
      `ZORGHUB_METRICS_TOKEN: ontbreekt / missing; ZORGHUB_METRICS_PORT is set, and /metrics needs ${variables.ZORGHUB_METRICS_TOKEN.expects.en}`,
    );

  const config: ServerEnv = {
    production,
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(dataDir ? { dataDir } : {}),
    host: get('ZORGHUB_HOST') ?? '127.0.0.1',
    port: get('ZORGHUB_PORT') ?? 3000,
    dbPool: get('ZORGHUB_DB_POOL') ?? 10,
    trustProxy: get('ZORGHUB_TRUST_PROXY') ?? false,
    corsOrigins: get('ZORGHUB_CORS_ORIGINS') ?? [],
    rateLimit: get('ZORGHUB_RATE_LIMIT') ?? 600,
    rateLimitFailedLogins: get('ZORGHUB_RATE_LIMIT_FAILED_LOGINS') ?? 30,
    specialFieldRoles: get('ZORGHUB_PRIVACY_SPECIAL_ROLES') ?? [...DEFAULT_SPECIAL_FIELD_ROLES],
    logLevel: get('ZORGHUB_LOG_LEVEL') ?? 'info',
    retention: {
      signalDays: get('ZORGHUB_RETENTION_SIGNAL_DAYS') ?? 730,
      clientDays: get('ZORGHUB_RETENTION_CLIENT_DAYS') ?? 730,
    },
    ...(issuer && audience
      ? {
          oidc: {
            issuer,
            audience,
            jwksUrl,
            jwksFile,
            ...(clientId ? { clientId } : {}),
            ...(scope ? { scope } : {}),
            ...(resource ? { resource } : {}),
          },
        }
      : {}),
    ...(metricsToken
      ? {
          metrics: {
            token: metricsToken,
            ...(metricsPort !== undefined ? { port: metricsPort } : {}),
          },
        }
      : {}),
    ...(raw('ZORGHUB_DEMO_DIR') ? { demoDir: get('ZORGHUB_DEMO_DIR') } : {}),
    ...(raw('ZORGHUB_CONFIG') ? { configFile: get('ZORGHUB_CONFIG') } : {}),
  };

  // A misspelt variable would otherwise be ignored without a word.
  for (const name of Object.keys(env)) {
    if (!name.startsWith('ZORGHUB_') || name in variables || OTHER_TOOL_VARIABLES.has(name))
      continue;
    if (/^ZORGHUB_(TEST|README|DEBIAN|BENCH|UPDATE)_/.test(name)) continue;
    warnings.push(`${name}: onbekende variabele, genegeerd / unknown variable, ignored`);
  }
  return { config, problems, warnings };
}

/** The checked configuration; throws a ConfigError naming every wrong or missing variable. */
export function serverEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const { config, problems } = readServerEnv(env);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * Loads `.env` from `dir` when it exists (Node's own parser); variables already set win. Returns the
 * file's path, or undefined when there is none.
 */
export function loadDotEnv(dir = process.cwd()): string | undefined {
  const path = resolve(dir, '.env');
  if (!existsSync(path)) return undefined;
  try {
    process.loadEnvFile(path);
  } catch (error) {
    throw new ConfigError([
      `${path}: kan niet gelezen worden / cannot be read (${error instanceof Error ? error.message.split('\n')[0] : error})`,
    ]);
  }
  return path;
}
