// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The calculator computes in a Web Worker, so typing never waits for the Monte Carlo, and its
// charts' labels never overlap: the boxes of the labels are measured on a desktop and on a phone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, startSite } from './helpers.mjs';

let server;
let browser;

before(async () => {
  server = await startSite();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function settled(page) {
  await page.waitForFunction(
    () => document.querySelector('[data-status]')?.getAttribute('data-status') === 'idle',
    undefined,
    { timeout: 60_000 },
  );
}

test('the calculator runs the business case in a Web Worker, and a newer edit replaces an older run', async () => {
  const page = await browser.newPage();
  const workers = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(`${server.url}/docs/businesscase/rekentool`, { waitUntil: 'load' });
  const intake = page.locator('input[data-pointer="/cohorten/0/instroom/waarde"]');
  const before = await page.getByTestId('stakeholder-table').textContent();
  await intake.fill('3');
  await settled(page);
  assert.ok(workers.length >= 1, 'a worker was started for the calculation');
  assert.ok(
    workers.every((url) => url.startsWith(server.url)),
    'the worker comes from the site itself',
  );
  const afterOne = await page.getByTestId('stakeholder-table').textContent();
  assert.notEqual(afterOne, before, 'the worker result reached the page');

  // Three edits in quick succession: only the last one's result is shown.
  for (const value of ['4', '5', '3']) await intake.fill(value);
  await settled(page);
  assert.equal(await page.getByTestId('stakeholder-table').textContent(), afterOne);
  await page.close();
});

/** The boxes of every axis label in the calculator's charts, per chart. */
async function labelBoxes(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.recharts-wrapper')].map((chart) =>
      [...chart.querySelectorAll('text.recharts-cartesian-axis-tick-value')].map((text) => {
        const r = text.getBoundingClientRect();
        return {
          text: text.textContent,
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
        };
      }),
    ),
  );
}

const overlap = (a, b) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
]) {
  for (const prefix of ['', '/en']) {
    test(`chart labels do not overlap and stay inside the chart (${device}${prefix || ' nl'})`, async () => {
      const page = await browser.newPage({ viewport });
      await page.goto(`${server.url}${prefix}/docs/businesscase/rekentool`, { waitUntil: 'load' });
      // the charts are drawn when they come into view
      await page.getByTestId('stakeholder-table').scrollIntoViewIfNeeded();
      await page.waitForFunction(
        () =>
          document.querySelectorAll('.recharts-wrapper text.recharts-cartesian-axis-tick-value')
            .length > 8,
        undefined,
        { timeout: 60_000 },
      );
      const charts = await labelBoxes(page);
      assert.ok(charts.length >= 2, `both charts are drawn, found ${charts.length}`);
      const bounds = await page.evaluate(() =>
        [...document.querySelectorAll('.recharts-wrapper')].map((c) => {
          const r = c.getBoundingClientRect();
          return { left: r.left, right: r.right };
        }),
      );
      charts.forEach((labels, index) => {
        assert.ok(labels.length >= 4, `chart ${index + 1} has its axis labels`);
        for (let i = 0; i < labels.length; i++) {
          const a = labels[i];
          assert.ok(
            a.left >= bounds[index].left - 1 && a.right <= bounds[index].right + 1,
            `"${a.text}" stays inside chart ${index + 1}`,
          );
          for (let j = i + 1; j < labels.length; j++)
            assert.ok(!overlap(a, labels[j]), `"${a.text}" and "${labels[j].text}" overlap`);
        }
      });
      await page.close();
    });
  }
}
