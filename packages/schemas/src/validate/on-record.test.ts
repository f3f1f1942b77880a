// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePaths } from './index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-onrecord-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('validatePaths onRecord', () => {
  it('hands every record on after its checks, typed, with whether it was valid', async () => {
    const path = join(dir, 'deelnemers.csv');
    await writeFile(
      path,
      [
        'id,werkgeverId,cohort,status,aanmeldDatum,contracturenPerWeek',
        'DN-1,ORG-1,2021-05,inDienst,2021-03-01,16',
        'DN-2,ORG-1,mei 2021,inDienst,2021-03-01,16',
      ].join('\n'),
    );
    const seen: Array<[string, unknown, unknown, boolean]> = [];
    const report = await validatePaths([path], {
      schema: 'deelnemer',
      onRecord: (entity, record, valid) =>
        seen.push([entity, record.id, record.contracturenPerWeek, valid]),
    });
    expect(report.valid).toBe(false);
    expect(seen).toEqual([
      ['deelnemer', 'DN-1', 16, true],
      ['deelnemer', 'DN-2', 16, false],
    ]);
  });
});
