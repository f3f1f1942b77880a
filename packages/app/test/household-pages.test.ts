// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The household's own pages in a real browser against a real API, keyboard only: a household that
 * signed up (through the public API) and was confirmed by the planner signs in with the link from
 * the outbox, sees its upcoming visits, cannot cancel the one within 24 hours (the page says why)
 * and cancels the other with a reason; changes its package across an expired session without
 * losing what it typed; ends the subscription after seeing the end date the notice period gives;
 * sees its invoice. axe finds nothing in nl and en; the page fits 390 px and 200 % zoom.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overflowAtZoom200, tabTo, typeInto } from './household-keys';
import { launchBrowser, startHub, WORKER } from './hub';
import { axeViolations, overflowing, screenshot } from './page-checks';

let hub: Awaited<ReturnType<typeof startHub>>;
let browser: Browser;
let page: Page;
const EMAIL = 'eigen-paginas@example.org';
let subscription = '';
const NEAR = 'BZ-HH-NEAR';
const FAR = 'BZ-HH-FAR';
const DONE = 'BZ-HH-DONE';

/** A date-time `hours` from now, whole minutes, in ISO form. */
const inHours = (hours: number) => {
  const d = new Date(Date.now() + hours * 3_600_000);
  d.setSeconds(0, 0);
  return d.toISOString();
};

async function signInLink(): Promise<string> {
  const res = await fetch(`${hub.base}/api/v1/huishoudsessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL }),
  });
  expect(res.status).toBe(202);
  const box = await hub.api<{ resultaten: Array<{ aan: string; tekst: string }> }>(
    'beheerder',
    '/uitgaande-berichten',
  );
  // the newest message with a token (the outbox lists newest first)
  const text = box.resultaten.find((m) => m.aan === EMAIL && /token=/.test(m.tekst))?.tekst ?? '';
  const token = /token=([^\s&#]+)/.exec(text)?.[1];
  if (!token) throw new Error(`no sign-in token in the outbox message: ${text.slice(0, 80)}`);
  return `${hub.base}/app/#/inloggen?token=${token}`;
}

beforeAll(async () => {
  hub = await startHub();
  // A household signs up through the public API; the planner confirms it and books two visits.
  const res = await fetch(`${hub.base}/api/v1/aanmeldingen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      huishouden: {
        naam: 'Huishouden Eigen',
        straat: 'Teststraat',
        huisnummer: '3',
        postcode: '2611 AB',
        woonplaats: 'Delft',
        email: EMAIL,
        taal: 'nl',
      },
      abonnement: {
        abonnementsvorm: 'urenbundel',
        aantalPerPeriode: 8,
        periodeEenheid: 'maand',
        startDatum: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        voorkeursdagen: ['dinsdag'],
      },
      toestemmingen: [{ onderwerp: 'dienstverlening', verklaringVersie: '2026-1' }],
      betaling: { betaalwijze: 'factuur' },
    }),
  });
  const created = (await res.json()) as { abonnementId: string };
  if (res.status !== 201) throw new Error(`sign-up: ${res.status} ${JSON.stringify(created)}`);
  subscription = created.abonnementId;
  await hub.api('planner', `/abonnementen/${subscription}/_bevestigen`, {});
  const clients = await hub.api<{ resultaten: Array<{ id: string; abonnementId?: string }> }>(
    'planner',
    '/clienten',
  );
  const client = clients.resultaten.find((c) => c.abonnementId === subscription)!.id;
  const book = (id: string, from: number) =>
    hub.api('planner', '/bezoeken', {
      id,
      clientId: client,
      deelnemerId: WORKER,
      dienstId: 'DI-GEZELSCHAP',
      abonnementId: subscription,
      geplandStartOp: inHours(from),
      geplandEindOp: inHours(from + 1),
      status: 'gepland',
    });
  await book(NEAR, 3);
  await book(FAR, 72);
  // one visit earlier today, done by the worker: the month's invoice has a line
  await book(DONE, -2);
  await hub.api('medewerker', `/bezoeken/${DONE}/_status`, {
    status: 'uitgevoerd',
    werkelijkStartOp: inHours(-2),
    werkelijkEindOp: inHours(-1),
  });
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'nl-NL',
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

const visitCard = (id: string) => page.locator(`li[data-bezoek="${id}"]`);

describe('huishouden: eigen pagina’s', () => {
  it('shows the upcoming visits: the one within 24 h without a cancel button, and why', async () => {
    await page.goto(await signInLink());
    await page.getByRole('heading', { level: 1, name: 'Mijn abonnement' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Komende bezoeken' }).waitFor();
    await expect
      .poll(() => page.getByRole('heading', { level: 3, name: /^Bezoek op / }).count())
      .toBe(2);
    const near = visitCard(NEAR);
    await near.getByText('Afzeggen kan tot 24 uur voor het bezoek.', { exact: false }).waitFor();
    expect(await near.getByRole('button', { name: 'Bezoek afzeggen' }).count()).toBe(0);
    expect(await visitCard(FAR).getByRole('button', { name: 'Bezoek afzeggen' }).count()).toBe(1);
  });

  it('has no axe violations in nl and en, and fits 390 px and 200 % zoom', async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, 'huishouden-eigen-nl');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My subscription' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, 'huishouden-eigen-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn abonnement' }).waitFor();
    const key = await page.evaluate(() => sessionStorage.getItem('zorghub.sleutel'));
    expect(
      await overflowAtZoom200(
        browser,
        `${hub.base}/app/`,
        (p) => p.getByRole('heading', { level: 2, name: 'Komende bezoeken' }).waitFor(),
        { 'zorghub.sleutel': key! },
      ),
    ).toEqual([]);
  });

  it('cancels the later visit with the keyboard: a reason first, then the API records it', async () => {
    await tabTo(page, 'Bezoek afzeggen');
    await page.keyboard.press('Enter');
    const card = visitCard(FAR);
    await card.getByText('Kies waarom je afzegt.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`field-reden-${FAR}`);
    await page.keyboard.press('ArrowDown'); // the first reason: verhinderd
    await tabTo(page, 'Bezoek afzeggen');
    await page.keyboard.press('Enter');
    await page.getByText(/^Het bezoek op .+ is afgezegd\.$/).waitFor();
    const visit = await hub.api<Record<string, string>>('planner', `/bezoeken/${FAR}`);
    expect([visit.status, visit.annuleringsreden]).toEqual(['geannuleerdDoorClient', 'verhinderd']);
    // the one within 24 h: the API refuses the household too, in words
    const key = await page.evaluate(() => sessionStorage.getItem('zorghub.sleutel'));
    const refused = await fetch(`${hub.base}/api/v1/bezoeken/${NEAR}/_annuleren`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ annuleringsreden: 'verhinderd' }),
    });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/24/);
  });

  it('changes the package across an expired session without losing what was typed', async () => {
    await typeInto(page, 'field-aantalPerPeriode', '6');
    // the credential expires while the household is typing
    await page.evaluate(() => sessionStorage.setItem('zorghub.sleutel', 'zh_verlopen'));
    await page.keyboard.press('Enter');
    await page.getByText('Je sessie is verlopen.', { exact: false }).waitFor();
    expect(await page.getByLabel('Aantal uren per maand').inputValue()).toBe('6');
    await page.goto(await signInLink());
    await page.getByRole('heading', { level: 1, name: 'Mijn abonnement' }).waitFor();
    const amount = page.getByLabel('Aantal uren per maand');
    await amount.waitFor();
    expect(await amount.inputValue()).toBe('6');
    await tabTo(page, 'field-aantalPerPeriode');
    await page.keyboard.press('Enter');
    await page.getByText('Je abonnement is gewijzigd.').waitFor();
    const after = await hub.api<Record<string, unknown>>(
      'planner',
      `/abonnementen/${subscription}`,
    );
    expect(after.aantalPerPeriode).toBe(6);
  });

  it('ends the subscription: the end date the notice period gives is shown first, and kept', async () => {
    await tabTo(page, 'Abonnement opzeggen');
    await page.keyboard.press('Enter');
    const warning = page.getByText(
      /^Met een opzegtermijn van \d+ dagen stopt je abonnement op (\d{4}-\d\d-\d\d)\./,
    );
    await warning.waitFor();
    const shown = /op (\d{4}-\d\d-\d\d)\./.exec((await warning.textContent()) ?? '')?.[1];
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'huishouden-opzeggen-nl');
    await tabTo(page, 'Ja, zeg mijn abonnement op');
    await page.keyboard.press('Enter');
    await page.getByText(`Je abonnement is opgezegd en stopt op ${shown}.`).waitFor();
    const ended = await hub.api<Record<string, unknown>>(
      'planner',
      `/abonnementen/${subscription}`,
    );
    expect([ended.status, ended.eindDatum]).toEqual(['opgezegd', shown]);
    // once the page has the ended subscription back, it offers no second notice
    await page.getByText('Dit abonnement is al opgezegd of beëindigd.').waitFor();
    expect(await page.getByRole('button', { name: 'Abonnement opzeggen' }).count()).toBe(0);
  });

  it('shows the household’s invoice', async () => {
    const month = inHours(-2).slice(0, 7); // the month of the visit that was done
    await hub.api('beheerder', '/facturen/_genereer', { maand: month });
    const own = await fetch(`${hub.base}/api/v1/facturen`, {
      headers: {
        authorization: `Bearer ${await page.evaluate(() => sessionStorage.getItem('zorghub.sleutel'))}`,
      },
    });
    const invoices = ((await own.json()) as { resultaten: Array<{ factuurnummer: string }> })
      .resultaten;
    expect(invoices.length).toBeGreaterThan(0);
    await page.reload();
    await page
      .getByRole('table')
      .getByRole('row')
      .filter({ hasText: invoices[0]!.factuurnummer })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
