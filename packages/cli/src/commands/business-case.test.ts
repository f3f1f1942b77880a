// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../test-support/capture.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const delft = join(root, 'examples/delft/scenario.yaml');
const work = mkdtempSync(join(tmpdir(), 'zorghub-bc-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const capture = runCaptured;

// Each case runs the whole model in-process; generous limits keep a busy CI machine from failing it.
describe('zorghub business-case', { timeout: 120_000 }, () => {
  it('prints the JSON with --format json --out -', async () => {
    const { code, stdout } = await capture([
      'business-case',
      delft,
      '--format',
      'json',
      '--out',
      '-',
      '--runs',
      '500',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.stakeholders).toHaveLength(8);
    for (const s of json.stakeholders) {
      expect(typeof s.id).toBe('string');
      expect(typeof s.pvCosts).toBe('number');
      expect(typeof s.pvBenefits).toBe('number');
      expect(typeof s.npv).toBe('number');
    }
    expect(typeof json.society.npv).toBe('number');
    expect(typeof json.society.bcr).toBe('number');
    expect(Array.isArray(json.settlement)).toBe(true);
    expect(json.monteCarlo.runs).toBe(500);
    for (const k of ['p5', 'p50', 'p95', 'probabilityPositive'])
      expect(typeof json.monteCarlo[k]).toBe('number');
  });

  it('writes the four formats to --out in the chosen language', async () => {
    const out = join(work, 'reports');
    const { code, stdout } = await capture([
      'business-case',
      delft,
      '--out',
      out,
      '--lang',
      'en',
      '--runs',
      '200',
    ]);
    expect(code).toBe(0);
    const files = stdout.trim().split('\n');
    expect(files.map((f) => f.slice(out.length + 1)).sort()).toEqual([
      'business-case.en.html',
      'business-case.en.md',
      'business-case.en.xlsx',
      'business-case.json',
    ]);
    expect(readFileSync(join(out, 'business-case.en.md'), 'utf8')).toContain('Who pays, who gains');
    expect(readFileSync(join(out, 'business-case.en.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('the same seed gives the same JSON', async () => {
    const a = await capture([
      'business-case',
      delft,
      '--format',
      'json',
      '--out',
      '-',
      '--runs',
      '300',
      '--seed',
      '5',
    ]);
    const b = await capture([
      'business-case',
      delft,
      '--format',
      'json',
      '--out',
      '-',
      '--runs',
      '300',
      '--seed',
      '5',
    ]);
    expect(a.stdout).toBe(b.stdout);
  });

  it('an invalid scenario exits 1 and names file, line, field, expected and found', async () => {
    const bad = join(work, 'bad.yaml');
    writeFileSync(bad, readFileSync(delft, 'utf8').replace('horizonJaren: 10', 'horizonJaren: 0'));
    const { code, stderr, stdout } = await capture([
      'business-case',
      bad,
      '--format',
      'json',
      '--out',
      '-',
      '--lang',
      'en',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/bad\.yaml:\d+: error: \/horizonJaren: expected .*found 0/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('unusable arguments exit 2 with one clear line', async () => {
    expect((await capture(['business-case', join(work, 'missing.yaml')])).code).toBe(2);
    const format = await capture(['business-case', delft, '--format', 'rtf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain(
      '--format: expected one or more of md, html, xlsx, json, docx, pdf, found "rtf"',
    );
    const stdoutXlsx = await capture(['business-case', delft, '--format', 'xlsx', '--out', '-']);
    expect(stdoutXlsx.code).toBe(2);
    const runs = await capture(['business-case', delft, '--runs', '-3']);
    expect(runs.code).toBe(2);
    expect(runs.stderr).toContain('--runs: expected a whole number');
  });

  it('refuses a scenario over 5,000 lines or 1 MB with exit 2 and says what to do', async () => {
    const text = readFileSync(delft, 'utf8');
    const long = join(work, 'long.yaml');
    // The example plus comment lines up to 5,001 lines: valid YAML, too long for a scenario.
    const lines = text.split('\n').length;
    writeFileSync(long, `${text}\n${'# filler\n'.repeat(5001 - lines)}`);
    const tooLong = await capture(['business-case', long, '--runs', '0']);
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toContain(
      'long.yaml: 5,001 lines, more than the 5,000 a scenario may have',
    );
    expect(tooLong.stderr).toContain('one line per cost or benefit');
    expect(tooLong.stderr).not.toMatch(/\n\s+at /);
    const big = join(work, 'big.yaml');
    writeFileSync(big, `${text}\n# ${'x'.repeat(1_000_001)}\n`);
    const tooBig = await capture(['business-case', big, '--runs', '0']);
    expect(tooBig.code).toBe(2);
    expect(tooBig.stderr).toMatch(
      /big\.yaml: [\d,]+ bytes, more than the 1,000,000 a scenario may have/,
    );
  });

  it('writes the council document with --format docx', async () => {
    const out = join(work, 'council');
    const { code, stdout } = await capture([
      'business-case',
      delft,
      '--out',
      out,
      '--format',
      'docx',
      '--runs',
      '0',
    ]);
    expect(code).toBe(0);
    const file = stdout.trim();
    expect(file).toMatch(/business-case\.nl\.docx$/);
    // A DOCX is a ZIP: it starts with "PK".
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    const stdoutDocx = await capture(['business-case', delft, '--format', 'docx', '--out', '-']);
    expect(stdoutDocx.code).toBe(2);
  });
});
