// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCaptured } from '../test-support/capture.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-cli-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('zorghub export-schema', { timeout: 60_000 }, () => {
  it('writes a Table Schema per entity and a datapackage.json that lists them', async () => {
    const out = join(dir, 'frictionless');
    const result = await runCaptured(['export-schema', '--frictionless', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    expect(descriptor.profile).toBe('tabular-data-package');
    const files = readdirSync(out);
    for (const resource of descriptor.resources as Array<{ schema: string; name: string }>)
      expect(files, resource.name).toContain(resource.schema);
    const visits = JSON.parse(readFileSync(join(out, 'bezoeken.tableschema.json'), 'utf8'));
    expect(visits.primaryKey).toBe('id');
    expect(
      visits.fields.find((f: { name: string }) => f.name === 'status').constraints.enum,
    ).toContain('uitgevoerd');
  });

  it('writes the bundled JSON Schemas without --frictionless', async () => {
    const out = join(dir, 'json-schema');
    expect((await runCaptured(['export-schema', '--out', out])).code).toBe(0);
    expect(readdirSync(out)).toContain('bezoek.schema.json');
  });
});
