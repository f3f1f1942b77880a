// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The household's sign-up in a real browser against a real API, with the keyboard only: a wrong
 * IBAN is refused next to the field and in the summary (nothing typed is lost), the corrected form
 * is accepted, the confirmation says what happens next and the API holds the request and the
 * confirmation in its outbox. Then the magic link: the sign-in page always gives the same answer,
 * and the token from the outbox signs the household in. axe (WCAG 2.1 A/AA) finds nothing in nl
 * and en, and each page fits 390 px and 200 % zoom.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overflowAtZoom200, tabTo, tabWalk, typeInto } from './household-keys';
import { launchBrowser, startHub } from './hub';
import { axeViolations, overflowing, screenshot } from './page-checks';

let hub: Awaited<ReturnType<typeof startHub>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const EMAIL = 'huishouden-test@example.org';

interface Message {
  aan: string;
  onderwerp: string;
  tekst: string;
}

async function outbox(): Promise<Message[]> {
  return (await hub.api<{ resultaten: Message[] }>('beheerder', '/uitgaande-berichten')).resultaten;
}

/** axe and the fit at 390 px in Dutch, then in English, with a screenshot of each. */
async function checkBothLanguages(name: string, heading: { nl: string; en: string }) {
  expect(await axeViolations(page)).toEqual([]);
  expect(await overflowing(page)).toEqual([]);
  await screenshot(page, `${name}-nl`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: heading.en }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  expect(await overflowing(page)).toEqual([]);
  await screenshot(page, `${name}-en`);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('heading', { level: 1, name: heading.nl }).waitFor();
}

beforeAll(async () => {
  hub = await startHub();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL' });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('huishouden: aanmelden', () => {
  it('shows the public sign-up page without a credential, with no axe violations in nl and en', async () => {
    await page.goto(`${hub.base}/app/#/aanmelden`);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden voor hulp thuis' }).waitFor();
    // The offer is the hub's (GET /aanbod): its week bundle, priced at its tariff, and its service.
    await page.getByLabel('2 uur per week').waitFor();
    await page.getByText(/^Kost €\s65,00 per week \(€\s32,50 per uur\)\.$/).waitFor();
    await page.getByRole('checkbox', { name: 'Gezelschap' }).waitFor();
    expect(await page.getByLabel('16 uur per maand').count()).toBe(0);
    const privacy = page.getByRole('link', { name: /privacyverklaring/ });
    expect(await privacy.getAttribute('href')).toMatch(/\/docs\/privacy$/);
    await checkBothLanguages('huishouden-aanmelden', {
      nl: 'Aanmelden voor hulp thuis',
      en: 'Sign up for help at home',
    });
    expect(
      await overflowAtZoom200(browser, `${hub.base}/app/#/aanmelden`, (p) =>
        p.getByRole('heading', { level: 1, name: 'Aanmelden voor hulp thuis' }).waitFor(),
      ),
    ).toEqual([]);
  });

  it('draws the form in one go once the offer is there: nothing on the page moves', async () => {
    // The offer is held back until the page has drawn its heading, so it arrives after the first
    // paint, as on a slow connection; the layout shifts of the page are summed as Lighthouse does.
    const slow = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'nl-NL',
    });
    try {
      const p = await slow.newPage();
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await p.route('**/aanbod', async (route) => {
        await held;
        await route.continue();
      });
      await p.addInitScript(() => {
        const w = window as unknown as { shifts: number };
        w.shifts = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { value: number }>)
            w.shifts += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await p.goto(`${hub.base}/app/#/aanmelden`);
      await p.getByRole('heading', { level: 1, name: 'Aanmelden voor hulp thuis' }).waitFor();
      await p.getByText('Het aanbod van de hub wordt geladen').waitFor();
      expect(await p.getByRole('button', { name: 'Aanmelding versturen' }).count()).toBe(0);
      await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
      release();
      await p.getByLabel('2 uur per week').waitFor();
      await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
      const shifts = await p.evaluate(() => (window as unknown as { shifts: number }).shifts);
      expect(shifts).toBeLessThan(0.01);
    } finally {
      await slow.close();
    }
  });

  it('reaches every control with Tab, in the order of the page', async () => {
    const order = await tabWalk(page);
    const fields = [
      'field-naam',
      'field-postcode',
      'field-email',
      'field-iban',
      'field-toestemming',
    ];
    const at = fields.map((f) => order.indexOf(f));
    expect(
      at.every((i) => i >= 0),
      order.join(' '),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(order).toContain('Aanmelding versturen');
  });

  it('refuses a wrong IBAN next to the field and in the summary, and keeps what was typed', async () => {
    await tabTo(page, 'pakket-4-maand');
    await page.keyboard.press('ArrowDown'); // 8 uur per maand
    await tabTo(page, 'voorkeursdagen-dinsdag');
    await page.keyboard.press('Space');
    await typeInto(page, 'field-naam', 'Huishouden Test');
    await typeInto(page, 'field-straat', 'Teststraat');
    await typeInto(page, 'field-huisnummer', '12');
    await typeInto(page, 'field-postcode', '2611 AB');
    await typeInto(page, 'field-woonplaats', 'Delft');
    await typeInto(page, 'field-email', EMAIL);
    // one digit off: the format is right, the check digits are not
    await typeInto(page, 'field-iban', 'NL91 ABNA 0417 1643 01');
    await typeInto(page, 'field-rekeninghouder', 'H. Test');
    await tabTo(page, 'field-toestemming');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
    await summary.waitFor();
    const ibanError =
      'Dit IBAN klopt niet: controleer of je het goed hebt overgenomen (de controlecijfers kloppen niet).';
    expect(await summary.getByRole('link').allTextContents()).toEqual([`IBAN: ${ibanError}`]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe(
      'error-summary-title',
    );
    // next to the field, and the field says it is invalid
    const iban = page.getByLabel('IBAN', { exact: true });
    expect(await iban.getAttribute('aria-invalid')).toBe('true');
    await page.locator('.utrecht-form-field--invalid').getByText(ibanError).waitFor();
    expect(await page.getByLabel('Straat').inputValue()).toBe('Teststraat');
    expect(await iban.inputValue()).toBe('NL91 ABNA 0417 1643 01');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'huishouden-aanmelden-fout-nl');
    // nothing reached the hub
    expect(await hub.api<{ resultaten: unknown[] }>('planner', '/huishoudens')).toMatchObject({
      resultaten: [],
    });
  });

  it('accepts the corrected form: the confirmation, the request and its message in the outbox', async () => {
    // the summary's link leads to the field and keeps the page (the app's pages live in the hash)
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Aanmelden voor hulp thuis' }).waitFor();
    expect(await page.getByLabel('Straat').inputValue()).toBe('Teststraat');
    await typeInto(page, 'field-iban', 'NL91 ABNA 0417 1643 00');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Je aanmelding is ontvangen' }).waitFor();
    await page.getByText('uitgaande post van de hub').waitFor();
    await checkBothLanguages('huishouden-bevestiging', {
      nl: 'Je aanmelding is ontvangen',
      en: 'We have received your sign-up',
    });
    const households = await hub.api<{ resultaten: Array<Record<string, string>> }>(
      'planner',
      '/huishoudens',
    );
    expect(households.resultaten.map((h) => [h.postcode, h.email, h.betaalwijze])).toEqual([
      ['2611 AB', EMAIL, 'incasso'],
    ]);
    const subs = await hub.api<{ resultaten: Array<Record<string, unknown>> }>(
      'planner',
      `/abonnementen?huishoudenId=${households.resultaten[0]!.id}`,
    );
    expect(subs.resultaten.map((s) => [s.status, s.aantalPerPeriode, s.voorkeursdagen])).toEqual([
      ['aangevraagd', 8, ['dinsdag']],
    ]);
    expect((await outbox()).filter((m) => m.aan === EMAIL)).toHaveLength(1);
    // the typed form is gone from the tab once the hub has it
    expect(await page.evaluate(() => sessionStorage.getItem('zorghub.aanmelding'))).toBeNull();
  });
});

describe('huishouden: inloggen met een link', () => {
  it('answers the same for a known and an unknown address, and writes a link only for the known one', async () => {
    await page.goto(`${hub.base}/app/#/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen voor huishoudens' }).waitFor();
    await checkBothLanguages('huishouden-inloggen', {
      nl: 'Inloggen voor huishoudens',
      en: 'Sign in for households',
    });
    const before = (await outbox()).length;
    const sent = page.getByText('Als dit e-mailadres bij ons bekend is');
    await typeInto(page, 'field-email', 'onbekend@example.org');
    await page.keyboard.press('Enter');
    await sent.waitFor();
    const unknownAnswer = await sent.textContent();
    expect((await outbox()).length).toBe(before);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inloggen voor huishoudens' }).waitFor();
    await typeInto(page, 'field-email', EMAIL);
    await page.keyboard.press('Enter');
    await sent.waitFor();
    expect(await sent.textContent()).toBe(unknownAnswer);
    expect((await outbox()).length).toBe(before + 1);
  });

  it('signs in with the token from the outbox and removes it from the address bar; a used token fails', async () => {
    // the newest message to the household with a sign-in token (the outbox lists newest first)
    const message = (await outbox()).find((m) => m.aan === EMAIL && /token=/.test(m.tekst))!;
    const token = /token=([^\s&#]+)/.exec(message.tekst)?.[1];
    expect(token).toBeTruthy();
    const link = `${hub.base}/app/#/inloggen?token=${token}`;
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Mijn abonnement' }).waitFor();
    expect(page.url()).not.toContain(token!);
    await page.getByText('Ingelogd als huishouden').waitFor();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.goto(link);
    await page.getByText('Deze inloglink is verlopen of al gebruikt.').waitFor();
  });
});
