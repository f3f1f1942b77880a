// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The planner's changes in Chromium at 390 px against a real API: a series of recurring visits
 * (previewed against the subscription's hours, booked one by one; a lost answer and a refusal
 * are shown per date, and trying again books nothing twice), a move with If-Match (the conflict
 * it makes is marked in words; a change made meanwhile is refused, not overwritten); axe in nl
 * and en on the new forms, which fit the phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startHub } from './hub';
import { axeViolations, overflowing, screenshot } from './page-checks';

let hub: Awaited<ReturnType<typeof startHub>>;
let browser: Browser;
let page: Page;

const axe = () => axeViolations(page);
const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The first six Mondays and Thursdays from the first of next month, worked out here by hand. */
function seriesDays(): string[] {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() + 1, 1, 12);
  const out: string[] = [];
  while (out.length < 6) {
    if (d.getDay() === 1 || d.getDay() === 4) out.push(iso(d));
    d.setDate(d.getDate() + 1);
  }
  return out;
}

interface Visit {
  id: string;
  status: string;
  geplandStartOp: string;
  annuleringsreden?: string;
}

beforeAll(async () => {
  hub = await startHub();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${hub.base}/app/#sleutel=${hub.keys.planner}`);
  await page.getByText('2 bezoeken · 0 conflicten').waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('planner: recurring visits', () => {
  const days = seriesDays();
  const first = days[0]!;

  it('names what is missing, in a summary and next to the field; no axe violations', async () => {
    await page.getByRole('button', { name: 'Herhalend inplannen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Herhalende bezoeken' }).waitFor();
    await page.getByRole('button', { name: /boeken$/ }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toContain(
      'Op welke dagen: Kies minstens één dag.',
    );
    expect(await axe()).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
  });

  it('previews the dates: what fits the month, what would overbook', async () => {
    await page.getByLabel('Abonnement').selectOption('AB-0001');
    await page.getByLabel('Cliënt').selectOption('CL-0001');
    await page.getByLabel('Medewerker').selectOption('DN-0001');
    await page.getByLabel('Dienst').selectOption('DI-GEZELSCHAP');
    // keyboard only for the days and the end
    await page.getByLabel('maandag').press('Space');
    await page.getByLabel('donderdag').press('Space');
    await page.getByLabel('Duur in minuten').fill('240');
    await page.getByLabel('Vanaf').fill(first);
    await page.getByLabel('Na een aantal bezoeken').press('Space');
    await page.getByLabel('Aantal bezoeken', { exact: true }).fill('6');
    const preview = page.getByTestId('series-preview');
    // 20 h a month, 4 h each: five fit, the sixth would overbook
    await preview
      .getByText(/20 uur over; 5 bezoeken passen, 1 zou het abonnement overboeken\./)
      .waitFor();
    expect(await preview.getByRole('listitem').count()).toBe(6);
    expect(await preview.getByText('⚠ overboekt het abonnement').count()).toBe(1);
    await screenshot(page, 'planner-series');
    expect(await axe()).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await preview.getByText(/5 visits fit, 1 would overbook the subscription/).waitFor();
    expect(await axe()).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nederlands' }).click();
  });

  it('books them one by one; a lost answer and a refusal are shown per date; a retry books nothing twice', async () => {
    // Another booking meanwhile takes 4 h of that month: the fifth date no longer fits.
    await hub.api('planner', '/bezoeken', {
      id: 'BZ-ANDERS',
      clientId: 'CL-0001',
      deelnemerId: 'DN-0001',
      dienstId: 'DI-GEZELSCHAP',
      abonnementId: 'AB-0001',
      geplandStartOp: `${first}T18:00:00Z`,
      geplandEindOp: `${first}T22:00:00Z`,
      status: 'gepland',
    });
    // The first booking reaches the hub, but its answer is lost on the way back.
    let dropped = false;
    await page.route('**/api/v1/bezoeken', async (route) => {
      if (route.request().method() !== 'POST' || dropped) return route.continue();
      dropped = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: '5 bezoeken boeken' }).click();
    const failures = page.getByTestId('series-failures');
    await failures.waitFor();
    await page.getByText('3 bezoeken zijn ingepland; 2 niet.', { exact: false }).waitFor();
    const lines = await failures.getByRole('listitem').allTextContents();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/: Geen verbinding met de hub\.$/);
    expect(lines[1]).toMatch(/: Overboeking: abonnement AB-0001 heeft 20 uur per maand/);
    expect(await axe()).toEqual([]);
    await page.unroute('**/api/v1/bezoeken');
    await hub.api('planner', '/bezoeken/BZ-ANDERS/_status', { status: 'geannuleerdDoorAanbieder' });
    await page.getByRole('button', { name: 'Opnieuw proberen voor de mislukte datums' }).click();
    await page.getByText('5 herhalende bezoeken zijn ingepland.').waitFor();
    const all = await hub.api<{ resultaten: Visit[] }>(
      'planner',
      '/bezoeken?abonnementId=AB-0001&pageSize=100',
    );
    const series = all.resultaten.filter((v) => /^BZ-[0-9a-f]{8}-\d{8}$/.test(v.id));
    expect(series.map((v) => v.geplandStartOp.slice(0, 10)).sort()).toEqual(days.slice(0, 5));
  });
});

describe('planner: move a visit', () => {
  it('moves a visit with If-Match; the double booking it makes is marked in words', async () => {
    await page.getByRole('button', { name: 'Verplaatsen BZ-0002' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bezoek BZ-0002 verplaatsen' }).waitFor();
    expect(await axe()).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await page.getByLabel('Begintijd').fill('09:30');
    await page.getByRole('button', { name: 'Verplaatsing opslaan' }).click();
    await page.getByText('Bezoek BZ-0002 is verplaatst.').waitFor();
    await page.getByText(/bezoeken · 2 conflicten$/).waitFor();
    expect(await page.locator('[data-visit="BZ-0002"]').textContent()).toContain('09:30–10:30');
    expect(await page.getByText('⚠ Medewerker dubbel geboekt').count()).toBe(2);
    const stored = await hub.api<Visit>('planner', '/bezoeken/BZ-0002');
    expect(stored.geplandStartOp.slice(11, 16)).toBe('09:30');
  });

  it('refuses to overwrite a change made meanwhile (412) and says so', async () => {
    await page.getByRole('button', { name: 'Verplaatsen BZ-0002' }).click();
    const save = page.getByRole('button', { name: 'Verplaatsing opslaan' });
    await expect.poll(() => save.isEnabled()).toBe(true);
    const current = await hub.api<Visit>('planner', '/bezoeken/BZ-0002');
    await hub.api('planner', '/bezoeken/BZ-0002', { ...current }, 'PUT');
    await page.getByLabel('Begintijd').fill('11:00');
    await save.click();
    await page.getByText(/^Iemand anders heeft dit bezoek intussen gewijzigd/).waitFor();
    const stored = await hub.api<Visit>('planner', '/bezoeken/BZ-0002');
    expect(stored.geplandStartOp.slice(11, 16)).toBe('09:30');
  });

  it('refuses a cancellation of a visit changed meanwhile (412) and says so', async () => {
    await page.getByRole('button', { name: 'Annuleren BZ-0002' }).click();
    const confirm = page.getByRole('button', { name: 'Bezoek annuleren' });
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    const current = await hub.api<Visit>('planner', '/bezoeken/BZ-0002');
    await hub.api('planner', '/bezoeken/BZ-0002', { ...current }, 'PUT');
    await page.getByLabel('Reden van annulering').selectOption({ index: 1 });
    await confirm.click();
    await page.getByText(/^Iemand anders heeft dit bezoek intussen gewijzigd/).waitFor();
    const stored = await hub.api<Visit>('planner', '/bezoeken/BZ-0002');
    expect(stored.status).toBe('gepland');
  });
});
