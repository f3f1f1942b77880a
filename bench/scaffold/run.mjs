// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Benchmark: median wall time of `create-zorghub <dir> --yes --no-install --no-git` (a full
// project with every part), against the bare start of a Node.js process in the same run.
// Target: median under 1 second. Run: node bench/scaffold/run.mjs [runs]   (after npm run build)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchArgs, wholeNumber } from '../args.mjs';

const { positionals } = benchArgs(
  'node bench/scaffold/run.mjs [runs]   median of [runs] scaffolds (default 15), after npm run build',
  {},
  { positionals: true },
);

const bin = fileURLToPath(new URL('../../packages/create-zorghub/dist/bin.js', import.meta.url));
if (!existsSync(bin)) {
  console.error(`${bin} is missing: run "npm run build" first`);
  process.exit(2);
}
const runs = wholeNumber('runs', positionals[0], 15, 1);
const work = mkdtempSync(join(tmpdir(), 'bench-scaffold-'));

function time(args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return ms;
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

try {
  const variants = {
    'node -e 0 (baseline: bare Node.js start)': () => time(['-e', '0'], work),
    'create-zorghub --help (load the bundle)': () => time([bin, '--help'], work),
    'create-zorghub, all parts': (i) =>
      time([bin, `all-${i}`, '--yes', '--no-install', '--no-git'], work),
    'create-zorghub, --parts none': (i) =>
      time([bin, `none-${i}`, '--yes', '--no-install', '--no-git', '--parts', 'none'], work),
  };
  const results = {};
  for (const [name, fn] of Object.entries(variants)) {
    fn(-1); // warm-up (file cache)
    results[name] = median(Array.from({ length: runs }, (_, i) => fn(i)));
  }
  const baseline = results['node -e 0 (baseline: bare Node.js start)'];
  console.log(`scaffold benchmark, ${runs} runs each, median wall time (Node ${process.version})`);
  for (const [name, ms] of Object.entries(results)) {
    console.log(
      `  ${name.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / baseline).toFixed(2)}x baseline`,
    );
  }
  const full = results['create-zorghub, all parts'];
  console.log(
    `target: all parts under 1000 ms -> ${full < 1000 ? 'met' : 'NOT met'} (${full.toFixed(0)} ms)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
