// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Shared set-up for the browser tests: build the site if needed, serve it, launch Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/lib/static-server.mjs';

export const site = fileURLToPath(new URL('..', import.meta.url));
export const buildDir = join(site, 'build');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

/** Builds the site unless build/ is newer than every source (docs, i18n, src, static, config). */
export function ensureBuilt() {
  const marker = join(buildDir, 'sitemap.xml');
  const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  const sources = ['docs', 'i18n', 'src', 'static', 'docusaurus.config.ts', 'sidebars.ts'].map(
    (p) => newest(join(site, p)),
  );
  if (built > 0 && sources.every((t) => t <= built)) return;
  const result = spawnSync('npm', ['run', 'build'], { cwd: site, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Building the site failed (see the output above).');
}

export async function startSite() {
  ensureBuilt();
  return serveStatic(buildDir, { port: 0 });
}

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}; install Debian's chromium or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

/** Every page of both locales, from the sitemaps Docusaurus writes, as paths. */
export function sitemapPaths(xml) {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}
