// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Staff sign-in with the region's OpenID provider: the authorization-code flow with PKCE (S256) in
 * the browser, done by `oauth4webapi` (panva; the same author as the provider the tests run). The
 * app is a public client: no secret, the provider and client id come from the API
 * (/inlogconfiguratie). State and nonce are checked; the verifier, state and nonce live in
 * sessionStorage only from the redirect to the return. The API is called with the access token
 * (a JWT for the API's audience); it is refreshed shortly before it expires while the provider
 * allows it, else the API's 401 leads to the app's "session expired" path.
 */
import * as oauth from 'oauth4webapi';
import { API_BASE } from './api';
import { forgetKey, storeKey } from './session';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  scope: string;
  resource?: string;
}

interface Pending {
  issuer: string;
  clientId: string;
  resource?: string;
  verifier: string;
  state: string;
  nonce: string;
}

interface Tokens {
  issuer: string;
  clientId: string;
  resource?: string;
  expiresAt: number;
  refreshToken?: string;
  idToken?: string;
}

const PENDING = 'zorghub.oidc.onderweg';
const TOKENS = 'zorghub.oidc';

/** Why a return from the provider was refused; the sign-in page says it in words. */
export type SignInFailure = 'state' | 'provider' | 'code' | 'unexpected';
let failure: { reason: SignInFailure; detail: string } | undefined;

/** The failure of the last return from the provider, once (the sign-in page shows it). */
export function takeSignInFailure() {
  const f = failure;
  failure = undefined;
  return f;
}

export async function signInConfig(): Promise<OidcConfig | undefined> {
  const res = await fetch(`${API_BASE}/inlogconfiguratie`, {
    headers: { accept: 'application/json' },
  });
  if (!res.ok) return undefined;
  return ((await res.json()) as { oidc?: OidcConfig }).oidc;
}

const redirectUri = () => `${window.location.origin}/app/`;

// Plain http only for a provider on this machine (development and the tests); else https.
const insecure = (issuer: string) =>
  /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(issuer)
    ? { [oauth.allowInsecureRequests]: true }
    : {};

const servers = new Map<string, Promise<oauth.AuthorizationServer>>();
function server(issuer: string): Promise<oauth.AuthorizationServer> {
  let found = servers.get(issuer);
  if (!found) {
    const url = new URL(issuer);
    found = oauth
      .discoveryRequest(url, { algorithm: 'oidc', ...insecure(issuer) })
      .then((res) => oauth.processDiscoveryResponse(url, res));
    found.catch(() => servers.delete(issuer));
    servers.set(issuer, found);
  }
  return found;
}

/** Sends the browser to the provider's sign-in page. */
export async function startSignIn(config: OidcConfig): Promise<void> {
  const as = await server(config.issuer);
  const pending: Pending = {
    issuer: config.issuer,
    clientId: config.clientId,
    ...(config.resource ? { resource: config.resource } : {}),
    verifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
  };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const url = new URL(as.authorization_endpoint!);
  const params: Record<string, string> = {
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: config.scope,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
    ...(config.resource ? { resource: config.resource } : {}),
  };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  window.location.assign(url.href);
}

function keep(tokens: Omit<Tokens, 'expiresAt'>, result: oauth.TokenEndpointResponse) {
  storeKey(result.access_token);
  const next: Tokens = {
    ...tokens,
    expiresAt: Date.now() + (result.expires_in ?? 300) * 1000,
    ...(result.refresh_token ? { refreshToken: result.refresh_token } : {}),
    ...(result.id_token ? { idToken: result.id_token } : {}),
  };
  sessionStorage.setItem(TOKENS, JSON.stringify(next));
  scheduleRefresh();
}

const read = <T>(name: string): T | undefined => {
  try {
    return (JSON.parse(sessionStorage.getItem(name) ?? 'null') as T | null) ?? undefined;
  } catch {
    return undefined;
  }
};

/**
 * On the return from the provider (`/app/?code=…&state=…` or `?error=…`): checks the state, swaps
 * the code for tokens with the verifier, checks the ID token's nonce, and cleans the address bar.
 * True when signed in; on a refusal `takeSignInFailure()` says why.
 */
export async function finishSignIn(): Promise<boolean> {
  const here = new URL(window.location.href);
  if (!here.searchParams.has('code') && !here.searchParams.has('error')) return false;
  const pending = read<Pending>(PENDING);
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', here.pathname + here.hash);
  if (!pending) {
    failure = { reason: 'state', detail: 'no sign-in was started in this tab' };
    return false;
  }
  try {
    const as = await server(pending.issuer);
    const client: oauth.Client = { client_id: pending.clientId };
    const params = oauth.validateAuthResponse(as, client, here, pending.state);
    const extra = pending.resource ? { resource: pending.resource } : undefined;
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      redirectUri(),
      pending.verifier,
      { ...insecure(pending.issuer), ...(extra ? { additionalParameters: extra } : {}) },
    );
    const result = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: pending.nonce,
      requireIdToken: true,
    });
    const { verifier: _v, state: _s, nonce: _n, ...rest } = pending;
    keep(rest, result);
    return true;
  } catch (error) {
    failure = classify(error);
    return false;
  }
}

function classify(error: unknown): { reason: SignInFailure; detail: string } {
  if (error instanceof oauth.AuthorizationResponseError)
    return { reason: 'provider', detail: error.error_description ?? error.error };
  if (error instanceof oauth.ResponseBodyError)
    return { reason: 'code', detail: error.error_description ?? error.error };
  const message = error instanceof Error ? error.message : String(error);
  if (/"state"/.test(message)) return { reason: 'state', detail: message };
  return { reason: 'unexpected', detail: message };
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** Refreshes the access token 30 s before it expires, while the provider gives refresh tokens. */
export function scheduleRefresh(): void {
  if (timer) clearTimeout(timer);
  const tokens = read<Tokens>(TOKENS);
  if (!tokens?.refreshToken) return;
  timer = setTimeout(() => void refresh(), Math.max(0, tokens.expiresAt - Date.now() - 30_000));
}

async function refresh(): Promise<void> {
  const tokens = read<Tokens>(TOKENS);
  if (!tokens?.refreshToken) return;
  try {
    const as = await server(tokens.issuer);
    const client: oauth.Client = { client_id: tokens.clientId };
    const response = await oauth.refreshTokenGrantRequest(
      as,
      client,
      oauth.None(),
      tokens.refreshToken,
      {
        ...insecure(tokens.issuer),
        ...(tokens.resource ? { additionalParameters: { resource: tokens.resource } } : {}),
      },
    );
    keep(tokens, await oauth.processRefreshTokenResponse(as, client, response));
  } catch {
    // The provider no longer refreshes (session ended, offline): the next call gets a 401 and the
    // app asks to sign in again, keeping what was typed.
  }
}

/**
 * Forgets the tab's sign-in and, when it came from the provider, returns the provider's sign-out
 * address (RP-initiated logout) to go to; the provider sends the browser back to the app.
 */
export async function signOut(): Promise<string | undefined> {
  const tokens = read<Tokens>(TOKENS);
  sessionStorage.removeItem(TOKENS);
  if (timer) clearTimeout(timer);
  forgetKey();
  if (!tokens) return undefined;
  const as = await server(tokens.issuer).catch(() => undefined);
  if (!as?.end_session_endpoint) return undefined;
  const url = new URL(as.end_session_endpoint);
  url.searchParams.set('client_id', tokens.clientId);
  url.searchParams.set('post_logout_redirect_uri', redirectUri());
  if (tokens.idToken) url.searchParams.set('id_token_hint', tokens.idToken);
  return url.href;
}
