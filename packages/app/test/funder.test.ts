// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The funder's page in Chromium against a real API, on a phone's width: every count the API gives
 * is shown as given, every suppressed cell is shown as suppressed (never a number), the monitoring
 * summary's whole-hub row matches the API, and axe finds nothing in nl and en.
 */

import { type ArbeidssituatieCode, arbeidssituatieLabels } from '@zorghub/schemas';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB, launchBrowser, startHub } from './hub';
import { axeViolations, overflowing, screenshot } from './page-checks';

let hub: Awaited<ReturnType<typeof startHub>>;
let browser: Browser;
let page: Page;
const shot = (name: string) => screenshot(page, name);

const axe = () => axeViolations(page);

interface Cell {
  waarde: string;
  aantalDeelnemers: number | null;
  onderdrukt: boolean;
}
type Aggregates = Record<'arbeidssituatie' | 'uitkeringsstatus', Cell[]>;

// 12 participants: 6 at work in the hub, 5 in training, 1 in a regular job (a small cell).
const SITUATIONS: ArbeidssituatieCode[] = [
  ...Array(6).fill('inDienstHub'),
  ...Array(5).fill('inTraining'),
  'regulierWerk',
];

beforeAll(async () => {
  hub = await startHub();
  const month = new Date().toISOString().slice(0, 7);
  for (const [i, situation] of SITUATIONS.entries()) {
    const id = `DN-${String(i + 101)}`;
    await hub.api('beheerder', '/deelnemers', {
      id,
      werkgeverId: HUB,
      cohort: '2026-01',
      status: situation === 'inTraining' ? 'inTraining' : 'inDienst',
      aanmeldDatum: '2026-01-05',
      trainingStartDatum: '2026-01-12',
    });
    await hub.api('beheerder', '/uitkomsten', {
      id: `UK-${i + 101}`,
      deelnemerId: id,
      periodeStartDatum: `${month}-01`,
      periodeEindDatum: `${month}-28`,
      arbeidssituatie: situation,
      uitkeringsstatus: situation === 'regulierWerk' ? 'beeindigd' : 'aanvullend',
      uitgestroomd: situation === 'regulierWerk',
      ...(situation === 'regulierWerk' ? { uitstroombestemming: 'regulierWerkElders' } : {}),
    });
  }
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

/** The rows of the table in the region named `name`: [row header, ...cells]. */
const tableRows = (name: string) =>
  page
    .getByRole('region', { name, exact: true })
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.slice(1).map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())),
    );

describe('financier: outcomes and monitoring', () => {
  it('shows each aggregate as the API gives it, suppressed cells as suppressed', async () => {
    const api = await hub.api<Aggregates>('financier', '/uitkomst-aggregaties');
    await page.goto(`${hub.base}/app/#sleutel=${hub.keys.financier}`);
    await page.getByRole('heading', { level: 1, name: 'Financier' }).waitFor();
    await page.getByRole('region', { name: 'Arbeidssituatie', exact: true }).waitFor();
    const shown = await tableRows('Arbeidssituatie');
    const expected = api.arbeidssituatie.map((c) => [
      arbeidssituatieLabels[c.waarde as ArbeidssituatieCode]?.nl ?? c.waarde,
      c.onderdrukt ? 'onderdrukt (minder dan 5)' : String(c.aantalDeelnemers),
    ]);
    expect(shown).toEqual(expected);
    // both kinds of cell are on the page: a count and a suppressed one (the regular job, 1 person)
    expect(api.arbeidssituatie.some((c) => c.onderdrukt)).toBe(true);
    expect(api.arbeidssituatie.some((c) => !c.onderdrukt)).toBe(true);
    expect(shown.flat().join(' ')).not.toMatch(/\b1\b/);
    expect(await axe()).toEqual([]);
    await shot('financier-nl');
  });

  it('shows the whole hub in the monitoring summary as the API counts it', async () => {
    const day = await page.getByLabel('Peildatum').inputValue();
    const api = await hub.api<{ totaal: { aantalDeelnemers: { aantal: number | null } } }>(
      'financier',
      `/monitoring-samenvatting?peildatum=${day}`,
    );
    const rows = await tableRows('Monitoring per cohort');
    const whole = rows.find((r) => r[0] === 'Hele hub');
    expect(whole?.[1]).toBe(String(api.totaal.aantalDeelnemers.aantal));
    expect(rows.map((r) => r[0])).toContain('2026-01');
  });

  it('fits a 390 px phone and has no axe violations in English', async () => {
    expect(await overflowing(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Funder' }).waitFor();
    await page.getByRole('region', { name: 'Employment situation', exact: true }).waitFor();
    expect(await axe()).toEqual([]);
  });
});
