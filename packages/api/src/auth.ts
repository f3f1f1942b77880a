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
    label?: string;
  },
): Promise<{ id: string; apiKey: string }> {
  if (!ROLES.includes(input.role)) throw new Error(`unknown role "${input.role}"`);
  const id = `key_${randomBytes(6).toString('hex')}`;
  const apiKey = `${KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
  await q.query(
    'INSERT INTO api_keys (id, hash, hub_id, org_id, role, participant_id, label) VALUES ($1,$2,$3,$4,$5,$6,$7)',
    [
      id,
      hashApiKey(apiKey),
      input.hubId,
      input.orgId,
      input.role,
      input.participantId ?? null,
      input.label ?? null,
    ],
  );
  return { id, apiKey };
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
    } else if (oidc?.jwksUrl) {
      const remote = jose.createRemoteJWKSet(new URL(oidc.jwksUrl));
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
        throw unauthenticated('Onbekende of ingetrokken API-sleutel / Unknown or revoked API key');
      return hit.principal;
    }
    const { rows } = await q.query<{
      id: string;
      hub_id: string;
      org_id: string;
      role: Role;
      participant_id: string | null;
    }>(
      'SELECT id, hub_id, org_id, role, participant_id FROM api_keys WHERE hash = $1 AND revoked_at IS NULL',
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
          via: 'api-key',
        }
      : null;
    if (cache.size > 10_000) cache.clear();
    cache.set(hash, { principal, until: Date.now() + 10_000 });
    if (!principal)
      throw unauthenticated('Onbekende of ingetrokken API-sleutel / Unknown or revoked API key');
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
    return {
      id: `oidc:${String(payload.sub)}`,
      hubId: hub,
      orgId: org,
      role: role as Role,
      participantId: typeof participant === 'string' ? participant : null,
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
