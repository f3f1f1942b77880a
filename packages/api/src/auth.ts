// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { JWTVerifyGetKey } from 'jose';
import type { Queryable } from './db.js';
import { problem } from './problem.js';
import { type Principal, ROLES, type Role } from './types.js';

export interface OidcOptions {
  issuer: string;
  audience: string;
  /** A JWKS JSON file, or an https URL (fetched and cached by jose). */
  jwksFile?: string;
  jwksUrl?: string;
  /** Allowed signature algorithms; `none` and HMAC are never accepted. */
  algorithms?: string[];
  /**
   * The app's sign-in (public, no secret): its client id at the provider, the scopes it asks for
   * and the resource indicator (RFC 8707) its access tokens are for. Shown at /inlogconfiguratie.
   */
  clientId?: string;
  scope?: string;
  resource?: string;
  /**
   * The claim of the access token that names the household of a `particulier` (default
   * `zorghub_huishouden`): a DigiD broker or the region's own sign-in service sets it after it has
   * looked the person up; a particulier token without it is refused, staff tokens ignore it.
   */
  householdClaim?: string;
}

/**
 * The provider's JWKS address from its discovery document (`<issuer>/.well-known/openid-configuration`),
 * for when neither a JWKS URL nor a file is configured. Fails as an outage (the caller answers 503).
 */
export async function discoverJwksUrl(issuer: string): Promise<URL> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const doc = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown };
  if (doc.issuer !== issuer || typeof doc.jwks_uri !== 'string')
    throw new Error(`${url}: issuer does not match or jwks_uri missing`);
  return new URL(doc.jwks_uri);
}

const KEY_PREFIX = 'zh_';

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** Creates an API key; only its SHA-256 hash is stored. Returns the key once. */
export async function createApiKey(
  q: Queryable,
  input: {
    hubId: string;
    orgId: string;
    role: Role;
    participantId?: string | null;
    /** Role particulier: the household the key belongs to (required for it, refused for others). */
    householdId?: string | null;
    label?: string;
    /** ISO date-time after which the key is refused (none: until revoked). */
    expiresAt?: string | null;
  },
): Promise<{ id: string; apiKey: string }> {
  if (!ROLES.includes(input.role)) throw new Error(`unknown role "${input.role}"`);
  if ((input.role === 'particulier') !== !!input.householdId)
    throw new Error('a household id goes with role particulier, and only with it');
  if (input.expiresAt && Number.isNaN(Date.parse(input.expiresAt)))
    throw new Error(
      `expiry "${input.expiresAt}" is not a date (expected e.g. 2026-12-31T23:59:59Z)`,
    );
  const id = `key_${randomBytes(6).toString('hex')}`;
  const apiKey = `${KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
  await q.query(
    'INSERT INTO api_keys (id, hash, hub_id, org_id, role, participant_id, label, expires_at, household_id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)',
    [
      id,
      hashApiKey(apiKey),
      input.hubId,
      input.orgId,
      input.role,
      input.participantId ?? null,
      input.label ?? null,
      input.expiresAt ?? null,
      input.householdId ?? null,
    ],
  );
  return { id, apiKey };
}

export interface ApiKeyInfo {
  id: string;
  hubId: string;
  orgId: string;
  role: string;
  participantId: string | null;
  label: string | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  /** active, expired or revoked, now. */
  state: 'active' | 'expired' | 'revoked';
}

/** The API keys (never their hashes), newest first; `hubId` limits them to one hub. */
export async function listApiKeys(
  q: Queryable,
  filter: { hubId?: string } = {},
): Promise<ApiKeyInfo[]> {
  const { rows } = await q.query<Record<string, string | null>>(
    `SELECT id, hub_id, org_id, role, participant_id, label,
            to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
            to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS expires_at,
            to_char(revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS revoked_at,
            CASE WHEN revoked_at IS NOT NULL THEN 'revoked'
                 WHEN expires_at IS NOT NULL AND expires_at <= now() THEN 'expired'
                 ELSE 'active' END AS state
       FROM api_keys WHERE ($1::text IS NULL OR hub_id = $1) ORDER BY created_at DESC, id`,
    [filter.hubId ?? null],
  );
  return rows.map((r) => ({
    id: r.id!,
    hubId: r.hub_id!,
    orgId: r.org_id!,
    role: r.role!,
    participantId: r.participant_id ?? null,
    label: r.label ?? null,
    createdAt: r.created_at!,
    expiresAt: r.expires_at ?? null,
    revokedAt: r.revoked_at ?? null,
    state: r.state as ApiKeyInfo['state'],
  }));
}

/**
 * Revokes a key; true when it was active. A running server refuses it within 10 s (its key cache).
 */
export async function revokeApiKey(q: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await q.query(
    'UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
    [id],
  );
  return rowCount > 0;
}

export interface Authenticator {
  authenticate(headers: Record<string, string | string[] | undefined>): Promise<Principal>;
}

class KeySetUnavailable extends Error {}

const unauthenticated = (detail: string) => problem(401, detail, {});

export function createAuthenticator(q: Queryable, oidc: OidcOptions | undefined): Authenticator {
  // A short cache keeps the key lookup off the hot path; revocation takes effect within 10 s.
  const cache = new Map<string, { principal: Principal | null; until: number }>();
  let keySet: JWTVerifyGetKey | undefined;

  async function getKeySet(): Promise<JWTVerifyGetKey> {
    if (keySet) return keySet;
    const jose = await import('jose');
    if (oidc?.jwksFile) {
      keySet = jose.createLocalJWKSet(JSON.parse(readFileSync(oidc.jwksFile, 'utf8')));
    } else if (oidc) {
      let jwksUrl: URL;
      try {
        jwksUrl = oidc.jwksUrl ? new URL(oidc.jwksUrl) : await discoverJwksUrl(oidc.issuer);
      } catch {
        throw new KeySetUnavailable();
      }
      const remote = jose.createRemoteJWKSet(jwksUrl);
      // An identity provider that cannot be reached (network error, timeout, non-200 answer) is our
      // outage, not a bad token: 503, so clients retry instead of dropping a good token.
      keySet = async (...args: Parameters<typeof remote>) => {
        try {
          return await remote(...args);
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (code === undefined || code === 'ERR_JWKS_TIMEOUT' || code === 'ERR_JOSE_GENERIC')
            throw new KeySetUnavailable();
          throw error;
        }
      };
    } else {
      throw unauthenticated(
        'OIDC-tokens worden niet geaccepteerd / OIDC tokens are not configured',
      );
    }
    return keySet;
  }

  async function fromApiKey(key: string): Promise<Principal> {
    const hash = hashApiKey(key);
    const hit = cache.get(hash);
    if (hit && hit.until > Date.now()) {
      if (!hit.principal)
        throw unauthenticated(
          'Onbekende, verlopen of ingetrokken API-sleutel / Unknown, expired or revoked API key',
        );
      return hit.principal;
    }
    const { rows } = await q.query<{
      id: string;
      hub_id: string;
      org_id: string;
      role: Role;
      participant_id: string | null;
      household_id: string | null;
      expires_ms: number | null;
    }>(
      `SELECT id, hub_id, org_id, role, participant_id, household_id,
              (extract(epoch FROM expires_at) * 1000)::float8 AS expires_ms
         FROM api_keys
        WHERE hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
      [hash],
    );
    const row = rows[0];
    const principal: Principal | null = row
      ? {
          id: row.id,
          hubId: row.hub_id,
          orgId: row.org_id,
          role: row.role,
          participantId: row.participant_id,
          ...(row.household_id ? { huishoudenId: row.household_id } : {}),
          via: 'api-key',
        }
      : null;
    if (cache.size > 10_000) cache.clear();
    // An expiring key leaves the cache when it expires, not up to 10 s later.
    const until = Math.min(Date.now() + 10_000, row?.expires_ms ?? Number.POSITIVE_INFINITY);
    cache.set(hash, { principal, until });
    if (!principal)
      throw unauthenticated(
        'Onbekende, verlopen of ingetrokken API-sleutel / Unknown, expired or revoked API key',
      );
    return principal;
  }

  async function fromJwt(token: string): Promise<Principal> {
    if (!oidc)
      throw unauthenticated(
        'OIDC-tokens worden niet geaccepteerd / OIDC tokens are not configured',
      );
    const jose = await import('jose');
    let payload: Record<string, unknown>;
    try {
      const result = await jose.jwtVerify(token, await getKeySet(), {
        issuer: oidc.issuer,
        audience: oidc.audience,
        algorithms: oidc.algorithms ?? ['RS256', 'PS256', 'ES256', 'EdDSA'],
        requiredClaims: ['exp', 'sub'],
      });
      payload = result.payload as Record<string, unknown>;
    } catch (error) {
      if (error instanceof KeySetUnavailable)
        throw problem(
          503,
          'Sleutels van de identity provider (JWKS) niet bereikbaar; probeer het later opnieuw / JWKS unreachable, retry later',
        );
      const code = (error as { code?: string }).code ?? 'ERR_JWT_INVALID';
      throw unauthenticated(`Token geweigerd / Token rejected (${code})`);
    }
    const role = payload.zorghub_role;
    const org = payload.zorghub_org;
    const hub = payload.zorghub_hub ?? org;
    if (
      typeof role !== 'string' ||
      !ROLES.includes(role as Role) ||
      typeof org !== 'string' ||
      typeof hub !== 'string'
    ) {
      throw unauthenticated(
        'Token mist zorghub_org of een geldige zorghub_role / Token lacks zorghub_org or a valid zorghub_role',
      );
    }
    const participant = payload.zorghub_deelnemer;
    const householdClaim = oidc.householdClaim ?? 'zorghub_huishouden';
    const household = payload[householdClaim];
    if (role === 'particulier' && (typeof household !== 'string' || !household))
      throw unauthenticated(
        `Token met rol particulier mist de claim ${householdClaim} (het huishouden) / A particulier token lacks the household claim ${householdClaim}`,
      );
    return {
      id: `oidc:${String(payload.sub)}`,
      hubId: hub,
      orgId: org,
      role: role as Role,
      participantId: typeof participant === 'string' ? participant : null,
      ...(role === 'particulier' ? { huishoudenId: household as string } : {}),
      via: 'oidc',
    };
  }

  return {
    async authenticate(headers) {
      const auth = headers.authorization;
      const apiKeyHeader = headers['x-api-key'];
      if (typeof apiKeyHeader === 'string' && apiKeyHeader) return fromApiKey(apiKeyHeader);
      if (typeof auth !== 'string' || !auth) {
        throw unauthenticated(
          'Authenticatie vereist: Authorization: Bearer <API-sleutel of token> / Authentication required',
        );
      }
      const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(auth);
      if (!match)
        throw unauthenticated(
          'Authorization-header moet "Bearer <token>" zijn / must be "Bearer <token>"',
        );
      const token = match[1]!;
      return token.startsWith(KEY_PREFIX) ? fromApiKey(token) : fromJwt(token);
    },
  };
}
