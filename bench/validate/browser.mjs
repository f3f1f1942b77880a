// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The guide's validation page (/valideren) in headless Chromium against `zorghub validate` on the
// same NDJSON file of visits, in one run: throughput ratio = CLI wall time / page time (target
// ≥ 0.5×, issue 13). The page's time runs from handing it the file to its report (the Worker's
// own time is printed too). Needs the built CLI and the built guide (docs-site/build).
//   node bench/validate/browser.mjs --rows 200000      # a modest size
//   node bench/validate/browser.mjs                    # 1 million rows
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../docs-site/scripts/lib/static-server.mjs';
import { benchArgs, wholeNumber } from '../args.mjs';
import { generate } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const { values: opts } = benchArgs(
  `
Usage: node bench/validate/browser.mjs [options]

The guide's /valideren page in headless Chromium against the CLI on the same NDJSON file, in one
run (see bench/validate/README.md). Needs the built CLI and docs-site.

  --rows N     rows of the file (default 1000000)
  --port N     the static server's port (default 0: any free one)
  --data DIR   where the generated files are kept (default bench/.data)
  -h, --help   this text
`,
  {
    rows: { type: 'string' },
    port: { type: 'string' },
    data: { type: 'string', default: 'bench/.data' },
  },
);
const rows = wholeNumber('rows', opts.rows, 1_000_000, 1);
// port 0: any free one (--port to pin it)
const port = wholeNumber('port', opts.port, 0, 0);
const dataDir = resolve(root, opts.data);
const cli = join(root, 'packages/cli/dist/bin.js');
const site = join(root, 'docs-site/build');
if (!existsSync(cli) || !existsSync(join(site, 'valideren.html'))) {
  process.stderr.write(
    'build first: npx turbo run build --filter=zorghub... and npm run build -w docs-site\n',
  );
  process.exit(2);
}

function runCli(file) {
  const usageFile = join(dataDir, `browser-bench-cli-${process.pid}.txt`);
  rmSync(usageFile, { force: true });
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      [
        '--import',
        join(here, 'rss-hook.mjs'),
        cli,
        'validate',
        file,
        '--schema',
        'bezoek',
        '--format',
        'json',
      ],
      {
        cwd: root,
        env: { ...process.env, BENCH_RSS_FILE: usageFile },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('error', fail);
    child.on('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const report = JSON.parse(out);
      const [, cpuMicros] = readFileSync(usageFile, 'utf8').split(' ').map(Number);
      rmSync(usageFile, { force: true });
      done({
        seconds,
        cpu: cpuMicros / 1e6,
        records: report.stats.records,
        errors: report.stats.errors,
      });
    });
  });
}

async function runPage(file) {
  const server = await serveStatic(site, { port });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/valideren`, { waitUntil: 'networkidle' });
    const started = process.hrtime.bigint();
    await page.getByTestId('files').setInputFiles(file);
    await page.waitForFunction(() => document.body.dataset.validateDone === 'true', null, {
      timeout: 30 * 60_000,
      polling: 50,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const info = await page.evaluate(() => ({
      worker: Number(document.body.dataset.validateSeconds),
      records: Number(document.body.dataset.validateRecords),
      errors: Number(document.body.dataset.validateErrors),
    }));
    return { seconds, ...info };
  } finally {
    await browser.close();
    await server.close();
  }
}

const { files } = await generate(dataDir, rows);
const load = loadavg()[0];
const file = files.ndjson;
const page = await runPage(file);
const cliRun = await runCli(file);
if (page.records !== cliRun.records || page.errors !== cliRun.errors)
  throw new Error(`page and CLI differ: ${JSON.stringify({ page, cli: cliRun })}`);
const ratio = cliRun.seconds / page.seconds;
const fmt = (s) => `${s.toFixed(2)} s`;
process.stdout.write(
  `NDJSON, ${rows.toLocaleString('en')} visits (${page.records.toLocaleString('en')} records, ${page.errors} errors in both)\n` +
    `zorghub validate (CLI, wall)   ${fmt(cliRun.seconds)}  (cpu ${fmt(cliRun.cpu)})\n` +
    `page /valideren (file → report) ${fmt(page.seconds)}  (worker ${fmt(page.worker)})\n` +
    `throughput ratio page/CLI      ${ratio.toFixed(2)}×  (worker only ${(cliRun.seconds / page.worker).toFixed(2)}×)  target ≥ 0.50× ${ratio >= 0.5 ? 'met' : 'NOT met'}\n` +
    `lower bound on CPU time: CLI cpu / worker wall ${(cliRun.cpu / page.worker).toFixed(2)}×  (a browser gives no CPU time; the worker's wall time includes waiting for a core)\n` +
    `load average at the start ${load.toFixed(1)} on ${availableParallelism()} cores (wall times are only comparable on a quiet machine)\n`,
);
