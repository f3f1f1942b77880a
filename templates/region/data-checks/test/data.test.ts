// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { validatePaths } from '@zorghub/schemas/validate';

const dataDir = new URL('../data/', import.meta.url);

describe('data/ (the sample export)', () => {
  it('is a valid data package, references included', async () => {
    const report = await validatePaths([dataDir.pathname], { checkReferences: true, lang: 'en' });
    assert.equal(report.valid, true, JSON.stringify(report.issues, null, 2));
    assert.ok(report.stats.records > 0, 'it holds records');
  });

  it('names every file in datapakket.json', async () => {
    const manifest = JSON.parse(await readFile(new URL('datapakket.json', dataDir), 'utf8')) as {
      bestanden: Array<{ pad: string }>;
    };
    const listed = manifest.bestanden.map((file) => file.pad).sort();
    const present = (await readdir(dataDir)).filter((name) => name !== 'datapakket.json').sort();
    assert.deepEqual(listed, present);
  });

  it('holds pseudonymous ids only: no BSN, e-mail address or phone number', async () => {
    for (const name of await readdir(dataDir)) {
      const text = await readFile(new URL(name, dataDir), 'utf8');
      assert.doesNotMatch(text, /\b\d{9}\b/, `${name} holds a 9-digit number (a BSN?)`);
      assert.doesNotMatch(text, /[\w.+-]+@[\w-]+\.[\w.]+/, `${name} holds an e-mail address`);
      assert.doesNotMatch(text, /\b0[1-9]\d{8}\b|\+31/, `${name} holds a phone number`);
    }
  });
});
