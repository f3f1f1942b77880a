// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** `template` and `convert` take `--profile`: the region's columns and codes, not the plain standard's. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCaptured } from '../test-support/capture.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const profile = join(repo, 'packages/schemas/profiles/voorbeeld-regio');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-cli-profile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('--profile on template and convert', { timeout: 60_000 }, () => {
  it('template writes the columns of the profile', async () => {
    const plain = await runCaptured(['template', 'client']);
    const region = await runCaptured(['template', 'client', '--profile', profile]);
    expect(plain.code).toBe(0);
    expect(region.code).toBe(0);
    // the example profile leaves out the age band
    expect(plain.stdout).toContain('leeftijdsklasse');
    expect(region.stdout).not.toContain('leeftijdsklasse');
    expect(region.stdout).toContain('postcodegebied');
    const missing = await runCaptured(['template', 'client', '--profile', join(dir, 'geen')]);
    expect(missing.code).toBe(2);
  });

  it('convert maps the columns of the profile', async () => {
    const csv = join(dir, 'clienten.csv');
    await writeFile(
      csv,
      'id;zorgorganisatieId;abonnementId;gemeentecode;leeftijdsklasse;startDatum\nCL-0001;ORG-1;AB-0001;GM0503;75tot85;2021-06-07\n',
    );
    const out = join(dir, 'clienten.ndjson');
    const plain = await runCaptured(['convert', csv, '--out', out]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stderr).not.toContain('csv.unknown-column');
    // the profile has no age band: its column is unknown (and its text kept)
    const region = await runCaptured(['convert', csv, '--out', out, '--profile', profile]);
    expect(region.stderr).toContain('csv.unknown-column');
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ leeftijdsklasse: '75tot85' });
  });
});
