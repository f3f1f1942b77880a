// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Shared by the tests of the validation page (/valideren, /en/validate): open it with every request
// recorded, give it files and read its report, and check that nothing left the machine meanwhile.
import assert from 'node:assert/strict';

/**
 * Opens `path` of the site `server` serves; every request from then on is recorded, and any to
 * another host aborted.
 */
export async function openPage(browser, server, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  await context.route('**/*', (route) => {
    const request = route.request();
    requests.push({ url: request.url(), method: request.method(), body: request.postData() });
    if (!request.url().startsWith(server.url)) return route.abort();
    return route.continue();
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  return { context, page, requests };
}

/** Gives the page files (a folder or loose files) and waits for its report. */
export async function validate(page, testid, paths) {
  await page.evaluate(() => delete document.body.dataset.validateDone);
  await page.getByTestId(testid).setInputFiles(paths);
  await page.waitForFunction(() => document.body.dataset.validateDone === 'true', null, {
    timeout: 60_000,
  });
  const rows = await page.$$eval('tr[data-code]', (trs) =>
    trs.map((tr) => [tr.dataset.code, Number(tr.dataset.count)]),
  );
  const verdict = await page.textContent('#validate-report');
  return { rows, verdict };
}

/** A report's issue groups as the page shows them: [code, count] in the report's order. */
export const groups = (report) => report.issues.map((i) => [i.code, i.count]);

/** During validation: only the page's own static files may load (GET, no body); nothing else. */
export function assertNoDataSent(server, requests, from) {
  const during = requests.slice(from);
  for (const r of during) {
    assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
    assert.equal(r.body, null, `a request with a body: ${r.url}`);
    assert.ok(r.url.startsWith(server.url), `a request to another host: ${r.url}`);
    // the page's own static files (the Worker's script; the favicon, which Chromium loads late)
    assert.match(new URL(r.url).pathname, /^\/(?:en\/)?(?:assets\/js|img)\/[\w.-]+$/, r.url);
    assert.equal(new URL(r.url).search, '', `a query string: ${r.url}`);
  }
}
