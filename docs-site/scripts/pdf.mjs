#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The guide as one PDF per locale: serves build/, walks the pages in the sidebar's order (the
// "next" links from the introduction on, leaving out the generated reference pages), takes each
// page's article after it has rendered (diagrams included) and prints them together with the
// print stylesheet, with a PDF outline from the headings.
//
//   node scripts/pdf.mjs [outDir]     writes zorghub-gids-nl.pdf and zorghub-guide-en.pdf
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from './lib/static-server.mjs';

const site = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export const PDF_FILES = { nl: 'zorghub-gids-nl.pdf', en: 'zorghub-guide-en.pdf' };

/**
 * Pages in reading order: follow the "next" link of the served HTML from the introduction on
 * (plain HTTP, no browser), leaving out the generated reference pages.
 */
async function readingOrder(origin, prefix) {
  const paths = [];
  let next = `${prefix}/docs/intro`;
  const seen = new Set();
  while (next && !seen.has(next) && seen.size < 300) {
    seen.add(next);
    if (!next.includes('/referentie')) paths.push(next);
    const html = await (await fetch(origin + next)).text();
    const link = /<a[^>]*class="[^"]*pagination-nav__link--next[^"]*"[^>]*>/.exec(html)?.[0];
    const href = link ? /href="?([^"\s>]+)/.exec(link)?.[1] : undefined;
    next = href ? new URL(href, origin).pathname : null;
  }
  return paths;
}

/**
 * Opens a page and waits until React has hydrated it. Before that, React may still render the
 * article again, which would undo the articles put in below: an English PDF came out with only the
 * introduction's 3 pages on a busy machine.
 */
async function open(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
}

/** The page's article once rendered (diagrams are drawn after hydration). */
async function article(page, url) {
  await open(page, url);
  if (await page.locator('.docusaurus-mermaid-container').count()) {
    await page
      .locator('.docusaurus-mermaid-container svg')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
  }
  return page.locator('article').first().innerHTML();
}

export async function buildPdfs(outDir, { origin, browser } = {}) {
  mkdirSync(outDir, { recursive: true });
  const server = origin ? null : await serveStatic(join(site, 'build'), { port: 0 });
  const base = origin ?? server.url;
  const own = !browser;
  const chrome = browser ?? (await chromium.launch({ executablePath: CHROMIUM, args: FLAGS }));
  const written = {};
  try {
    for (const [lang, file] of Object.entries(PDF_FILES)) {
      const prefix = lang === 'nl' ? '' : '/en';
      const page = await chrome.newPage();
      const paths = await readingOrder(base, prefix);
      const articles = [];
      for (const path of paths) articles.push(await article(page, base + path));
      // One document: the first page's shell (styles, fonts), its article replaced by all of them.
      await open(page, base + paths[0]);
      await page.evaluate((html) => {
        const article = document.querySelector('article');
        article.innerHTML = html
          .map((h) => `<section class="zorghub-print-page">${h}</section>`)
          .join('');
      }, articles);
      await page.emulateMedia({ media: 'print' });
      const target = join(outDir, file);
      await page.pdf({
        path: target,
        format: 'A4',
        printBackground: false,
        outline: true,
        tagged: true,
        margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      });
      written[lang] = { file: target, pages: paths };
      await page.close();
    }
  } finally {
    if (own) await chrome.close();
    await server?.close();
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? join(site, 'build', 'pdf');
  const written = await buildPdfs(out);
  for (const [lang, w] of Object.entries(written)) {
    console.log(`${lang}: ${w.file} (${w.pages.length} pages of the guide)`);
  }
}
