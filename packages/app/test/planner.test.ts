// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The planner's journey in Chromium against a real API: the week per worker and per client, a
 * booking with the remainder shown before saving, a double booking marked at a glance, an
 * overbooking warned about and then refused by the API in words, a cancellation; axe in nl and en.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startHub } from './hub';
import { axeViolations } from './page-checks';

let hub: Awaited<ReturnType<typeof startHub>>;
let browser: Browser;
let page: Page;

const axe = () => axeViolations(page);

beforeAll(async () => {
  hub = await startHub();
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.setDefaultTimeout(10_000);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('planner: week and booking', () => {
  it('shows the week per worker and per client, with no axe violations in nl and en', async () => {
    const lists: URL[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.endsWith('/api/v1/bezoeken') && r.method() === 'GET') lists.push(url);
    });
    await page.goto(`${hub.base}/app/#sleutel=${hub.keys.planner}`);
    await page.getByRole('heading', { level: 1, name: 'Planning' }).waitFor();
    await page.getByText('2 bezoeken · 0 conflicten').waitFor();
    // The week is asked for by range: Monday 00:00 up to the next Monday 00:00, seven days apart.
    const week = lists.find((u) => u.searchParams.has('vanaf'));
    expect(week?.searchParams.get('vanaf')).toMatch(/T00:00:00[+-]\d\d:\d\d$/);
    expect(week?.searchParams.get('tot')).toMatch(/T00:00:00[+-]\d\d:\d\d$/);
    const span =
      Date.parse(week!.searchParams.get('tot')!) - Date.parse(week!.searchParams.get('vanaf')!);
    expect(Math.round(span / 86_400_000)).toBe(7);
    expect(new Date(week!.searchParams.get('vanaf')!.slice(0, 10)).getUTCDay()).toBe(1);
    expect(await page.getByRole('rowheader').allTextContents()).toEqual(['DN-0001']);
    await page.getByLabel('Weergave').selectOption('client');
    await expect
      .poll(() => page.getByRole('rowheader').allTextContents(), { timeout: 10_000 })
      .toEqual(['CL-0001']);
    expect(await axe()).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('2 visits · 0 conflicts').waitFor();
    expect(await axe()).toEqual([]);
    await page.getByRole('button', { name: 'Nederlands' }).click();
  });

  it('books a visit: the remainder is shown before saving; a double booking is marked', async () => {
    await page.getByRole('button', { name: 'Bezoek inplannen' }).click();
    await page.getByRole('button', { name: 'Bezoek opslaan' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
    await summary.waitFor();
    expect(await summary.getByRole('link').count()).toBeGreaterThanOrEqual(4);
    // each link names its field, not only the error ("Dit veld is verplicht." four times says nothing)
    expect(await summary.getByRole('link').allTextContents()).toContain(
      'Abonnement: Dit veld is verplicht.',
    );
    expect(await axe()).toEqual([]);
    await page.getByLabel('Abonnement').selectOption('AB-0001');
    await page.getByText(/Nog 18 van 20 uur over in/).waitFor();
    await page.getByLabel('Cliënt').selectOption('CL-0001');
    await page.getByLabel('Medewerker').selectOption('DN-0001');
    await page.getByLabel('Dienst').selectOption('DI-GEZELSCHAP');
    await page.getByLabel('Begintijd').fill('09:30');
    await page.getByRole('button', { name: 'Bezoek opslaan' }).click();
    await page.getByText(/Bezoek BZ-\w+ is ingepland\./).waitFor();
    await page.getByText('3 bezoeken · 2 conflicten').waitFor();
    expect(await page.getByText('⚠ Medewerker dubbel geboekt').count()).toBe(2);
  });

  it('warns about an overbooking before saving and shows the API refusal in words', async () => {
    await page.getByRole('button', { name: 'Bezoek inplannen' }).click();
    await page.getByLabel('Abonnement').selectOption('AB-0001');
    await page.getByLabel('Cliënt').selectOption('CL-0001');
    await page.getByLabel('Medewerker').selectOption('DN-0001');
    await page.getByLabel('Dienst').selectOption('DI-GEZELSCHAP');
    await page.getByLabel('Begintijd').fill('15:00');
    await page.getByLabel('Duur in minuten').fill('1080');
    // 3 h booked, 18 h more: 1 h over the 20 h of the month
    await page.getByText(/met dit bezoek is het abonnement 1 uur overboekt/).waitFor();
    await page.getByRole('button', { name: 'Bezoek opslaan' }).click();
    const refusal = page.getByText(
      /^De hub weigert dit bezoek: Overboeking: abonnement AB-0001 heeft 20 uur per maand/,
    );
    await refusal.waitFor();
    expect(await refusal.textContent()).not.toContain('Overbooked');
    // what was entered stays
    expect(await page.getByLabel('Duur in minuten').inputValue()).toBe('1080');
    await page.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('cancels a visit with a reason through the cancel route with If-Match, keyboard only: the hours come free and the conflict goes', async () => {
    const cancels: Array<{ url: string; ifMatch: string | undefined; body: unknown }> = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/_annuleren'))
        cancels.push({ url: r.url(), ifMatch: r.headers()['if-match'], body: r.postDataJSON() });
    });
    await page.getByText('3 bezoeken · 2 conflicten').waitFor();
    await page.getByRole('button', { name: 'Annuleren BZ-0001' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Bezoek BZ-0001 annuleren' }).waitFor();
    // no reason: named in the summary, which takes the focus
    await page.getByRole('button', { name: 'Bezoek annuleren' }).press('Enter');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Reden van annulering: Kies een reden.' })
      .waitFor();
    expect(await axe()).toEqual([]);
    await page.getByRole('link', { name: 'Reden van annulering: Kies een reden.' }).press('Enter');
    await page.getByLabel('Reden van annulering').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Reden van annulering').inputValue()).toBe('nietNodig');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Bezoek BZ-0001 is geannuleerd.').waitFor();
    await page.getByText('3 bezoeken · 0 conflicten').waitFor();
    const stored = await hub.api<Record<string, string>>('planner', '/bezoeken/BZ-0001');
    expect([stored.status, stored.annuleringsreden]).toEqual([
      'geannuleerdDoorAanbieder',
      'nietNodig',
    ]);
    // Sent to POST …/_annuleren (which stamps geannuleerdOp), not as a PUT of the whole record.
    expect(stored.geannuleerdOp).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(cancels).toHaveLength(1);
    expect(cancels[0]!.url).toMatch(/\/bezoeken\/BZ-0001\/_annuleren$/);
    expect(cancels[0]!.ifMatch).toMatch(/^"v\d+"$/);
    expect(cancels[0]!.body).toEqual({
      status: 'geannuleerdDoorAanbieder',
      annuleringsreden: 'nietNodig',
    });
  });
});
