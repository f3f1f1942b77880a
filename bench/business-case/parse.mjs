// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Benchmark: is reading a scenario linear in its size? Builds scenarios of about 1,000, 10,000 and
// 30,000 lines from the Delft example (its last line repeated with new ids) and times
// parseScenario (YAML → the standard's schema → the cross-field rules) against a baseline measured
// in the same run: the yaml library's own parseDocument + toJS of the same text. It prints the time
// per 1,000 lines and the ratios; linear parsing keeps the per-line time (and the ratio to the
// baseline) flat. The file reader refuses scenarios over 5,000 lines (exit 2); the parser itself has
// no limit, so it is measured here beyond it.
//
//   npx turbo run build --filter=@zorghub/business-case && node bench/business-case/parse.mjs
//
// A benchmark, not a test: it prints figures and ratios and never fails the build.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let bc;
try {
  bc = await import('@zorghub/business-case');
} catch {
  process.stderr.write('build first: npx turbo run build --filter=@zorghub/business-case\n');
  process.exit(2);
}

const base = readFileSync(resolve(root, 'examples/delft/scenario.yaml'), 'utf8');
const cut = base.lastIndexOf('\n  - id: ');
const head = base.slice(0, cut + 1);
const block = `${base.slice(cut + 1).trimEnd()}\n`;
const blockLines = block.split('\n').length - 1;
const headLines = head.split('\n').length - 1;

function scenarioOf(lines) {
  const copies = Math.max(1, Math.ceil((lines - headLines) / blockLines));
  const parts = [head];
  for (let i = 0; i < copies; i++) parts.push(block.replace(/- id: ([\w-]+)/, `- id: $1-x${i}`));
  return parts.join('');
}

function best(fn, times) {
  let min = Number.POSITIVE_INFINITY;
  let value;
  for (let i = 0; i < times; i++) {
    const t0 = process.hrtime.bigint();
    value = fn();
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    if (s < min) min = s;
  }
  return { s: min, value };
}

// Warm up both paths so the first size does not carry the JIT.
const warm = scenarioOf(2000);
for (let i = 0; i < 3; i++) {
  bc.parseScenario(warm);
  parseDocument(warm, { lineCounter: new LineCounter() }).toJS();
}

const rows = [];
for (const target of [1_000, 10_000, 30_000]) {
  const text = scenarioOf(target);
  const lines = text.split('\n').length;
  const repeat = target > 10_000 ? 3 : 5;
  const ours = best(() => bc.parseScenario(text), repeat);
  const yaml = best(() => parseDocument(text, { lineCounter: new LineCounter() }).toJS(), repeat);
  if (!ours.value.scenario) {
    process.stderr.write(
      `generated ${target}-line scenario is invalid: ${ours.value.issues[0]?.message.en}\n`,
    );
    process.exit(1);
  }
  rows.push({ target, lines, ours: ours.s, yaml: yaml.s });
}
const first = rows[0];
process.stdout.write(
  'lines      parseScenario  per 1k lines  yaml baseline  ratio to baseline  per-line vs 1k\n',
);
for (const r of rows) {
  const per = (r.ours / r.lines) * 1000;
  const perFirst = (first.ours / first.lines) * 1000;
  process.stdout.write(
    `${String(r.lines).padStart(6)} ${r.ours.toFixed(3).padStart(12)} s ${per.toFixed(4).padStart(10)} s ${r.yaml.toFixed(3).padStart(12)} s ${(r.ours / r.yaml).toFixed(2).padStart(14)} x ${(per / perFirst).toFixed(2).padStart(14)} x\n`,
  );
}
