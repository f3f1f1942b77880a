// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Every benchmark a Markdown file tells people to run (`node bench/<dir>/<name>.mjs`) answers
// `--help` with its usage and exit 0, and a mistyped option with one line naming it and exit 2 —
// not a stack trace, and not a run of several minutes with the option ignored (bench/validate's
// two scripts did that until they used bench/args.mjs). Only the option parsing runs: the
// scripts parse their options before they build, generate or start anything.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryFiles } from '../public-code/files.js';
import { root } from '../public-code/project.js';

const COMMAND = /node (bench\/[a-z0-9-]+\/[a-z0-9-]+\.mjs)/g;

/** The benchmark scripts named in `node bench/…` commands of the given Markdown texts. */
export function namedBenchmarks(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(COMMAND)) found.add(m[1]!);
  return [...found].sort();
}

const scripts = namedBenchmarks(
  repositoryFiles()
    .filter((path) => path.endsWith('.md'))
    .map((path) => readFileSync(join(root, path), 'utf8')),
);

function run(script: string, option: string) {
  const r = spawnSync(process.execPath, [script, option], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('benchmark options', () => {
  it('finds the scripts in `node bench/…` commands, once each', () => {
    expect(
      namedBenchmarks([
        'node bench/api/run.mjs --duration 5\nnode bench/api/run.mjs',
        '`node bench/app/planner.mjs`; not bench/x/y.mjs',
      ]),
    ).toEqual(['bench/api/run.mjs', 'bench/app/planner.mjs']);
    // the guide and the bench READMEs name the benchmarks of several packages
    expect(scripts.length).toBeGreaterThanOrEqual(5);
  });

  it.each(scripts)('%s answers --help with its usage and exit 0', (script) => {
    const r = run(script, '--help');
    expect({ status: r.status, signal: r.signal, stderr: r.stderr }).toEqual({
      status: 0,
      signal: null,
      stderr: '',
    });
    expect(r.stdout).toMatch(/usage|node bench\//i);
  });

  it.each(scripts)('%s refuses an unknown option in one line, exit 2', (script) => {
    const r = run(script, '--no-such-option');
    expect({ status: r.status, signal: r.signal, stdout: r.stdout }).toEqual({
      status: 2,
      signal: null,
      stdout: '',
    });
    const lines = r.stderr.trim().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toContain('--no-such-option');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});
