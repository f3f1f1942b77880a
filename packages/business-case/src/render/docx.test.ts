// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExample, useSchemaValidator } from '../__fixtures__/scenarios.js';
import { docxToPdf, findSoffice } from '../node/pdf.js';
import { runScenario } from '../run/run-scenario.js';
import { renderDocx } from './docx.js';
import { Formatter } from './format.js';

const work = mkdtempSync(join(tmpdir(), 'zorghub-docx-'));
beforeAll(useSchemaValidator);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Opens DOCX files with LibreOffice headless (a program nobody here wrote) and returns their text. */
function textOf(files: Record<string, Uint8Array>): Record<string, string> {
  const soffice = findSoffice();
  if (!soffice)
    throw new Error(
      'LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui',
    );
  const profile = join(work, 'profile');
  mkdirSync(profile, { recursive: true });
  const inputs = Object.entries(files).map(([name, bytes]) => {
    const path = join(work, `${name}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'txt:Text (encoded):UTF8',
      '--outdir',
      join(work, 'txt'),
      ...inputs,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return Object.fromEntries(
    Object.keys(files).map((name) => [
      name,
      readFileSync(join(work, 'txt', `${name}.txt`), 'utf8'),
    ]),
  );
}

// LibreOffice writes a non-breaking space where Intl puts one (nl: "€ 1.234"); compare on plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the council document (DOCX), read back by LibreOffice', { timeout: 240_000 }, () => {
  const result = runScenario(loadExample('delft'), { runs: 2000, seed: 5 });

  it('has the title, the one-page summary in plain words and the figures of the JSON, in nl and en', async () => {
    const texts = textOf({
      nl: await renderDocx(result, { lang: 'nl' }),
      en: await renderDocx(result, { lang: 'en' }),
    });
    for (const lang of ['nl', 'en'] as const) {
      const text = plain(texts[lang] as string);
      const f = new Formatter(lang, 'EUR');
      const money = (x: number) => plain(f.money(x));
      expect(text).toContain(
        lang === 'nl'
          ? 'Maatschappelijke businesscase Zorghub Delft'
          : 'Social business case Zorghub Delft',
      );
      expect(text).toContain(lang === 'nl' ? 'Wie betaalt, wie wint' : 'Who pays, who gains');
      // The headline, the Monte Carlo and the settlement in words.
      expect(text).toContain(money(result.society.npv));
      expect(text).toContain(money(result.monteCarlo.mean));
      expect(text).toContain(money(result.monteCarlo.p5));
      expect(text).toContain(money(result.localSettlement.summary.shortfall));
      for (const t of result.settlementTransfers) expect(text).toContain(money(t.amount));
      // Every party's NPV and each household type's gain from work.
      for (const s of result.stakeholders) {
        expect(text).toContain(s.name[lang]);
        expect(text).toContain(money(s.npv));
      }
      for (const h of result.householdIncome.households)
        expect(text).toContain(money(h.gainFromWork));
      // The inputs with their sources.
      const source = result.inputs.find((i) => !i.assumption)!;
      expect(text).toContain(source.source);
    }
  });

  it('becomes a PDF through LibreOffice', async () => {
    const pdf = await docxToPdf(await renderDocx(result, { lang: 'nl' }));
    expect(Buffer.from(pdf.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
