// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../test-support/capture.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const scenario = join(root, 'examples/delft/scenario.yaml');
const pkg = join(root, 'examples/delft/export');
const work = mkdtempSync(join(tmpdir(), 'zorghub-monitor-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the Delft package with one participant's cohort broken (and the manifest's checksum left as it was). */
function brokenPackage(): string {
  const dir = join(work, 'broken');
  cpSync(pkg, dir, { recursive: true });
  const file = join(dir, 'deelnemers.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  lines[1] = (lines[1] as string).replace(',2021-05,', ',mei 2021,');
  writeFileSync(file, lines.join('\n'));
  return dir;
}

describe('zorghub monitor', { timeout: 180_000 }, () => {
  it('exit 0: prints plan against actual as JSON', async () => {
    const { code, stdout } = await runCaptured([
      'monitor',
      pkg,
      '--scenario',
      scenario,
      '--format',
      'json',
      '--out',
      '-',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.monitorSchemaVersion).toBe('1.0.0');
    expect(json.comparisons.length).toBeGreaterThan(0);
    expect(json.actuals.records.bezoek).toBeGreaterThan(0);
  });

  it('exit 0: writes the reports and a new scenario, never the original', async () => {
    const out = join(work, 'out');
    const next = join(work, 'herijkt.yaml');
    const before = readFileSync(scenario, 'utf8');
    const { code, stdout } = await runCaptured([
      'monitor',
      pkg,
      '--scenario',
      scenario,
      '--out',
      out,
      '--lang',
      'en',
      '--write-scenario',
      next,
    ]);
    expect(code).toBe(0);
    for (const f of ['monitor.en.md', 'monitor.en.html', 'monitor.en.xlsx', 'monitor.json'])
      expect(existsSync(join(out, f)), f).toBe(true);
    expect(stdout).toContain(next);
    expect(readFileSync(next, 'utf8')).toContain('# monitoring:');
    expect(readFileSync(scenario, 'utf8')).toBe(before);
    // a second run does not overwrite the new scenario either
    const again = await runCaptured([
      'monitor',
      pkg,
      '--scenario',
      scenario,
      '--out',
      out,
      '--write-scenario',
      next,
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--write-scenario');
  });

  it('exit 1: an invalid package gets the validator report; --allow-invalid leaves the record out', async () => {
    const dir = brokenPackage();
    const bad = await runCaptured([
      'monitor',
      dir,
      '--scenario',
      scenario,
      '--format',
      'json',
      '--out',
      '-',
      '--lang',
      'en',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('deelnemers.csv');
    expect(bad.stderr).toContain('--allow-invalid');
    const allowed = await runCaptured([
      'monitor',
      dir,
      '--scenario',
      scenario,
      '--format',
      'json',
      '--out',
      '-',
      '--allow-invalid',
    ]);
    expect(allowed.code).toBe(0);
    const json = JSON.parse(allowed.stdout);
    // the broken participant and the manifest (its checksum no longer matches) are not the only
    // issues counted, but the broken record is left out of the actuals
    expect(json.actuals.invalidRecordsLeftOut).toBeGreaterThanOrEqual(1);
    expect(json.actuals.records.deelnemer).toBe(49);
  });

  it('exit 2: a scenario of another region, and a missing package', async () => {
    const other = join(work, 'other-region.yaml');
    writeFileSync(
      other,
      readFileSync(scenario, 'utf8').replace('regio: Delft (GM0503)', 'regio: Apeldoorn (GM0200)'),
    );
    const mismatch = await runCaptured([
      'monitor',
      pkg,
      '--scenario',
      other,
      '--format',
      'json',
      '--out',
      '-',
      '--lang',
      'en',
    ]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('GM0200');
    expect(mismatch.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const missing = await runCaptured([
      'monitor',
      join(work, 'nope'),
      '--scenario',
      scenario,
      '--out',
      '-',
      '--format',
      'json',
    ]);
    expect(missing.code).toBe(2);
  });
});
