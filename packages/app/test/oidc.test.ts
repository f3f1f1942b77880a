// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Staff sign-in with a real OpenID provider (oidc-provider, started here) in Chromium: the app
 * sends the browser to the provider, the test fills the provider's login and consent pages, the
 * app swaps the code (PKCE) for a JWT access token, the API accepts it and the planner's week
 * loads. An answer with a wrong state or a tampered code is refused with a message in words.
 * Signing out ends the provider's session too. (On PostgreSQL with ZORGHUB_TEST_DATABASE_URL.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The API's tests run the same provider; one set-up for both, so they cannot drift apart.
import { bindProvider } from '../../api/src/test-support/oidc-provider';
import { HUB, launchBrowser, startHub } from './hub';
import { axeViolations } from './page-checks';

const RESOURCE = 'urn:zorghub:api';

let idp: Awaited<ReturnType<Awaited<ReturnType<typeof bindProvider>>['start']>>;
let hub: Awaited<ReturnType<typeof startHub>>;
let browser: Browser;

beforeAll(async () => {
  // Both on ports the system picks: the provider's address first (the hub needs the issuer),
  // then the hub, then the provider itself with the hub's address as its redirect URI.
  const seat = await bindProvider();
  hub = await startHub({
    oidc: {
      issuer: seat.issuer,
      audience: RESOURCE,
      clientId: 'zorghub-app',
      scope: 'openid zorghub',
      resource: RESOURCE,
    },
  });
  idp = await seat.start({
    redirectUri: `${hub.base}/app/`,
    resources: [RESOURCE],
    accounts: { 'planner-1': { role: 'planner', org: HUB, hub: HUB } },
  });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await hub?.close();
  await idp?.close();
});

async function newPage(): Promise<Page> {
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 } })
  ).newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** The provider's own pages: its login form (any password in development), then its consent. */
async function throughProvider(page: Page, login = 'planner-1') {
  await page.waitForURL((u) => u.href.startsWith(idp.issuer));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('geheim');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

const signInButton = (page: Page) =>
  page.getByRole('button', { name: 'Inloggen met uw organisatie-account' });

describe('staff sign-in with OIDC (authorization code + PKCE)', () => {
  it('signs in at the provider, comes back with a token the API accepts, and shows the planning', async () => {
    const page = await newPage();
    await page.goto(`${hub.base}/app/`);
    await signInButton(page).waitFor();
    // The API-key sign-in stays, as the second option (demo).
    await page.getByRole('heading', { level: 2, name: 'Of met een API-sleutel (demo)' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const request = page.waitForRequest((r) => r.url().startsWith(`${idp.issuer}/auth?`));
    await signInButton(page).click();
    const authorize = new URL((await request).url());
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(authorize.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    await throughProvider(page);
    await page.getByRole('heading', { level: 1, name: 'Planning' }).waitFor();
    await page.getByText('2 bezoeken · 0 conflicten').waitFor();
    await page.getByText(`Ingelogd als planner (${HUB})`).waitFor();
    // The code is gone from the address bar; the tab holds a JWT access token, nothing else.
    expect(new URL(page.url()).search).toBe('');
    const stored = await page.evaluate(() => ({ ...sessionStorage }));
    expect(stored['zorghub.sleutel']?.split('.')).toHaveLength(3);
    expect(Object.keys(stored).some((k) => k.includes('onderweg'))).toBe(false);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    // Sign out: the tab forgets the tokens and the provider ends its session.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await signInButton(page).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('zorghub.sleutel'))).toBeNull();
    await signInButton(page).click();
    // A new sign-in asks for the login again: the provider's session ended.
    await page.locator('input[name="login"]').waitFor();
    await page.context().close();
  });

  it('refuses an answer with a wrong state, and a tampered or replayed code, in words', async () => {
    // Someone else's real sign-in, for a code that the provider really issued (and that is used).
    const other = await newPage();
    let code = '';
    other.on('request', (r) => {
      const u = new URL(r.url());
      if (u.href.startsWith(`${hub.base}/app/?`)) code = u.searchParams.get('code') ?? code;
    });
    await other.goto(`${hub.base}/app/`);
    await signInButton(other).click();
    await throughProvider(other);
    await other.getByRole('heading', { level: 1, name: 'Planning' }).waitFor();
    expect(code).not.toBe('');
    await other.context().close();

    const page = await newPage();
    /** Starts a sign-in, stops at the provider's login page, and returns its state. */
    const start = async () => {
      const request = page.waitForRequest((r) => r.url().startsWith(`${idp.issuer}/auth?`));
      await signInButton(page).click();
      const state = new URL((await request).url()).searchParams.get('state')!;
      await page.locator('input[name="login"]').waitFor();
      return state;
    };
    const answer = (params: Record<string, string>) =>
      page.goto(`${hub.base}/app/?${new URLSearchParams({ ...params, iss: idp.issuer })}`);
    const refused = (text: string) => page.getByRole('alert').filter({ hasText: text }).waitFor();
    const token = () => page.evaluate(() => sessionStorage.getItem('zorghub.sleutel'));

    await page.goto(`${hub.base}/app/`);
    await start();
    await answer({ code, state: 'iets-anders' });
    await refused('Het inloggen is geweigerd: het antwoord van de inlogdienst hoort niet');
    expect(new URL(page.url()).search).toBe('');
    expect(await token()).toBeNull();
    expect(await axeViolations(page)).toEqual([]);

    for (const changed of [`${code}x`, code]) {
      const state = await start();
      await answer({ code: changed, state });
      await refused('de inlogcode is ongeldig of al gebruikt');
      expect(await token()).toBeNull();
    }
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('alert').filter({ hasText: 'the sign-in code is invalid' }).waitFor();
    await page.context().close();
  });
});
