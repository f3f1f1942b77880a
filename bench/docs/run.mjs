#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Benchmark of the guide: cold build of both locales with the faster bundler (Rspack + SWC +
// Lightning CSS) against the same build with Docusaurus' classic webpack/Babel bundler as the
// in-run baseline, then Lighthouse 12 (mobile with its default throttling, and desktop; median of
// three runs each) on the home page and the calculator page. The machine may be shared: the load
// average and Lighthouse's own benchmark index of the host are printed with the figures.
//
//   node bench/docs/run.mjs              build comparison + Lighthouse
//   node bench/docs/run.mjs --no-baseline   skip the (slow) webpack baseline
//   node bench/docs/run.mjs --lighthouse-only   only Lighthouse, on the build that is there
//   --port=N   serve the build on port N (default: an ephemeral port), for a shared machine's port plan
//   --build=DIR   measure another build directory (with --lighthouse-only), e.g. a copy of main's
//
// Needs the sibling packages built (npx turbo run build --filter=zorghub-docs^...).
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchArgs, wholeNumber } from '../args.mjs';

const { values: opts } = benchArgs(
  `node bench/docs/run.mjs [--no-baseline | --lighthouse-only] [--port=N] [--build=DIR]
  (no option)        cold build with Rspack against the webpack baseline, then Lighthouse
  --no-baseline      skip the (slow) webpack baseline
  --lighthouse-only  only Lighthouse, on the build that is there
  --port=N           serve the build on port N (default: an ephemeral port)
  --build=DIR        measure another build directory (with --lighthouse-only)`,
  {
    'no-baseline': { type: 'boolean' },
    'lighthouse-only': { type: 'boolean' },
    port: { type: 'string' },
    build: { type: 'string' },
  },
);
const site = fileURLToPath(new URL('../../docs-site/', import.meta.url));
const bin = join(site, '../node_modules/.bin/docusaurus');
const lighthouseOnly = opts['lighthouse-only'] === true;
const withBaseline = opts['no-baseline'] !== true && !lighthouseOnly;
const port = wholeNumber('port', opts.port, 0);
const TARGET_SECONDS = 60;

function run(cmd, args, env = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(cmd, args, {
    cwd: site,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    console.error(result.stderr);
    throw new Error(`${cmd} ${args.join(' ')} failed`);
  }
  return seconds;
}

/** Cold: no .docusaurus, no build/, no bundler cache. */
function coldBuild(label, env) {
  run(bin, ['clear']);
  const seconds = run(bin, ['build'], env);
  console.log(`${label.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s`);
  return seconds;
}

console.log(`cores: ${availableParallelism()}, node ${process.version}`);
if (!lighthouseOnly) buildBench();

function buildBench() {
  const generate = run('node', ['scripts/generate.mjs']);
  console.log(`${'generate reference pages'.padEnd(34)} ${generate.toFixed(1).padStart(6)} s`);

  let baseline;
  if (withBaseline)
    baseline = coldBuild('cold build nl+en, webpack (baseline)', {
      ZORGHUB_DOCS_BUNDLER: 'webpack',
    });
  const faster = coldBuild('cold build nl+en, faster (Rspack)', {});
  if (baseline) console.log(`speed-up faster vs webpack: ${(baseline / faster).toFixed(2)}x`);
  console.log(
    `faster build vs ${TARGET_SECONDS} s target: ${(faster / TARGET_SECONDS).toFixed(2)} (${faster <= TARGET_SECONDS ? 'within' : 'over'} target)`,
  );

  // The last build above is the one with the faster bundler, so Lighthouse measures what ships
  // (compressed, as `npm run build` leaves it).
  run('node', ['scripts/compress.mjs']);
}

const { serveStatic } = await import('../../docs-site/scripts/lib/static-server.mjs');
const { runLighthouse, CATEGORIES } = await import('../../docs-site/test/lighthouse-run.mjs');
const server = await serveStatic(opts.build ?? join(site, 'build'), {
  port,
});
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
console.log(`\nload average before Lighthouse (1, 5, 15 min): ${load()}`);
try {
  const pages = ['/', '/docs/businesscase/rekentool'];
  // Targets: mobile ≥ 0.95 performance, 1.00 for the other three, TBT < 200 ms on the
  // calculator; desktop 1.00. Printed as ratios to the target, never asserted.
  const TARGET = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };
  const TBT_TARGET_MS = 200;
  for (const mobile of [true, false]) {
    const scores = await runLighthouse(
      pages.map((p) => server.url + p),
      { mobile },
    );
    const label = mobile ? 'mobile' : 'desktop';
    console.log(
      `\nLighthouse ${label}, median of 3 ${CATEGORIES.map((c) => c.padStart(15)).join('')}        TBT ms  host index`,
    );
    for (const [url, entry] of Object.entries(scores)) {
      const path = new URL(url).pathname;
      console.log(
        `${path.padEnd(30)} ${CATEGORIES.map((c) => entry[c].toFixed(2).padStart(15)).join('')} ${String(Math.round(entry.totalBlockingTime)).padStart(13)} ${String(Math.round(entry.benchmarkIndex)).padStart(11)}`,
      );
      console.log(
        `${'  ratio to target'.padEnd(30)} ${CATEGORIES.map((c) => (entry[c] / (mobile ? TARGET[c] : 1)).toFixed(2).padStart(15)).join('')} ${(entry.totalBlockingTime / TBT_TARGET_MS).toFixed(2).padStart(13)}`,
      );
      if (entry.failing.length > 0) console.log(`  below 0.9: ${entry.failing.join('; ')}`);
    }
  }
  console.log(`\nload average after Lighthouse (1, 5, 15 min): ${load()}`);
  console.log(
    'targets: mobile performance ≥ 0.95, the other three 1.00, TBT < 200 ms on the calculator; desktop 1.00 (TBT ratio is to 200 ms)',
  );
} finally {
  await server.close();
}
