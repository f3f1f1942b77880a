// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Contact details in a signal's free text (an x-privacy: special field) are errors; values never shown. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../index.js';
import { formatReport, validatePaths } from './index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-special-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('special fields', { timeout: 60_000 }, () => {
  it('flag a phone number and an e-mail address in a signal description, redacted', async () => {
    const base = (getSchema('signaal').examples as Record<string, unknown>[])[0]!;
    const phone = '06-12345678';
    const email = 'buurvrouw@example.org';
    const records = [
      { ...base, id: 'SG-700001', omschrijving: `Dochter vraagt terug te bellen op ${phone}` },
      { ...base, id: 'SG-700002', omschrijving: `Mail de wijkverpleging via ${email}` },
      { ...base, id: 'SG-700003', omschrijving: 'Liep moeilijker dan vorige week' },
    ];
    const path = join(dir, 'signalen.ndjson');
    await writeFile(path, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const report = await validatePaths([path]);
    const hits = report.issues.map((i) => [i.code, i.field, i.count]);
    expect(hits).toEqual([
      ['privacy.email', 'omschrijving', 1],
      ['privacy.phone', 'omschrijving', 1],
    ]);
    for (const issue of report.issues) expect(issue.samples[0]).toMatchObject({ redacted: true });
    for (const format of ['text', 'json'] as const) {
      const out = formatReport(report, { format, lang: 'nl' });
      expect(out).not.toContain(phone);
      expect(out).not.toContain('12345678');
      expect(out).not.toContain(email);
      expect(out).not.toContain('Dochter');
    }
  });
});
