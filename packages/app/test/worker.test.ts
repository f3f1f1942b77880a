// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The worker's journey in a real browser (Debian's Chromium) against a real API: sign in, see
 * today's visits at phone width, check in and out, raise a signal (errors first), lose the network
 * and get it back (the queue sends with Idempotency-Key), and axe finds no WCAG 2.1 A/AA violations
 * in Dutch and in English.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startHub } from './hub';
import { axeViolations, overflowing, screenshot } from './page-checks';

let hub: Awaited<ReturnType<typeof startHub>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const overflowAt390 = () => overflowing(page);
// A note with a long unbroken reference, as people paste them: it must wrap, not widen the page.
const NOTE = 'Post stapelt zich op bij de deur, kenmerk BRIEF-2026-000000000000000000000000000001.';
const shot = (name: string) => screenshot(page, name);

beforeAll(async () => {
  hub = await startHub();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL' });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('medewerker: vandaag', () => {
  it('signs in with the key in the link and removes it from the address bar', async () => {
    await page.goto(`${hub.base}/app/#sleutel=${hub.keys.medewerker}`);
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
    expect(page.url()).not.toContain('zh_');
    // The visits arrive after the page heading: poll until they are there (the CI run of 2026-12-02
    // read the headings in between and found none).
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).allTextContents(), { timeout: 10_000 })
      .toEqual(['Bezoek om 09:00', 'Bezoek om 13:00']);
    // A card names its service as the hub calls it, not by its id.
    const card = page.getByRole('listitem').filter({ hasText: 'Bezoek om 09:00' });
    await card.getByText('Gezelschap', { exact: true }).waitFor();
    expect(await card.textContent()).not.toContain('DI-GEZELSCHAP');
  });

  it('has no axe violations at 390 px in Dutch and in English, and fits the width', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await shot('medewerker-vandaag-nl');
    expect(await overflowAt390()).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await shot('medewerker-vandaag-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
  });

  it('checks in and out: the API records the visit as done with both actual times', async () => {
    const card = page.getByRole('listitem').filter({ hasText: 'Bezoek om 09:00' });
    await card.getByRole('button', { name: 'Aankomst melden' }).click();
    await card.getByText(/^Aangekomen om \d\d:\d\d$/).waitFor();
    await card.getByRole('button', { name: 'Vertrek melden' }).click();
    await page.getByText('Opgeslagen.').waitFor();
    const visit = await hub.api<Record<string, string>>('planner', '/bezoeken/BZ-0001');
    expect(visit.status).toBe('uitgevoerd');
    expect(Date.parse(visit.werkelijkEindOp!)).toBeGreaterThanOrEqual(
      Date.parse(visit.werkelijkStartOp!),
    );
  });

  it('raises a signal: a missing category is named next to the field and in the summary first', async () => {
    const card = page.getByRole('listitem').filter({ hasText: 'Bezoek om 13:00' });
    await card.getByRole('button', { name: 'Signaal melden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signaal melden' }).waitFor();
    await page.getByLabel('Korte toelichting (niet verplicht)').fill(NOTE);
    await page.getByRole('button', { name: 'Signaal versturen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Waar gaat het over? Kies waar het signaal over gaat.',
    ]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe(
      'error-summary-title',
    );
    expect(await axeViolations(page)).toEqual([]);
    await shot('medewerker-signaal-fout-nl');
    // what was typed is still there
    expect(await page.getByLabel('Korte toelichting (niet verplicht)').inputValue()).toBe(NOTE);
    await page.getByLabel('Geldzorgen of post').check();
    await page.getByRole('button', { name: 'Signaal versturen' }).click();
    await page
      .getByText('Het signaal is doorgezet naar de zorgorganisatie van de cliënt.')
      .waitFor();
    const inbox = await hub.api<{ resultaten: Array<Record<string, string>> }>(
      'zorgorganisatie',
      '/signalen',
    );
    expect(
      inbox.resultaten.map((s) => [s.categorie, s.urgentie, s.bezoekId, s.omschrijving]),
    ).toEqual([['financieel', 'normaal', 'BZ-0002', NOTE]]);
  });

  it('without a network the check-out is queued, and sent once when the network is back', async () => {
    const card = page.getByRole('listitem').filter({ hasText: 'Bezoek om 13:00' });
    await card.getByRole('button', { name: 'Aankomst melden' }).click();
    await context.setOffline(true);
    await card.getByRole('button', { name: 'Vertrek melden' }).click();
    await page.getByText('Geen verbinding: bewaard op dit toestel').waitFor();
    await page.getByText('1 actie wacht op verbinding.').waitFor();
    expect((await hub.api<Record<string, string>>('planner', '/bezoeken/BZ-0002')).status).toBe(
      'gepland',
    );
    await context.setOffline(false);
    await page.getByText('Alle acties zijn verstuurd.').waitFor();
    expect((await hub.api<Record<string, string>>('planner', '/bezoeken/BZ-0002')).status).toBe(
      'uitgevoerd',
    );
    expect(await page.evaluate(() => localStorage.getItem('zorghub.wachtrij'))).toBe('[]');
  });

  it('opens without a network: the service worker keeps the app, the page keeps the day', async () => {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    try {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
      // The visits arrive after the page heading: poll until they are there (the CI run of 2026-12-02
      // read the headings in between and found none).
      await expect
        .poll(() => page.getByRole('heading', { level: 2 }).allTextContents(), { timeout: 10_000 })
        .toEqual(['Bezoek om 09:00', 'Bezoek om 13:00']);
      // The service names were kept with the day.
      const card = page.getByRole('listitem').filter({ hasText: 'Bezoek om 13:00' });
      expect(await card.textContent()).toContain('Gezelschap');
      expect(await card.textContent()).not.toContain('DI-GEZELSCHAP');
    } finally {
      await context.setOffline(false);
    }
  });
});

describe('zorgorganisatie: the portal', () => {
  it('shows the worker’s signal, the month’s hours and the invoices, with no axe violations in nl and en', async () => {
    const month = new Date().toISOString().slice(0, 7);
    await hub.api('beheerder', '/facturen/_genereer', { maand: month });
    const invoices = await hub.api<{
      resultaten: Array<{ factuurnummer: string; totaalInclBtwInCenten: number }>;
    }>('zorgorganisatie', '/facturen');
    expect(invoices.resultaten).toHaveLength(1);
    const invoice = invoices.resultaten[0]!;
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.goto(`${hub.base}/app/#sleutel=${hub.keys.zorgorganisatie}`);
    await page.getByRole('heading', { level: 1, name: 'Zorgorganisatie' }).waitFor();
    const signal = page.getByRole('listitem').filter({ hasText: 'Geldzorgen of post · Normaal' });
    await signal.getByText('Nog niet bevestigd').waitFor();
    await signal.getByText(NOTE).waitFor();
    // 20 h a month; two visits of 1 h booked, both performed by the worker above
    const row = page.getByRole('table').first().getByRole('row').filter({ hasText: 'AB-0001' });
    await expect
      .poll(() => row.getByRole('cell').allTextContents(), { timeout: 10_000 })
      .toEqual(['20 uur', '2', '2', '18']);
    const invoiceRow = page
      .getByRole('table')
      .nth(1)
      .getByRole('row')
      .filter({ hasText: invoice.factuurnummer });
    const euros = (invoice.totaalInclBtwInCenten / 100).toFixed(2).replace('.', ',');
    const last = new Date(Number(month.slice(0, 4)), Number(month.slice(5)), 0).getDate();
    await invoiceRow.waitFor();
    const cells = await invoiceRow.getByRole('cell').allTextContents();
    expect(cells.slice(0, 2)).toEqual([`${month}-01 – ${month}-${last}`, 'Concept']);
    expect(cells[2]).toMatch(new RegExp(`^€\\s${euros}$`)); // Intl puts a no-break space
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowAt390()).toEqual([]);
    await shot('zorgorganisatie-nl');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Care organisation' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowAt390()).toEqual([]);
    await shot('zorgorganisatie-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
  });

  it('acknowledges the signal with a follow-up; the API records both', async () => {
    const signal = page.getByRole('listitem').filter({ hasText: 'Geldzorgen of post · Normaal' });
    await signal.getByLabel('Opvolging (niet verplicht)').selectOption('contactMetClient');
    await signal.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
    await page.getByText(/^Ontvangst van signaal SG-\w+ is vastgelegd\.$/).waitFor();
    await signal.getByText(/· Contact opgenomen met cliënt$/).waitFor();
    const inbox = await hub.api<{ resultaten: Array<Record<string, string>> }>(
      'zorgorganisatie',
      '/signalen',
    );
    expect(inbox.resultaten[0]!.opvolging).toBe('contactMetClient');
    expect(Date.parse(inbox.resultaten[0]!.ontvangenOp!)).toBeGreaterThan(0);
  });
});
