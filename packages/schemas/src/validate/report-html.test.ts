// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, unusableReport, validatePaths } from './index.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../test-fixtures/invalid');
const htmlValidate = new HtmlValidate({ extends: ['html-validate:recommended'] });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-report-html-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function expectValidHtml(html: string): Promise<void> {
  const result = await htmlValidate.validateString(html);
  const messages = result.results.flatMap((r) =>
    r.messages.map((m) => `${m.ruleId}: ${m.message}`),
  );
  expect(messages).toEqual([]);
}

/** The visible text of an element's content, tags left out. */
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('the HTML report', { timeout: 60_000 }, () => {
  it('is one valid, self-contained page with the verdict, the files and every issue group with what to do', async () => {
    const report = await validatePaths([join(fixtures, 'client/clienten.csv')]);
    for (const lang of ['nl', 'en'] as const) {
      const html = formatReport(report, { format: 'html', lang });
      await expectValidHtml(html);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).not.toMatch(/<script|<link|src=|@import/);
      expect(text(html)).toContain(lang === 'nl' ? 'ONGELDIG' : 'INVALID');
      expect(text(html)).toContain(lang === 'nl' ? 'Wat te doen:' : 'What to do:');
      for (const issue of report.issues) expect(html).toContain(`<code>${issue.code}</code>`);
      // the groups stay in the report's order: what explains the rest comes first
      const order = report.issues.map((issue) => html.indexOf(`<code>${issue.code}</code>`));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      const located = report.issues.find((issue) => issue.code === 'schema.format')!;
      expect(text(html)).toContain(`${located.samples[0]!.file}:${located.samples[0]!.line}`);
    }
  });

  it('never shows a value the report holds back, and escapes what it shows', async () => {
    const path = join(dir, 'diensten.csv');
    await writeFile(
      path,
      'id,naam,omschrijving,eenheid\nDI-1,"<script>alert(1)</script>",Bel 06-12345678,uur\n',
    );
    const report = await validatePaths([path], { schema: 'dienst' });
    const html = formatReport(report, { format: 'html', lang: 'en' });
    await expectValidHtml(html);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('12345678');
    expect(report.issues.some((issue) => issue.samples.some((s) => s.redacted))).toBe(true);
    expect(html).toContain('«not shown»');
  });

  it('says that nothing was checked when the input could not be used', async () => {
    const html = formatReport(
      unusableReport('not-found', 'x.csv: bestand niet gevonden', 'nl', '1.0.0'),
      {
        format: 'html',
        lang: 'nl',
      },
    );
    await expectValidHtml(html);
    expect(text(html)).toContain('er is niets gecontroleerd');
    expect(text(html)).toContain('x.csv: bestand niet gevonden');
    expect(html).not.toContain('Wat er gevonden is');
  });
});
