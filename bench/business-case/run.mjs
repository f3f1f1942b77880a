// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Benchmark of the business-case model and its renderers, against a naive baseline measured in the
// same run.
//
//   node bench/business-case/run.mjs [--scenario examples/delft/scenario.yaml] [--runs 10000] [--repeat 5]
//                                    [--baseline-runs 10000]
//
// Run it on one core with `taskset -c 0 node bench/business-case/run.mjs`. Times are reported as wall
// and as CPU seconds of the process; on a busy machine the CPU seconds are the fair figure. With
// --baseline-runs below --runs the baseline is measured on fewer runs and scaled up (and says so).
//
// Needs the built package: npx turbo run build --filter=@zorghub/business-case
// Targets (issue 3): a 10-year horizon with 5 cohorts and 10,000 Monte Carlo runs in under 1 s on
// one core; the four renderers together in under 3 s. The baseline does what a first version
// would: 10,000 single deterministic runs, each re-parsing (and re-validating) the scenario text.
// A benchmark, not a test: it prints figures and ratios and never fails the build.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchArgs, wholeNumber } from '../args.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const { values: opts } = benchArgs(
  `node bench/business-case/run.mjs [--scenario FILE] [--runs N] [--repeat N] [--baseline-runs N]
  --scenario FILE     the scenario to measure (default examples/delft/scenario.yaml)
  --runs N            Monte Carlo runs (default 10000)
  --repeat N          repetitions of each task; the median is printed (default 5)
  --baseline-runs N   single deterministic runs of the baseline (default: --runs)`,
  {
    scenario: { type: 'string' },
    runs: { type: 'string' },
    repeat: { type: 'string' },
    'baseline-runs': { type: 'string' },
  },
);
const scenarioPath = resolve(root, opts.scenario ?? 'examples/delft/scenario.yaml');
const runs = wholeNumber('runs', opts.runs, 10_000, 1);
const repeat = wholeNumber('repeat', opts.repeat, 5, 1);
const baselineRuns = wholeNumber('baseline-runs', opts['baseline-runs'], runs, 1);

let bc;
try {
  bc = await import('@zorghub/business-case');
} catch {
  process.stderr.write('build first: npx turbo run build --filter=@zorghub/business-case\n');
  process.exit(2);
}
const {
  parseScenario,
  runScenario,
  compileScenario,
  Evaluator,
  monteCarlo,
  renderMarkdown,
  renderHtml,
  renderJson,
  renderXlsx,
} = bc;

const text = readFileSync(scenarioPath, 'utf8');
const parsed = parseScenario(text);
if (!parsed.scenario) {
  process.stderr.write(`${scenarioPath}: invalid scenario\n`);
  process.exit(1);
}
const scenario = parsed.scenario;

/** Best of `times` timings: wall seconds and CPU seconds of this single-threaded process. */
async function time(name, fn, times = repeat) {
  let best = { wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY };
  let value;
  for (let i = 0; i < times; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    value = await fn();
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1e6;
    if (wall < best.wall) best = { wall, cpu };
  }
  process.stdout.write(
    `${name.padEnd(66)} ${best.wall.toFixed(3).padStart(8)} s wall ${best.cpu.toFixed(3).padStart(8)} s cpu\n`,
  );
  return { name, ...best, value };
}

process.stdout.write(
  `scenario ${scenario.id}: ${scenario.horizonJaren} years, ${scenario.cohorten.length} cohorts, ${scenario.regels.length} lines; node ${process.version}\n\n`,
);
const results = [];

// 1. Monte Carlo alone: compile once, evaluate `runs` draws, percentiles per stakeholder.
const mc = await time(`Monte Carlo, ${runs} runs (compile + draws + percentiles)`, () => {
  const model = compileScenario(scenario);
  return monteCarlo(new Evaluator(model), model, runs, 20260101);
});
results.push(mc);

// 2. Everything: both views, switching values of every input, tornado, Monte Carlo, settlement.
const full = await time(`runScenario with ${runs} runs (everything)`, () =>
  runScenario(scenario, { runs }),
);
results.push(full);
const result = full.value;

// 3. The four renderers together.
const renderers = await time('renderers: Markdown + HTML + XLSX + JSON', async () => {
  const md = renderMarkdown(result, { lang: 'nl' });
  const html = renderHtml(result, { lang: 'nl' });
  const xlsx = await renderXlsx(scenario, result, { lang: 'nl' });
  const json = renderJson(result);
  return md.length + html.length + xlsx.length + json.length;
});
results.push(renderers);

// 4. Baseline: one deterministic run × runs, naively re-parsing the scenario text each time.
const measured = await time(
  `baseline: ${baselineRuns} × (parse + validate + compile + one run)`,
  () => {
    let sum = 0;
    for (let i = 0; i < baselineRuns; i++) {
      const p = parseScenario(text);
      const model = compileScenario(p.scenario);
      sum += new Evaluator(model).evaluate(model.base).societyNpv;
    }
    return sum;
  },
  1,
);
const scale = runs / baselineRuns;
const baseline = { ...measured, wall: measured.wall * scale, cpu: measured.cpu * scale };
if (scale !== 1) {
  baseline.name = `baseline scaled to ${runs} runs (×${scale.toFixed(2)})`;
  process.stdout.write(
    `${baseline.name.padEnd(66)} ${baseline.wall.toFixed(3).padStart(8)} s wall ${baseline.cpu.toFixed(3).padStart(8)} s cpu\n`,
  );
}
results.push(baseline);

const ratio = baseline.cpu / mc.cpu;
process.stdout.write(
  `\nMonte Carlo ${runs} runs: ${mc.cpu.toFixed(3)} s cpu (target < 1 s): ${mc.cpu < 1 ? 'met' : 'NOT met'}\n` +
    `renderers: ${renderers.cpu.toFixed(3)} s cpu (target < 3 s): ${renderers.cpu < 3 ? 'met' : 'NOT met'}\n` +
    `baseline / Monte Carlo: ${ratio.toFixed(1)}× (the naive loop takes that many times longer)\n` +
    `runScenario (with switching values and tornado) / Monte Carlo alone: ${(full.cpu / mc.cpu).toFixed(2)}\n`,
);
writeFileSync(
  join(here, 'results.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      scenario: scenario.id,
      runs,
      baselineRuns,
      results: results.map(({ name, wall, cpu }) => ({ name, wallSeconds: wall, cpuSeconds: cpu })),
      ratioBaselineOverMonteCarlo: ratio,
    },
    null,
    2,
  )}\n`,
);
