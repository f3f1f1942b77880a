// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The planner's four forms (book, series, move, cancel) at 200 % zoom and on a 390 px phone:
 * axe 0 violations in nl and en with the errors shown, no horizontal scrolling, and every control
 * reachable with Tab. 200 % zoom is emulated the way a browser zooms: a 1280 px wide screen at
 * 200 % lays the page out in a 640 px wide CSS viewport, drawn at deviceScaleFactor 2.
 * Then, on a wide screen, a visit dragged with the mouse to another day (WCAG 2.5.7 keeps the
 * move button as the alternative), and a drag of a visit changed meanwhile refused, not applied.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startHub } from './hub';
import { axeViolations, overflowing, screenshot } from './page-checks';

let hub: Awaited<ReturnType<typeof startHub>>;
let browser: Browser;

beforeAll(async () => {
  hub = await startHub();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

/** The enabled controls of the form that a Tab from the top never reaches (radios: per group). */
async function unreachable(page: Page): Promise<string[]> {
  const count = await page.evaluate(() => {
    const all = [
      ...document.querySelectorAll<HTMLElement>(
        'form input, form select, form textarea, form button, form a[href]',
      ),
    ].filter((el) => !(el as HTMLInputElement).disabled && el.getClientRects().length > 0);
    all.forEach((el, i) => {
      el.dataset.tabProbe = String(i);
    });
    (document.activeElement as HTMLElement | null)?.blur();
    return all.length;
  });
  const seen = new Set<string>();
  for (let i = 0; i < count + 40; i++) {
    await page.keyboard.press('Tab');
    const probe = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.dataset.tabProbe
        ? `${el.dataset.tabProbe}|${(el as HTMLInputElement).type}|${(el as HTMLInputElement).name}`
        : '';
    });
    if (probe) seen.add(probe);
  }
  return page.evaluate(
    (reached) => {
      const groups = new Set(
        reached.filter((r) => r.split('|')[1] === 'radio').map((r) => r.split('|')[2]),
      );
      const ids = new Set(reached.map((r) => r.split('|')[0]));
      return [...document.querySelectorAll<HTMLElement>('[data-tab-probe]')]
        .filter((el) => !ids.has(el.dataset.tabProbe!))
        .filter(
          (el) =>
            !(
              (el as HTMLInputElement).type === 'radio' && groups.has((el as HTMLInputElement).name)
            ),
        )
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}#${el.id || (el as HTMLInputElement).name || el.textContent}`,
        );
    },
    [...seen],
  );
}

const FORMS = [
  {
    open: 'Bezoek inplannen',
    title: 'Nieuw bezoek',
    submit: 'Bezoek opslaan',
    back: 'Annuleren',
  },
  {
    open: 'Herhalend inplannen',
    title: 'Herhalende bezoeken',
    submit: /boeken$/,
    back: 'Terug naar de planning',
  },
  {
    open: 'Verplaatsen BZ-0002',
    title: 'Bezoek BZ-0002 verplaatsen',
    submit: undefined,
    back: 'Terug naar de planning',
  },
  {
    open: 'Annuleren BZ-0002',
    title: 'Bezoek BZ-0002 annuleren',
    submit: 'Bezoek annuleren',
    back: 'Niet annuleren',
  },
] as const;

describe.each([
  { name: '200 % zoom (640 px at deviceScaleFactor 2)', width: 640, height: 450, scale: 2 },
  { name: 'a 390 px phone', width: 390, height: 844, scale: 3 },
])('planner forms at $name', ({ width, height, scale }) => {
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({
      viewport: { width, height },
      deviceScaleFactor: scale,
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${hub.base}/app/#sleutel=${hub.keys.planner}`);
    await page.getByText(/^2 bezoeken · /).waitFor();
  });
  afterAll(async () => page?.context().close());

  for (const form of FORMS) {
    it(`${form.title}: errors shown, axe 0 in nl and en, no horizontal scroll, all by Tab`, async () => {
      await page.getByRole('button', { name: form.open, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: form.title }).waitFor();
      if (form.submit) {
        const submit = page.getByRole('button', { name: form.submit });
        await expect.poll(() => submit.isEnabled()).toBe(true);
        await submit.click();
        await page
          .getByRole('alert')
          .filter({ hasText: 'Er is iets niet goed ingevuld' })
          .waitFor();
        // For the guide: the book form with its errors at 200 % zoom.
        if (scale === 2 && form.open === 'Bezoek inplannen')
          await screenshot(page, 'planner-nieuw-bezoek-200-nl');
      }
      expect(await axeViolations(page)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      expect(await unreachable(page)).toEqual([]);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Nederlands' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await page.getByRole('button', { name: 'Nederlands' }).click();
      await page.getByRole('button', { name: form.back, exact: true }).click();
      await page.getByText(/^2 bezoeken · /).waitFor();
    });
  }
});

describe('planner: drag a visit to another day with the mouse', () => {
  let page: Page;
  beforeAll(async () => {
    // The hub's subscription and client start on the first of this month, so a Monday of this week
    // can lie before them, and the API rightly refuses a visit there ("buiten de looptijd"). Start
    // them a month earlier so that any day of this week is a day a visit may move to.
    const monthEarlier = (iso: string) => {
      const d = new Date(`${iso}T12:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() - 1);
      return d.toISOString().slice(0, 10);
    };
    for (const path of ['/abonnementen/AB-0001', '/clienten/CL-0001']) {
      const current = await hub.api<{ startDatum: string }>('beheerder', path);
      await hub.api(
        'beheerder',
        path,
        { ...current, startDatum: monthEarlier(current.startDatum) },
        'PUT',
      );
    }
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${hub.base}/app/#sleutel=${hub.keys.planner}`);
    await page.getByText(/^2 bezoeken · /).waitFor();
  });

  /** Another day of this week than the visit's own: Monday, or Tuesday when it is Monday. */
  const otherDay = (day: string) => {
    const d = new Date(`${day}T12:00:00`);
    const monday = new Date(d);
    monday.setDate(d.getDate() - ((d.getDay() + 6) % 7) + (d.getDay() === 1 ? 1 : 0));
    return `${monday.getFullYear()}-${String(monday.getMonth() + 1).padStart(2, '0')}-${String(monday.getDate()).padStart(2, '0')}`;
  };

  async function drag(id: string, day: string) {
    const from = await page.locator(`[data-visit="${id}"] strong`).boundingBox();
    const cell = page.locator(`tr:has(th:text-is("DN-0001")) td[data-day="${day}"]`);
    await cell.scrollIntoViewIfNeeded();
    const to = await cell.boundingBox();
    await page.mouse.move(from!.x + 5, from!.y + 5);
    await page.mouse.down();
    await page.mouse.move(from!.x + 25, from!.y + 10, { steps: 4 });
    await page.mouse.move(to!.x + to!.width / 2, to!.y + 10, { steps: 8 });
    await page.mouse.up();
  }

  it('moves the visit to the day it is dropped on, same time, with If-Match', async () => {
    const before = await hub.api<{ geplandStartOp: string }>('planner', '/bezoeken/BZ-0001');
    const target = otherDay(before.geplandStartOp.slice(0, 10));
    const puts: Array<string | undefined> = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().endsWith('/bezoeken/BZ-0001'))
        puts.push(r.headers()['if-match']);
    });
    await drag('BZ-0001', target);
    await page.getByText('Bezoek BZ-0001 is verplaatst.').waitFor();
    await page.locator(`td[data-day="${target}"] [data-visit="BZ-0001"]`).waitFor();
    const after = await hub.api<{ geplandStartOp: string }>('planner', '/bezoeken/BZ-0001');
    expect(after.geplandStartOp.slice(0, 10)).toBe(target);
    expect(after.geplandStartOp.slice(11, 16)).toBe(before.geplandStartOp.slice(11, 16));
    // For the guide: the week per worker after the drop, with its confirmation.
    await screenshot(page, 'planner-week-nl');
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatch(/^"v\d+"$/);
  });

  it('refuses a drop of a visit someone changed meanwhile and loads the week again', async () => {
    const current = await hub.api<{ geplandStartOp: string }>('planner', '/bezoeken/BZ-0002');
    const day = current.geplandStartOp.slice(0, 10);
    await hub.api(
      'planner',
      '/bezoeken/BZ-0002',
      {
        ...current,
        geplandStartOp: current.geplandStartOp.replace('T13:', 'T14:'),
        geplandEindOp: current.geplandStartOp.replace('T13:', 'T15:'),
      },
      'PUT',
    );
    await drag('BZ-0002', otherDay(day));
    await page.getByText(/^Iemand anders heeft dit bezoek intussen gewijzigd/).waitFor();
    const stored = await hub.api<{ geplandStartOp: string }>('planner', '/bezoeken/BZ-0002');
    expect(stored.geplandStartOp.slice(0, 16)).toBe(`${day}T14:00`);
    // the week shows the other person's change after the reload
    await expect
      .poll(() => page.locator('[data-visit="BZ-0002"] strong').textContent())
      .toBe('14:00–15:00');
  });
});
