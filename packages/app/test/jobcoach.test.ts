// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The job coach's journey in Chromium against a real API, on a phone's width: the participants
 * with status, contract hours, training and outflow; a coaching contact refused with the missing
 * field named (what was typed is kept), then recorded; a day's hours approved; axe in nl and en.
 */

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB, launchBrowser, startHub, WORKER } from './hub';
import { axeViolations, overflowing, screenshot } from './page-checks';

let hub: Awaited<ReturnType<typeof startHub>>;
let browser: Browser;
let page: Page;
const shot = (name: string) => screenshot(page, name);

const axe = () => axeViolations(page);

beforeAll(async () => {
  hub = await startHub();
  await hub.api('beheerder', '/deelnemers', {
    id: 'DN-0002',
    werkgeverId: HUB,
    cohort: '2025-09',
    status: 'uitgestroomd',
    aanmeldDatum: '2025-09-01',
    contracturenPerWeek: 16,
    uitstroomDatum: '2026-06-30',
    uitstroombestemming: 'regulierWerkElders',
  });
  await hub.api('beheerder', '/trainingen', {
    id: 'TR-0001',
    deelnemerId: WORKER,
    trainingssoort: 'werknemersvaardigheden',
    startDatum: '2026-01-12',
    eindDatum: '2026-02-06',
    resultaat: 'afgerond',
  });
  await hub.api('beheerder', '/uren', {
    id: 'UR-0001',
    deelnemerId: WORKER,
    werkDatum: '2026-02-10',
    uren: 4,
    urensoort: 'dienstverlening',
  });
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

const participantRow = (id: string) =>
  page
    .getByRole('region', { name: 'Deelnemers', exact: true })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: id, exact: true }) });

describe('jobcoach: participants, coaching and hours', () => {
  it('shows each participant with status, hours, training and outflow', async () => {
    await page.goto(`${hub.base}/app/#sleutel=${hub.keys.jobcoach}`);
    await page.getByRole('heading', { level: 1, name: 'Jobcoaching' }).waitFor();
    await participantRow(WORKER).waitFor();
    expect(await participantRow(WORKER).getByRole('cell').allTextContents()).toEqual([
      'In dienst',
      '2026-01',
      '–',
      'Afgerond',
      '0',
      '–',
    ]);
    expect(await participantRow('DN-0002').getByRole('cell').allTextContents()).toEqual([
      'Uitgestroomd',
      '2025-09',
      '16',
      '–',
      '0',
      '2026-06-30 · Regulier werk elders',
    ]);
    expect(await axe()).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await shot('jobcoach-nl');
  });

  it('names the missing field of a coaching contact, keeps what was typed, then records it', async () => {
    await page.getByLabel('Deelnemer', { exact: true }).selectOption(WORKER);
    await page.getByLabel('Duur in minuten (niet verplicht)').fill('45');
    await page.getByRole('button', { name: 'Contact vastleggen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Vorm: Kies hoe het contact was.',
    ]);
    expect(await page.getByLabel('Duur in minuten (niet verplicht)').inputValue()).toBe('45');
    expect(await axe()).toEqual([]);
    await page.getByLabel('Op de werkplek').check();
    await page.getByRole('button', { name: 'Contact vastleggen' }).click();
    await page.getByText(`Het coachingcontact met ${WORKER} is vastgelegd.`).waitFor();
    const stored = await hub.api<{ resultaten: Array<Record<string, unknown>> }>(
      'jobcoach',
      '/coachingcontacten',
    );
    expect(stored.resultaten.map((r) => [r.deelnemerId, r.vorm, r.duurMinuten])).toEqual([
      [WORKER, 'werkplek', 45],
    ]);
    const day = String(stored.resultaten[0]!.contactDatum);
    await expect
      .poll(() => participantRow(WORKER).getByRole('cell').nth(4).textContent())
      .toBe(`1, laatste op ${day}`);
  });

  it('approves the hours waiting for approval; the API records when', async () => {
    await page.getByRole('button', { name: 'Keur UR-0001 goed' }).click();
    await page.getByText('De uren van UR-0001 zijn goedgekeurd.').waitFor();
    await page.getByText('Er zijn geen uren die op goedkeuring wachten.').waitFor();
    const hours = await hub.api<{ resultaten: Array<{ goedgekeurdOp?: string }> }>(
      'jobcoach',
      '/uren',
    );
    expect(Date.parse(hours.resultaten[0]!.goedgekeurdOp ?? '')).toBeGreaterThan(0);
  });

  it('reads in English without axe violations and fits the phone', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Job coaching' }).waitFor();
    expect(await axe()).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
  });
});
