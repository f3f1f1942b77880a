// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Benchmark of `zorghub validate` against baselines measured in the same run on the same files.
//
//   node bench/validate/run.mjs [--rows 1000000] [--large 5000000] [--no-large] [--data bench/.data]
//
// Needs built packages (npx turbo run build --filter=zorghub...). Generates deterministic exports
// of visits (NDJSON, CSV, and a JSON array for ajv-cli) into bench/.data/ (gitignored), runs every
// task as its own Node process (peak RSS read from that process), and prints throughput ratios.
// Targets (issue 2): NDJSON ≥ 60 % of the bare parse, CSV ≥ 50 % of the bare CSV parse, peak RSS
// < 256 MB at 1 and at 5 million rows. A benchmark, not a test: it never fails the build.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchArgs, wholeNumber } from '../args.mjs';
import { generate } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const { values: opts } = benchArgs(
  `
Usage: node bench/validate/run.mjs [options]

zorghub validate against the bare parse of the same files, in one run (see bench/validate/README.md).

  --rows N        rows of the first size (default 1000000)
  --large N       then the RSS run at N rows (default 5000000)
  --no-large      leave the large run out
  --repeat N      runs per task, the best by CPU time counts (default 1)
  --threads N     worker threads of the parallel task (default: the cores)
  --skip LIST     tasks left out: csv,quoted,uuid,readline,parallel (uuid: also ajv-cli and zod;
                  quoted: the CSV with every text in quotes)
  --data DIR      where the generated files are kept (default bench/.data)
  -h, --help      this text
`,
  {
    rows: { type: 'string' },
    large: { type: 'string' },
    'no-large': { type: 'boolean', default: false },
    repeat: { type: 'string' },
    threads: { type: 'string' },
    skip: { type: 'string', default: '' },
    data: { type: 'string', default: 'bench/.data' },
  },
);
const rows = wholeNumber('rows', opts.rows, 1_000_000, 1);
const large = opts['no-large'] ? 0 : wholeNumber('large', opts.large, 5_000_000, 0);
const dataDir = resolve(root, opts.data);
const repeat = wholeNumber('repeat', opts.repeat, 1, 1);
// worker threads of the parallel task (issue 13: ≥ 1.5× the bare parse in wall time on 2 cores)
const threads = wholeNumber(
  'threads',
  opts.threads,
  (await import('node:os')).availableParallelism(),
  1,
);
// tasks left out for a quicker run, e.g. --skip csv,uuid,readline
const skip = new Set(opts.skip.split(',').filter(Boolean));

const cli = join(root, 'packages/cli/dist/bin.js');
const validateLib = join(root, 'packages/schemas/dist/validate/index.js');
if (!existsSync(cli) || !existsSync(validateLib)) {
  process.stderr.write('build first: npx turbo run build --filter=zorghub...\n');
  process.exit(2);
}
const bundled = join(root, 'packages/schemas/generated/bundled/bezoek.schema.json');
const hook = join(here, 'rss-hook.mjs');
const ajvCli = join(root, 'node_modules/ajv-cli/dist/index.js');

/** Runs one task as a child Node process; returns wall time, peak RSS and output. */
function measure(script, scriptArgs) {
  const rssFile = join(dataDir, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  return new Promise((resolvePromise) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', hook, script, ...scriptArgs], {
      cwd: root,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      if (out.length < 4096) out += d;
    });
    child.stderr.on('data', (d) => {
      if (err.length < 4096) err += d;
    });
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const [rssKiB, cpuMicros] = existsSync(rssFile)
        ? readFileSync(rssFile, 'utf8').split(' ').map(Number)
        : [Number.NaN, Number.NaN];
      resolvePromise({
        code,
        seconds,
        cpu: cpuMicros / 1e6,
        rssMB: rssKiB / 1024,
        out: out.trim(),
        err: err.trim(),
      });
    });
  });
}

/** The best of a run; `r` (best so far) is kept if the new one used more CPU time. */
const better = (result, r) =>
  !result || r.cpu < result.cpu ? { ...r, rssMB: Math.max(r.rssMB, result?.rssMB ?? 0) } : result;

async function best(script, scriptArgs) {
  let result;
  for (let i = 0; i < repeat; i++) result = better(result, await measure(script, scriptArgs));
  return result;
}

/**
 * Two variants of one task alternating (A B A B …, --repeat times), so that a change of the
 * machine's load hits both alike; the best of each by CPU time.
 */
async function bestAlternating(a, b) {
  let ra;
  let rb;
  for (let i = 0; i < repeat; i++) {
    ra = better(ra, await measure(...a));
    if (b) rb = better(rb, await measure(...b));
  }
  return [ra, rb];
}

const results = [];
const pct = (x) => (x === undefined ? '      ' : `${(x * 100).toFixed(0).padStart(4)} %`);
function report(name, size, r, baseline, expectedCode = 0) {
  const rate = size / r.cpu;
  const ratio = baseline ? baseline.cpu / r.cpu : undefined;
  const wallRatio = baseline ? baseline.seconds / r.seconds : undefined;
  results.push({
    name,
    rows: size,
    wallSeconds: r.seconds,
    cpuSeconds: r.cpu,
    rowsPerCpuSecond: rate,
    ratio,
    wallRatio,
    rssMB: r.rssMB,
    exit: r.code,
  });
  const note =
    r.code === expectedCode
      ? ''
      : `  (exit ${r.code}: ${(r.err || r.out).split('\n').slice(-1)[0]})`;
  process.stdout.write(
    `${name.padEnd(34)} ${String(size).padStart(8)} ${r.cpu.toFixed(2).padStart(7)} s cpu ${r.seconds.toFixed(2).padStart(7)} s wall ${Math.round(rate).toLocaleString('en').padStart(10)} rows/cpu-s ${pct(ratio)} ${pct(wallRatio)} ${r.rssMB.toFixed(0).padStart(6)} MB${note}\n`,
  );
  return r;
}

mkdirSync(dataDir, { recursive: true });
const wrapper = join(dataDir, 'bezoeken-array.schema.json');
writeFileSync(
  wrapper,
  JSON.stringify({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://zorghub.nl/bench/bezoeken-array.schema.json',
    type: 'array',
    items: { $ref: 'https://zorghub.nl/standaard/1.0/bezoek.schema.json' },
  }),
);

process.stdout.write(
  `node ${process.version}, ${(await import('node:os')).cpus().length} CPUs, load ${(await import('node:os')).loadavg()[0].toFixed(1)}\n` +
    'ratio = baseline time / task time (higher is better), first on CPU time (user + system of the\n' +
    'child process, robust on a busy machine), then on wall time; best of --repeat runs by CPU time\n\n' +
    `${'task'.padEnd(34)} ${'rows'.padStart(8)} ${'cpu'.padStart(11)} ${'wall'.padStart(12)} ${'throughput'.padStart(21)} ${'ratio'.padStart(6)} ${'wall'.padStart(6)} ${'RSS'.padStart(9)}\n`,
);
const sizes = [rows, ...(large ? [large] : [])];
const summary = {};
/** the UUID-id run (first size only), reported for information beside the targets */
let uuidSummary;
for (const size of sizes) {
  const first = size === rows;
  process.stdout.write(`generating ${size} visits …`);
  const t0 = Date.now();
  const { files, sizes: bytes } = await generate(dataDir, size, {
    json: first,
    quoted: !skip.has('csv') && !skip.has('quoted'),
  });
  process.stdout.write(
    ` done (${((Date.now() - t0) / 1000).toFixed(1)} s; NDJSON ${(bytes.ndjson / 1e6).toFixed(0)} MB, CSV ${(bytes.csv / 1e6).toFixed(0)} MB)\n`,
  );
  const bareNd = report(
    'bare NDJSON (chunks+split+parse)',
    size,
    await best(join(here, 'tasks/bare-ndjson.mjs'), [files.ndjson]),
  );
  if (first && !skip.has('readline'))
    report(
      'bare NDJSON (readline+parse)',
      size,
      await best(join(here, 'tasks/bare-ndjson-readline.mjs'), [files.ndjson]),
      bareNd,
    );
  // one thread, and the same command on all cores, alternating: the target is on wall time (CPU
  // time adds up over threads); parallel CPU ÷ one thread's CPU is the cost of the split
  const validateNd = (n) => [
    cli,
    ['validate', files.ndjson, '--schema', 'bezoek', '--format', 'json', '--threads', String(n)],
  ];
  const [oneNd, manyNd] = await bestAlternating(
    validateNd(1),
    skip.has('parallel') ? undefined : validateNd(threads),
  );
  const valNd = report('zorghub validate NDJSON', size, oneNd, bareNd);
  const parNd = manyNd && report(`zorghub validate NDJSON, ${threads} thr`, size, manyNd, bareNd);
  const csv = !skip.has('csv');
  const bareCsv = csv
    ? report('bare csv-parse', size, await best(join(here, 'tasks/bare-csv.mjs'), [files.csv, ';']))
    : undefined;
  // CSV in one thread (the target) and, alternating, on all cores (a file without quotes splits)
  const validateCsv = (n) => [
    cli,
    ['validate', files.csv, '--schema', 'bezoek', '--format', 'json', '--threads', String(n)],
  ];
  const [oneCsv, manyCsv] = csv
    ? await bestAlternating(validateCsv(1), skip.has('parallel') ? undefined : validateCsv(threads))
    : [];
  const valCsv = oneCsv && report('zorghub validate CSV', size, oneCsv, bareCsv);
  const parCsv = manyCsv && report(`zorghub validate CSV, ${threads} thr`, size, manyCsv, bareCsv);
  // the same visits as Excel quotes them (every text, remarks with ; and line ends), split at the
  // line ends outside quotes; against the quote-free CSV's bare parse and one thread on itself
  const quoted = csv && !skip.has('quoted');
  const validateQuoted = (n) => [
    cli,
    ['validate', files.quoted, '--schema', 'bezoek', '--format', 'json', '--threads', String(n)],
  ];
  const [oneQuoted, manyQuoted] = quoted
    ? await bestAlternating(
        validateQuoted(1),
        skip.has('parallel') ? undefined : validateQuoted(threads),
      )
    : [];
  const valQuoted = oneQuoted && report('zorghub validate CSV (quoted)', size, oneQuoted, bareCsv);
  const parQuoted =
    manyQuoted &&
    report(`zorghub validate CSV (quoted), ${threads} thr`, size, manyQuoted, valQuoted);
  if (first && !skip.has('uuid')) {
    // the same visits with random UUIDs as their ids: no numbered runs, every id in the hash set
    const uuids = (await generate(dataDir, size, { ids: 'uuid' })).files.ndjson;
    const bareUuid = report(
      'bare NDJSON, UUID ids',
      size,
      await best(join(here, 'tasks/bare-ndjson.mjs'), [uuids]),
    );
    const valUuid = report(
      'zorghub validate NDJSON, UUID ids',
      size,
      await best(cli, [
        'validate',
        uuids,
        '--schema',
        'bezoek',
        '--format',
        'json',
        '--threads',
        '1',
      ]),
      bareUuid,
    );
    uuidSummary = { ndjsonRatio: bareUuid.cpu / valUuid.cpu, rssMB: valUuid.rssMB };
    report(
      'ajv-cli on JSON array',
      size,
      await best(ajvCli, [
        'validate',
        '--spec=draft2020',
        '--strict=false',
        '-c',
        'ajv-formats',
        '-s',
        wrapper,
        '-r',
        bundled,
        '-d',
        files.json,
      ]),
      bareNd,
    );
    report(
      'zod safeParse per row (NDJSON)',
      size,
      await best(join(here, 'tasks/zod-ndjson.mjs'), [files.ndjson, bundled]),
      bareNd,
    );
  }
  summary[size] = {
    ...(parNd
      ? {
          parallelWallRatio: bareNd.seconds / parNd.seconds,
          parallelRssMB: parNd.rssMB,
          parallelCpuFactor: parNd.cpu / valNd.cpu,
          parallelSpeedup: valNd.seconds / parNd.seconds,
        }
      : {}),
    ndjsonRatio: bareNd.cpu / valNd.cpu,
    ...(valCsv ? { csvRatio: bareCsv.cpu / valCsv.cpu } : {}),
    ...(parCsv
      ? {
          csvParallelCpuFactor: parCsv.cpu / valCsv.cpu,
          csvParallelSpeedup: valCsv.seconds / parCsv.seconds,
          csvParallelRssMB: parCsv.rssMB,
        }
      : {}),
    ...(parQuoted
      ? {
          quotedParallelCpuFactor: parQuoted.cpu / valQuoted.cpu,
          quotedParallelSpeedup: valQuoted.seconds / parQuoted.seconds,
          quotedParallelRssMB: parQuoted.rssMB,
          quotedRssMB: valQuoted.rssMB,
        }
      : {}),
    ndjsonWallRatio: bareNd.seconds / valNd.seconds,
    ...(valCsv ? { csvWallRatio: bareCsv.seconds / valCsv.seconds } : {}),
    ndjsonRssMB: valNd.rssMB,
    csvRssMB: valCsv?.rssMB ?? 0,
  };
  process.stdout.write('\n');
}

process.stdout.write('targets:\n');
for (const [size, s] of Object.entries(summary)) {
  const line = (label, ok, value) => `  ${ok ? 'met ' : 'MISS'} ${label}: ${value}\n`;
  process.stdout.write(
    line(
      `NDJSON ≥ 60 % of bare parse at ${size}`,
      s.ndjsonRatio >= 0.6,
      `${(s.ndjsonRatio * 100).toFixed(0)} % (CPU), ${(s.ndjsonWallRatio * 100).toFixed(0)} % (wall)`,
    ),
  );
  if (s.parallelWallRatio !== undefined)
    process.stdout.write(
      line(
        `parallel NDJSON (${threads} threads) ≥ 1.5× bare parse (wall) at ${size}`,
        s.parallelWallRatio >= 1.5,
        `${s.parallelWallRatio.toFixed(2)}× (wall), ${s.parallelRssMB.toFixed(0)} MB`,
      ),
    );
  if (s.parallelCpuFactor !== undefined)
    process.stdout.write(
      `  (info) ${threads} threads against one at ${size}: ${s.parallelCpuFactor.toFixed(2)}× the CPU time, ${s.parallelSpeedup.toFixed(2)}× as fast (wall; ≈ threads ÷ CPU factor on a quiet machine)\n`,
    );
  if (s.csvParallelCpuFactor !== undefined)
    process.stdout.write(
      `  (info) CSV, ${threads} threads against one at ${size}: ${s.csvParallelCpuFactor.toFixed(2)}× the CPU time, ${s.csvParallelSpeedup.toFixed(2)}× as fast (wall), ${s.csvParallelRssMB.toFixed(0)} MB\n`,
    );
  if (s.quotedParallelCpuFactor !== undefined)
    process.stdout.write(
      `  (info) quoted CSV, ${threads} threads against one at ${size}: ${s.quotedParallelCpuFactor.toFixed(2)}× the CPU time, ${s.quotedParallelSpeedup.toFixed(2)}× as fast (wall), ${s.quotedParallelRssMB.toFixed(0)} MB\n`,
    );
  if (s.csvRatio !== undefined)
    process.stdout.write(
      line(
        `CSV ≥ 50 % of bare csv-parse at ${size}`,
        s.csvRatio >= 0.5,
        `${(s.csvRatio * 100).toFixed(0)} % (CPU), ${(s.csvWallRatio * 100).toFixed(0)} % (wall)`,
      ),
    );
  process.stdout.write(
    line(
      `peak RSS < 256 MB at ${size}`,
      Math.max(
        s.ndjsonRssMB,
        s.csvRssMB,
        s.parallelRssMB ?? 0,
        s.csvParallelRssMB ?? 0,
        s.quotedRssMB ?? 0,
        s.quotedParallelRssMB ?? 0,
      ) < 256,
      `NDJSON ${s.ndjsonRssMB.toFixed(0)} MB${s.parallelRssMB !== undefined ? `, parallel ${s.parallelRssMB.toFixed(0)} MB` : ''}, CSV ${s.csvRssMB.toFixed(0)} MB${s.quotedParallelRssMB !== undefined ? `, quoted CSV ${s.quotedRssMB.toFixed(0)} MB, parallel ${s.quotedParallelRssMB.toFixed(0)} MB` : ''}`,
    ),
  );
}
// issue 13: UUID ids (every id through the 64-bit hash set) ≥ 0.6× the bare parse of that file
if (uuidSummary)
  process.stdout.write(
    `  ${uuidSummary.ndjsonRatio >= 0.6 ? 'met ' : 'MISS'} NDJSON with UUID ids ≥ 60 % of bare parse at ${rows}: ${(uuidSummary.ndjsonRatio * 100).toFixed(0)} % (CPU), ${uuidSummary.rssMB.toFixed(0)} MB\n`,
  );
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/validate.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results, summary }, null, 2)}\n`,
);
