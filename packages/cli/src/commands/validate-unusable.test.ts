// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** `--format json` writes a report document on every exit, also when the input is unusable (exit 2). */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCaptured } from '../test-support/capture.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('@zorghub/schemas/report.schema.json'), 'utf8'),
);
const validateReport = new Ajv2020({ strict: false }).compile(schema);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-cli-unusable-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('zorghub validate --format json on unusable input', { timeout: 60_000 }, () => {
  it('writes a schema-valid document with usable: false and the reason, and exits 2', async () => {
    const csv = join(dir, 'diensten.csv');
    await writeFile(csv, 'id;naam\nDI-1;x\n');
    for (const [argv, reason] of [
      [['validate', join(dir, 'bestaat-niet.ndjson')], 'not-found'],
      [['validate', csv, '--schema', 'onzin'], 'unknown-entity'],
      [['validate', csv, '--encoding', 'klingon'], 'unknown-encoding'],
      [['validate', csv, '--max-samples', '-1'], 'bad-option'],
      [['validate', csv, '--threads', '0'], 'bad-option'],
    ] as const) {
      const result = await runCaptured([...argv, '--format', 'json', '--lang', 'en']);
      expect(result.code, argv.join(' ')).toBe(2);
      const report = JSON.parse(result.stdout);
      expect(report).toMatchObject({ valid: false, usable: false, reason, lang: 'en' });
      expect(`zorghub: ${report.message}`).toBe(result.stderr.trim());
      expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    }
  });

  it('marks a report of usable input as usable', async () => {
    const csv = join(dir, 'diensten-goed.csv');
    await writeFile(csv, 'id;naam\nDI-1;x\n');
    const result = await runCaptured(['validate', csv, '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.usable).toBe(true);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  });
});
