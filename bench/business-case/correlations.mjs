// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Benchmark of the Monte Carlo with declared rank correlations (Iman–Conover) against the same
// Monte Carlo without them, measured in the same run on the same scenario and seed.
//
//   node bench/business-case/correlations.mjs [--scenario examples/delft/scenario.yaml] [--runs 10000] [--repeat 5]
//
// Run it on one core with `taskset -c 0 node bench/business-case/correlations.mjs`. The ratio
// (with / without) is the figure; absolute milliseconds are information only. Needs the built
// package: npx turbo run build --filter=@zorghub/business-case. A benchmark, never a test.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const scenarioPath = resolve(root, arg('--scenario', 'examples/delft/scenario.yaml'));
const runs = Number(arg('--runs', '10000'));
const repeat = Number(arg('--repeat', '5'));

let bc;
try {
  bc = await import('@zorghub/business-case');
} catch {
  process.stderr.write('build first: npx turbo run build --filter=@zorghub/business-case\n');
  process.exit(2);
}
const { parseScenario, compileScenario, Evaluator, monteCarlo, correlationsOf } = bc;

const text = readFileSync(scenarioPath, 'utf8');
// The scenario's own correlations (the examples declare them); a scenario without any gets a
// chain of 0.5 between its first four uncertain general parameters. The baseline is the same
// scenario with the correlations taken out: independent draws, same inputs, same seed.
const doc = parseYaml(text);
if (!doc.correlaties?.length) {
  const uncertain = Object.entries(doc.parameters)
    .filter(([, p]) => p?.verdeling)
    .map(([key]) => `parameters.${key}`)
    .slice(0, 4);
  doc.correlaties = uncertain
    .slice(1)
    .map((id, i) => ({ tussen: [uncertain[i], id], rangcorrelatie: 0.5 }));
}
const scenarioOf = (d) => {
  const parsed = parseScenario(stringify(d));
  if (!parsed.scenario) {
    process.stderr.write(`${scenarioPath}: ${parsed.issues.map((i) => i.message.en).join('\n')}\n`);
    process.exit(1);
  }
  return parsed.scenario;
};
const correlated = scenarioOf(doc);
const { correlaties: _declared, ...independent } = doc;
const plain = scenarioOf(independent);

function time(name, fn) {
  let best = { wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY };
  let value;
  for (let i = 0; i < repeat; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    value = fn();
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1e3;
    if (cpu < best.cpu) best = { wall, cpu };
  }
  process.stdout.write(
    `${name.padEnd(60)} ${best.wall.toFixed(1).padStart(8)} ms wall ${best.cpu.toFixed(1).padStart(8)} ms cpu\n`,
  );
  return { ...best, value };
}

const run = (scenario) => {
  const model = compileScenario(scenario);
  return monteCarlo(new Evaluator(model), model, runs, 20260101, correlationsOf(scenario, model));
};
process.stdout.write(
  `scenario ${plain.id}: ${runs} runs, best of ${repeat}; ${correlated.correlaties.length} correlations; node ${process.version}\n\n`,
);
const without = time(`Monte Carlo ${runs} runs, independent draws`, () => run(plain));
const withC = time(`Monte Carlo ${runs} runs, with correlations (Iman–Conover)`, () =>
  run(correlated),
);
for (const c of withC.value.correlations ?? [])
  process.stdout.write(
    `  ${c.between.join(' ~ ')}: declared ${c.rankCorrelation}, reached ${c.achieved}\n`,
  );
process.stdout.write(
  `\nwith / without correlations: ${(withC.cpu / without.cpu).toFixed(2)}× cpu (${(withC.wall / without.wall).toFixed(2)}× wall)\n`,
);
