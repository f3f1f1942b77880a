// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Runs Lighthouse (desktop, or mobile with its default throttling) on a list of URLs with
// Debian's Chromium; used by the test and the bench.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM, CHROMIUM_FLAGS } from './helpers.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Returns { [url]: { performance, accessibility, 'best-practices', seo, failing: [...], runs } }.
 * Each URL is audited `runs` times and every category takes its median, as Lighthouse's own
 * guidance on variability advises (a shared CI machine makes single runs noisy).
 */
export async function runLighthouse(urls, { runs = 3, mobile = false } = {}) {
  // Lighthouse's default config is the mobile one (Moto G Power, slow 4G, 4x CPU slowdown).
  const config = mobile ? undefined : desktopConfig;
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  const scores = {};
  try {
    for (const url of urls) {
      const lhrs = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          config,
        );
        lhrs.push(result.lhr);
      }
      const entry = {
        runs: lhrs.map((l) =>
          Object.fromEntries(CATEGORIES.map((c) => [c, l.categories[c]?.score ?? 0])),
        ),
      };
      for (const c of CATEGORIES) entry[c] = median(entry.runs.map((r) => r[c]));
      entry.totalBlockingTime = median(
        lhrs.map((l) => l.audits['total-blocking-time']?.numericValue ?? Number.NaN),
      );
      // Explain with the run closest to the median performance.
      const lhr =
        lhrs.find((l) => l.categories.performance?.score === entry.performance) ?? lhrs[0];
      entry.benchmarkIndex = lhr.environment?.benchmarkIndex;
      entry.failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
        .map((a) => `${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      if (lhr.runtimeError) entry.failing.push(`runtime error: ${lhr.runtimeError.message}`);
      scores[url] = entry;
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}
