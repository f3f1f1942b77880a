// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Benchmark of monitoring against the validator on the same package, measured in the same run.
//
//   node bench/monitor/run.mjs [--rows 1000000] [--repeat 1] [--data bench/.data]
//
// Needs built packages (npx turbo run build --filter=zorghub...). Writes a package with 400
// participants and --rows visits (bench/monitor/make-package.mjs) into bench/.data/ (gitignored),
// runs the validator alone and then monitoring (validation + actuals in one pass, then the
// comparison with its NPV runs) as separate Node processes, and prints the throughput ratio and
// peak RSS. Targets (issue 15): monitoring ≥ 0.5 × the validator's throughput, peak RSS < 256 MB,
// on the 1 M-visit package. A benchmark, not a test: it never fails the build.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchArgs, wholeNumber } from '../args.mjs';
import { makePackage } from './make-package.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const { values: opts } = benchArgs(
  `node bench/monitor/run.mjs [--rows N] [--repeat N] [--data DIR]
  --rows N     visits in the generated package (default 1000000)
  --repeat N   repetitions; the median is printed (default 1)
  --data DIR   where the generated package is kept (default bench/.data)`,
  { rows: { type: 'string' }, repeat: { type: 'string' }, data: { type: 'string' } },
);
const rows = wholeNumber('rows', opts.rows, 1_000_000, 1);
const repeat = wholeNumber('repeat', opts.repeat, 1, 1);
const dataDir = resolve(root, opts.data ?? 'bench/.data');
for (const built of [
  'packages/schemas/dist/validate/index.js',
  'packages/business-case/dist/node/index.js',
])
  if (!existsSync(join(root, built))) {
    process.stderr.write('build first: npx turbo run build --filter=zorghub...\n');
    process.exit(2);
  }
const hook = join(root, 'bench/validate/rss-hook.mjs');

function measure(script, scriptArgs) {
  const rssFile = join(dataDir, `rss-monitor-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', hook, script, ...scriptArgs], {
      cwd: root,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const [rssKiB, cpuMicros] = existsSync(rssFile)
        ? readFileSync(rssFile, 'utf8').split(' ').map(Number)
        : [Number.NaN, Number.NaN];
      done({
        code,
        seconds,
        cpu: cpuMicros / 1e6,
        rssMB: rssKiB / 1024,
        out: out.trim().slice(-400),
      });
    });
  });
}

async function best(script, scriptArgs) {
  let result;
  for (let i = 0; i < repeat; i++) {
    const r = await measure(script, scriptArgs);
    if (!result || r.cpu < result.cpu)
      result = { ...r, rssMB: Math.max(r.rssMB, result?.rssMB ?? 0) };
  }
  return result;
}

mkdirSync(dataDir, { recursive: true });
process.stdout.write(`generating a package with 400 participants and ${rows} visits …`);
const t0 = Date.now();
const { dir, scenario } = await makePackage(dataDir, rows);
process.stdout.write(` done (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
const records = rows + 400 + 1;
const validate = await best(join(here, 'tasks/validate.mjs'), [dir]);
const monitor = await best(join(here, 'tasks/monitor.mjs'), [dir, scenario]);
const line = (name, r) =>
  `${name.padEnd(28)} ${r.cpu.toFixed(2).padStart(7)} s cpu ${r.seconds.toFixed(2).padStart(7)} s wall ${Math.round(
    records / r.cpu,
  )
    .toLocaleString('en')
    .padStart(
      10,
    )} records/cpu-s ${r.rssMB.toFixed(0).padStart(5)} MB  exit ${r.code}: ${r.out.split('\n').at(-1)}\n`;
process.stdout.write(
  `node ${process.version}, ${(await import('node:os')).cpus().length} CPUs, load ${(await import('node:os')).loadavg()[0].toFixed(1)}\n`,
);
process.stdout.write(line('validator (checkReferences)', validate));
process.stdout.write(line('monitor (validate+actuals+compare)', monitor));
const ratio = validate.cpu / monitor.cpu;
const wallRatio = validate.seconds / monitor.seconds;
process.stdout.write(
  `\nmonitoring throughput / validator throughput: ${ratio.toFixed(2)}× on CPU time, ${wallRatio.toFixed(2)}× on wall time (target ≥ 0.5×)\n` +
    `monitoring peak RSS: ${monitor.rssMB.toFixed(0)} MB (target < 256 MB)\n`,
);
const resultsDir = join(root, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  join(resultsDir, `monitor-${rows}.json`),
  `${JSON.stringify({ rows, records, validate, monitor, ratio, wallRatio, node: process.version }, null, 2)}\n`,
);
