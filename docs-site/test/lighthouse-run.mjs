// Runs Lighthouse (desktop) on a list of URLs with Debian's Chromium; used by the test and the bench.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM, CHROMIUM_FLAGS } from './helpers.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Returns { [url]: { performance, accessibility, 'best-practices', seo, failing: [...] } }. */
export async function runLighthouse(urls) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  const scores = {};
  try {
    for (const url of urls) {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        desktopConfig,
      );
      const lhr = result.lhr;
      const entry = {};
      for (const c of CATEGORIES) entry[c] = lhr.categories[c]?.score ?? 0;
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
