// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The household's consents and mandate in a real browser against a real API, keyboard only: the
 * visit card names the service (not its id) in nl and en; the mandate is revoked after a
 * confirmation that says invoices follow (the API then has it revoked, the household pays by
 * invoice, the outbox holds the confirmation); a withdrawal can be called off; the consent to the
 * service is withdrawn after a confirmation that shows the end date of the subscription, which the
 * API then has. axe finds nothing in nl and en; the page fits 390 px and 200 % zoom.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overflowAtZoom200, tabTo } from './household-keys';
import { launchBrowser, startHub, WORKER } from './hub';
import { axeViolations, overflowing, screenshot } from './page-checks';

let hub: Awaited<ReturnType<typeof startHub>>;
let browser: Browser;
let page: Page;
const EMAIL = 'toestemming@example.org';
let ids: { huishoudenId: string; abonnementId: string; machtigingId: string };
let consentIds: string[] = [];
const VISIT = 'BZ-HH-TS';

const inHours = (hours: number) => {
  const d = new Date(Date.now() + hours * 3_600_000);
  d.setSeconds(0, 0);
  return d.toISOString();
};

type Outbox = { resultaten: Array<{ aan: string; soort: string; tekst: string }> };

async function signInLink(): Promise<string> {
  const res = await fetch(`${hub.base}/api/v1/huishoudsessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL }),
  });
  expect(res.status).toBe(202);
  const box = await hub.api<Outbox>('beheerder', '/uitgaande-berichten');
  const text = box.resultaten.find((m) => m.aan === EMAIL && /token=/.test(m.tekst))?.tekst ?? '';
  const token = /token=([^\s&#]+)/.exec(text)?.[1];
  if (!token) throw new Error(`no sign-in token in the outbox message: ${text.slice(0, 80)}`);
  return `${hub.base}/app/#/inloggen?token=${token}`;
}

beforeAll(async () => {
  hub = await startHub();
  const res = await fetch(`${hub.base}/api/v1/aanmeldingen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      huishouden: {
        naam: 'Huishouden Toestemming',
        straat: 'Teststraat',
        huisnummer: '5',
        postcode: '2611 AB',
        woonplaats: 'Delft',
        email: EMAIL,
        taal: 'nl',
      },
      abonnement: {
        abonnementsvorm: 'urenbundel',
        aantalPerPeriode: 4,
        periodeEenheid: 'maand',
        startDatum: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      },
      toestemmingen: [
        { onderwerp: 'dienstverlening', verklaringVersie: '2026-1' },
        { onderwerp: 'nieuwsbrief', verklaringVersie: '2026-1' },
      ],
      betaling: {
        betaalwijze: 'incasso',
        iban: 'NL91ABNA0417164300',
        rekeninghouder: 'Huishouden Toestemming',
      },
    }),
  });
  const created = (await res.json()) as typeof ids & { toestemmingIds: string[] };
  if (res.status !== 201) throw new Error(`sign-up: ${res.status} ${JSON.stringify(created)}`);
  ids = created;
  consentIds = created.toestemmingIds;
  await hub.api('planner', `/abonnementen/${ids.abonnementId}/_bevestigen`, {});
  const clients = await hub.api<{ resultaten: Array<{ id: string; abonnementId?: string }> }>(
    'planner',
    '/clienten',
  );
  await hub.api('planner', '/bezoeken', {
    id: VISIT,
    clientId: clients.resultaten.find((c) => c.abonnementId === ids.abonnementId)!.id,
    deelnemerId: WORKER,
    dienstId: 'DI-GEZELSCHAP',
    abonnementId: ids.abonnementId,
    geplandStartOp: inHours(72),
    geplandEindOp: inHours(73),
    status: 'gepland',
  });
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'nl-NL',
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

const card = (attr: string, id: string) => page.locator(`li[${attr}="${id}"]`);

describe('huishouden: toestemming en machtiging', () => {
  it('names the service on the visit card, not its id, in nl and en', async () => {
    await page.goto(await signInLink());
    await page.getByRole('heading', { level: 2, name: 'Toestemming en betalen' }).waitFor();
    const visit = card('data-bezoek', VISIT);
    await visit.getByText('Gezelschap', { exact: true }).waitFor();
    expect(await visit.textContent()).not.toContain('DI-GEZELSCHAP');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Consent and payment' }).waitFor();
    await visit.getByText('Service', { exact: true }).waitFor();
    await visit.getByText('Gezelschap', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, 'huishouden-toestemming-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 2, name: 'Toestemming en betalen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, 'huishouden-toestemming-nl');
    const key = await page.evaluate(() => sessionStorage.getItem('zorghub.sleutel'));
    expect(
      await overflowAtZoom200(
        browser,
        `${hub.base}/app/`,
        (p) => p.getByRole('heading', { level: 2, name: 'Toestemming en betalen' }).waitFor(),
        { 'zorghub.sleutel': key! },
      ),
    ).toEqual([]);
    // two axe runs and a second browser page: more than the default 30 s on a loaded machine
  }, 120_000);

  it('revokes the mandate with the keyboard after a confirmation that says invoices follow', async () => {
    const mandate = card('data-machtiging', ids.machtigingId);
    await mandate.getByText('eindigt op 4300').waitFor();
    await tabTo(page, 'Machtiging intrekken');
    await page.keyboard.press('Enter');
    await mandate.getByText(/je krijgt voortaan een factuur die je zelf overmaakt/).waitFor();
    // the confirmation has the focus, so it is announced and the next Tab reaches its buttons
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      `bevestig-${ids.machtigingId}`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, 'Ja, trek mijn machtiging in');
    await page.keyboard.press('Enter');
    await page.getByText('Je machtiging is ingetrokken. Je krijgt voortaan een factuur.').waitFor();
    await mandate.getByText('Ingetrokken', { exact: true }).waitFor();
    expect(await mandate.getByRole('button', { name: 'Machtiging intrekken' }).count()).toBe(0);
    const stored = await hub.api<Record<string, string>>(
      'planner',
      `/machtigingen/${ids.machtigingId}`,
    );
    expect(stored.status).toBe('ingetrokken');
    const household = await hub.api<Record<string, string>>(
      'planner',
      `/huishoudens/${ids.huishoudenId}`,
    );
    expect(household.betaalwijze).toBe('factuur');
    const box = await hub.api<Outbox>('beheerder', '/uitgaande-berichten');
    expect(box.resultaten.filter((m) => m.aan === EMAIL).map((m) => m.soort)).toContain(
      'machtigingIngetrokken',
    );
  });

  it('lets a withdrawal be called off, then withdraws the consent to the service', async () => {
    const [service] = consentIds;
    const consent = card('data-toestemming', service!);
    const button = 'Toestemming intrekken: Gegevens voor de dienstverlening';
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    await tabTo(page, 'Nee, laat staan');
    await page.keyboard.press('Enter');
    await consent.getByRole('button', { name: button }).waitFor();
    const unchanged = await hub.api<Record<string, unknown>>(
      'planner',
      `/abonnementen/${ids.abonnementId}`,
    );
    expect(unchanged.status).toBe('actief');
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    const warning = consent.getByText(/stopt met de opzegtermijn op (\d{4}-\d\d-\d\d)\./);
    await warning.waitFor();
    const shown = /op (\d{4}-\d\d-\d\d)\./.exec((await warning.textContent()) ?? '')?.[1];
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'huishouden-toestemming-intrekken-nl');
    await tabTo(page, 'Ja, trek mijn toestemming in');
    await page.keyboard.press('Enter');
    await page
      .getByText('Je toestemming "Gegevens voor de dienstverlening" is ingetrokken.', {
        exact: false,
      })
      .waitFor();
    await consent.getByText('Ingetrokken op').waitFor();
    const ended = await hub.api<Record<string, unknown>>(
      'planner',
      `/abonnementen/${ids.abonnementId}`,
    );
    expect([ended.status, ended.eindDatum]).toEqual(['opgezegd', shown]);
    // the newsletter consent is untouched and can still be withdrawn on its own
    await card('data-toestemming', consentIds[1]!)
      .getByRole('button', { name: 'Toestemming intrekken: Nieuwsbrief' })
      .waitFor();
    const box = await hub.api<Outbox>('beheerder', '/uitgaande-berichten');
    const message = box.resultaten.find(
      (m) => m.aan === EMAIL && m.soort === 'toestemmingIngetrokken',
    );
    expect(message?.tekst).toContain(ids.abonnementId);
  });
});
