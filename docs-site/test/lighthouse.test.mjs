// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Lighthouse (desktop) on the home page and the calculator page: accessibility, best practices and
// SEO at least 0.95. The performance score is a timing and depends on how busy the machine is, so
// it is printed here and judged only in bench/docs (median of three runs), never asserted in a test.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startSite } from './helpers.mjs';
import { CATEGORIES, runLighthouse } from './lighthouse-run.mjs';

let server;
before(async () => {
  server = await startSite();
});
after(async () => {
  await server?.close();
});

test('home and calculator pages score at least 0.95 for accessibility, best practices and SEO', async () => {
  const pages = ['/', '/docs/businesscase/rekentool'];
  const scores = await runLighthouse(pages.map((p) => server.url + p));
  const problems = [];
  for (const [url, entry] of Object.entries(scores)) {
    console.log(
      `lighthouse ${new URL(url).pathname} (median of ${entry.runs.length}, host benchmark index ${entry.benchmarkIndex}): ${CATEGORIES.map((c) => `${c} ${entry[c].toFixed(2)}`).join(', ')}`,
    );
    for (const c of CATEGORIES.filter((category) => category !== 'performance')) {
      if (entry[c] < 0.95) problems.push(`${url} ${c} ${entry[c]} — ${entry.failing.join('; ')}`);
    }
  }
  assert.deepEqual(problems, []);
});
