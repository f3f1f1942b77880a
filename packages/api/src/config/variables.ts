// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Every environment variable the server reads, in one table: its name, what it expects (nl/en), its
 * default, and how its text becomes a value. The README's table and the guide's production page are
 * checked against this list (`env.test.ts`), so a new variable is documented or the test fails.
 */
import { isIP } from 'node:net';
import { z } from 'zod';
import { parseAuditKey } from '../audit.js';
import { ROLES, type Role } from '../types.js';

export interface Variable<T = unknown> {
  name: string;
  /** What a valid value looks like, in Dutch and English. */
  expects: { nl: string; en: string };
  /** The default, as the documentation shows it; undefined when there is none. */
  default?: string;
  /** Parses the (non-empty) text; returns undefined when the text is not what `expects` says. */
  parse(text: string): T | undefined;
}

const parsed =
  <T>(schema: z.ZodType<T>) =>
  (text: string): T | undefined => {
    const result = schema.safeParse(text);
    return result.success ? result.data : undefined;
  };

const wholeNumber = (min: number, max: number) =>
  parsed(z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max)));

const url = (protocols: string[]) =>
  parsed(
    z.string().refine((s) => {
      try {
        return protocols.includes(new URL(s).protocol);
      } catch {
        return false;
      }
    }),
  );

/** An audit key: at least 32 bytes as hex or base64. */
const auditKey = (text: string): string | undefined => {
  try {
    parseAuditKey(text.trim());
    return text.trim();
  } catch {
    return undefined;
  }
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Names proxy-addr (Fastify's trustProxy) accepts besides addresses and CIDRs. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrCidr(item: string): boolean {
  if (PROXY_NAMES.has(item)) return true;
  const [address, bits, ...rest] = item.split('/');
  if (rest.length > 0 || !address) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (version === 4 ? 32 : 128);
}

/**
 * `ZORGHUB_TRUST_PROXY`, as Fastify's `trustProxy` takes it: true/false or the proxies' addresses.
 * A hop count is refused: Fastify 5.12 ignores the header for any count ("fail closed", since a
 * count cannot tell the proxy from a client sending enough hops), so accepting one would be a
 * setting that silently does nothing.
 */
export type TrustProxy = boolean | string[];

export function parseTrustProxy(text: string): TrustProxy | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'true') return true;
  if (t === 'false') return false;
  if (/^\d+$/.test(t)) return undefined;
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length > 0 && items.every(isAddressOrCidr) ? items : undefined;
}

/** Roles, comma-separated, each one of the API's roles; `-` for none. */
export function parseRoles(text: string): Role[] | undefined {
  if (text.trim() === '-') return [];
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length > 0 && items.every((r) => (ROLES as readonly string[]).includes(r))
    ? (items as Role[])
    : undefined;
}

function parseOrigins(text: string): string[] | undefined {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const isOrigin = (s: string) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === s;
    } catch {
      return false;
    }
  };
  return items.every(isOrigin) ? items : undefined;
}

const text = (min = 1) => parsed(z.string().min(min));

export const variables = {
  NODE_ENV: {
    name: 'NODE_ENV',
    expects: {
      nl: '`production` op een server: dan moet de gegevensopslag expliciet zijn ingesteld',
      en: '`production` on a server: the data store must then be set explicitly',
    },
    parse: text(),
  },
  DATABASE_URL: {
    name: 'DATABASE_URL',
    expects: {
      nl: 'adres van een PostgreSQL-server, `postgres://gebruiker@host:5432/database`',
      en: 'address of a PostgreSQL server, `postgres://user@host:5432/database`',
    },
    default: 'ingebouwde PGlite / embedded PGlite',
    parse: url(['postgres:', 'postgresql:']),
  },
  ZORGHUB_DATA_DIR: {
    name: 'ZORGHUB_DATA_DIR',
    expects: {
      nl: 'map voor de ingebouwde database (PGlite)',
      en: 'folder for the embedded database (PGlite)',
    },
    default: '`.zorghub/data`',
    parse: text(),
  },
  ZORGHUB_HOST: {
    name: 'ZORGHUB_HOST',
    expects: {
      nl: 'adres waarop de server luistert, bijvoorbeeld `0.0.0.0` in een container',
      en: 'address the server listens on, e.g. `0.0.0.0` in a container',
    },
    default: '`127.0.0.1`',
    parse: parsed(z.string().regex(/^[A-Za-z0-9.:[\]-]+$/)),
  },
  ZORGHUB_PORT: {
    name: 'ZORGHUB_PORT',
    expects: { nl: 'poortnummer, een geheel getal 0–65535', en: 'port, a whole number 0–65535' },
    default: '`3000`',
    parse: wholeNumber(0, 65535),
  },
  ZORGHUB_DB_POOL: {
    name: 'ZORGHUB_DB_POOL',
    expects: {
      nl: 'aantal verbindingen met PostgreSQL, een geheel getal 1–1000',
      en: 'connections to PostgreSQL, a whole number 1–1000',
    },
    default: '`10`',
    parse: wholeNumber(1, 1000),
  },
  ZORGHUB_TRUST_PROXY: {
    name: 'ZORGHUB_TRUST_PROXY',
    expects: {
      nl: '`true`, `false` of de adressen/CIDR’s van de eigen proxies, komma-gescheiden (`10.0.0.0/8,loopback`); alleen van hen telt `X-Forwarded-For` (geen aantal hops: dat zegt niet wie de proxy is)',
      en: '`true`, `false` or the addresses/CIDRs of your own proxies, comma-separated (`10.0.0.0/8,loopback`); only from them does `X-Forwarded-For` count (not a hop count: that does not say who the proxy is)',
    },
    default: '`false`',
    parse: parseTrustProxy,
  },
  ZORGHUB_CORS_ORIGINS: {
    name: 'ZORGHUB_CORS_ORIGINS',
    expects: {
      nl: 'herkomsten die de API vanuit een browser mogen aanroepen, komma-gescheiden (`https://app.example.nl`)',
      en: 'origins allowed to call the API from a browser, comma-separated (`https://app.example.nl`)',
    },
    default: 'geen / none',
    parse: parseOrigins,
  },
  ZORGHUB_RATE_LIMIT: {
    name: 'ZORGHUB_RATE_LIMIT',
    expects: {
      nl: 'verzoeken per minuut per sleutel, een geheel getal 1–1000000',
      en: 'requests per minute per credential, a whole number 1–1000000',
    },
    default: '`600`',
    parse: wholeNumber(1, 1_000_000),
  },
  ZORGHUB_RATE_LIMIT_FAILED_LOGINS: {
    name: 'ZORGHUB_RATE_LIMIT_FAILED_LOGINS',
    expects: {
      nl: 'mislukte aanmeldingen per minuut per clientadres (daarna 429, ook voor een goede sleutel), een geheel getal 1–1000000',
      en: 'failed logins per minute per client address (then 429, even for a good key), a whole number 1–1000000',
    },
    default: '`30`',
    parse: wholeNumber(1, 1_000_000),
  },
  ZORGHUB_PRIVACY_SPECIAL_ROLES: {
    name: 'ZORGHUB_PRIVACY_SPECIAL_ROLES',
    expects: {
      nl: `rollen die bijzondere velden (x-privacy special, zoals de tekst van een signaal) in antwoorden zien, komma-gescheiden uit ${ROLES.join(', ')}, of \`-\` voor geen`,
      en: `roles that see special fields (x-privacy special, such as a signal's text) in responses, comma-separated from ${ROLES.join(', ')}, or \`-\` for none`,
    },
    default: '`zorgorganisatie,medewerker`',
    parse: parseRoles,
  },
  ZORGHUB_LOG_LEVEL: {
    name: 'ZORGHUB_LOG_LEVEL',
    expects: { nl: `een van ${LOG_LEVELS.join(', ')}`, en: `one of ${LOG_LEVELS.join(', ')}` },
    default: '`info`',
    parse: parsed(z.enum(LOG_LEVELS)),
  },
  ZORGHUB_RETENTION_SIGNAL_DAYS: {
    name: 'ZORGHUB_RETENTION_SIGNAL_DAYS',
    expects: {
      nl: 'dagen waarna signalen worden verwijderd, een geheel getal 1–36500',
      en: 'days after which signals are deleted, a whole number 1–36500',
    },
    default: '`730`',
    parse: wholeNumber(1, 36_500),
  },
  ZORGHUB_RETENTION_CLIENT_DAYS: {
    name: 'ZORGHUB_RETENTION_CLIENT_DAYS',
    expects: {
      nl: 'dagen waarna beëindigde cliënten worden geanonimiseerd, een geheel getal 1–36500',
      en: 'days after which ended clients are anonymised, a whole number 1–36500',
    },
    default: '`730`',
    parse: wholeNumber(1, 36_500),
  },
  ZORGHUB_OIDC_ISSUER: {
    name: 'ZORGHUB_OIDC_ISSUER',
    expects: {
      nl: 'issuer-URL van de OpenID-provider (samen met `ZORGHUB_OIDC_AUDIENCE`)',
      en: 'issuer URL of the OpenID provider (together with `ZORGHUB_OIDC_AUDIENCE`)',
    },
    default: 'geen OIDC / no OIDC',
    parse: url(['https:', 'http:']),
  },
  ZORGHUB_OIDC_AUDIENCE: {
    name: 'ZORGHUB_OIDC_AUDIENCE',
    expects: {
      nl: 'de audience (`aud`) die tokens voor deze API hebben',
      en: 'the audience (`aud`) of tokens for this API',
    },
    parse: text(),
  },
  ZORGHUB_OIDC_JWKS_URL: {
    name: 'ZORGHUB_OIDC_JWKS_URL',
    expects: {
      nl: 'URL van de sleutelset (JWKS) van de provider',
      en: 'URL of the provider’s key set (JWKS)',
    },
    default: 'uit de issuer / from the issuer',
    parse: url(['https:', 'http:']),
  },
  ZORGHUB_OIDC_JWKS_FILE: {
    name: 'ZORGHUB_OIDC_JWKS_FILE',
    expects: {
      nl: 'pad naar een JWKS-bestand (in plaats van de URL)',
      en: 'path to a JWKS file (instead of the URL)',
    },
    parse: text(),
  },
  ZORGHUB_OIDC_CLIENT_ID: {
    name: 'ZORGHUB_OIDC_CLIENT_ID',
    expects: {
      nl: 'client-id van de app bij de provider (een publieke client met PKCE, zonder geheim); zet de knop "Inloggen met uw organisatie-account" aan',
      en: 'the app’s client id at the provider (a public client with PKCE, no secret); turns on the "sign in with your organisation account" button',
    },
    default: 'alleen API-sleutels in de app / API keys only in the app',
    parse: text(),
  },
  ZORGHUB_OIDC_SCOPE: {
    name: 'ZORGHUB_OIDC_SCOPE',
    expects: {
      nl: 'scopes die de app vraagt, met spaties gescheiden (`openid` hoort erbij)',
      en: 'scopes the app asks for, separated by spaces (including `openid`)',
    },
    default: '`openid`',
    parse: text(),
  },
  ZORGHUB_OIDC_RESOURCE: {
    name: 'ZORGHUB_OIDC_RESOURCE',
    expects: {
      nl: 'resource indicator (RFC 8707) die de app meestuurt, zodat het access token voor deze API is',
      en: 'resource indicator (RFC 8707) the app sends, so that the access token is for this API',
    },
    default: 'geen / none',
    parse: text(),
  },
  ZORGHUB_METRICS_TOKEN: {
    name: 'ZORGHUB_METRICS_TOKEN',
    expects: {
      nl: 'geheim van minstens 16 tekens; Prometheus stuurt het als `Authorization: Bearer …` naar `/metrics`',
      en: 'a secret of at least 16 characters; Prometheus sends it as `Authorization: Bearer …` to `/metrics`',
    },
    default: 'geen metrics / no metrics',
    parse: text(16),
  },
  ZORGHUB_METRICS_PORT: {
    name: 'ZORGHUB_METRICS_PORT',
    expects: {
      nl: 'eigen poort voor `/metrics` (0–65535); zonder: dezelfde poort als de API',
      en: 'a port of its own for `/metrics` (0–65535); without it: the API’s port',
    },
    default: 'poort van de API / the API’s port',
    parse: wholeNumber(0, 65535),
  },
  ZORGHUB_CONFIG: {
    name: 'ZORGHUB_CONFIG',
    expects: {
      nl: 'pad naar de `zorghub.config.ts` van de regio (of `.mjs`/`.js`/`.json` met dezelfde inhoud): organisatie, gemeentecode, uurtarief en diensten; `zorghub serve --config` zet hem',
      en: 'path to the region’s `zorghub.config.ts` (or a `.mjs`/`.js`/`.json` of the same shape): organisation, municipality code, hourly tariff and services; `zorghub serve --config` sets it',
    },
    default: 'geen regioconfiguratie / no region configuration',
    parse: text(),
  },
  ZORGHUB_DEMO_DIR: {
    name: 'ZORGHUB_DEMO_DIR',
    expects: {
      nl: 'map met een datapakket voor `serve --demo`',
      en: 'folder with a data package for `serve --demo`',
    },
    default: 'de Delftse voorbeelddata / the Delft example data',
    parse: text(),
  },
  ZORGHUB_AUDIT_KEY: {
    name: 'ZORGHUB_AUDIT_KEY',
    expects: {
      nl: 'sleutel voor de HMAC van de toegangslog, minstens 32 bytes hex of base64 (`openssl rand -hex 32`); bewaar hem buiten de database',
      en: 'key for the access log’s HMAC, at least 32 bytes hex or base64 (`openssl rand -hex 32`); keep it outside the database',
    },
    default: 'geen: alleen SHA-256 / none: SHA-256 only',
    parse: auditKey,
  },
  ZORGHUB_AUDIT_KEY_FILE: {
    name: 'ZORGHUB_AUDIT_KEY_FILE',
    expects: {
      nl: 'pad naar een bestand met die sleutel (in plaats van `ZORGHUB_AUDIT_KEY`)',
      en: 'path to a file holding that key (instead of `ZORGHUB_AUDIT_KEY`)',
    },
    parse: text(),
  },
  ZORGHUB_AUDIT_ANCHOR_FILE: {
    name: 'ZORGHUB_AUDIT_ANCHOR_FILE',
    expects: {
      nl: 'pad naar een bestand buiten de database waarin de ondertekende controlepunten van de toegangslog worden bijgeschreven',
      en: 'path to a file outside the database to which the access log’s signed checkpoints are appended',
    },
    default: 'geen bestand / no file',
    parse: text(),
  },
  ZORGHUB_AUDIT_CHECKPOINT_SECONDS: {
    name: 'ZORGHUB_AUDIT_CHECKPOINT_SECONDS',
    expects: {
      nl: 'seconden tussen twee controlepunten van de toegangslog (0: alleen bij afsluiten), een geheel getal 0–86400',
      en: 'seconds between two access-log checkpoints (0: at shutdown only), a whole number 0–86400',
    },
    default: '`300`',
    parse: wholeNumber(0, 86_400),
  },
  ZORGHUB_ACCESS_LOG_RETENTION_DAYS: {
    name: 'ZORGHUB_ACCESS_LOG_RETENTION_DAYS',
    expects: {
      nl: 'dagen dat de toegangslog bewaard blijft (NEN 7513: minstens vijf jaar), een geheel getal 1827–36500',
      en: 'days the access log is kept (NEN 7513: at least five years), a whole number 1827–36500',
    },
    default: '`1827`',
    parse: wholeNumber(1827, 36_500),
  },
} satisfies Record<string, Variable>;

export type VariableName = keyof typeof variables;

/** ZORGHUB_ variables that are read by tools and tests, not by the server. */
export const OTHER_TOOL_VARIABLES = new Set(['ZORGHUB_DEBUG']);
