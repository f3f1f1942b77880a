// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExample, useSchemaValidator } from '../__fixtures__/scenarios.js';
import { svgToPng } from '../node/chart-png.js';
import { docxToPdf, findSoffice } from '../node/pdf.js';
import { runScenario } from '../run/run-scenario.js';
import { chartDescription, chartSvg } from './chart-svg.js';
import { buildDocument } from './document.js';
import { renderDocx } from './docx.js';
import { Formatter } from './format.js';

const work = mkdtempSync(join(tmpdir(), 'zorghub-docx-'));
beforeAll(useSchemaValidator);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Opens DOCX files with LibreOffice headless (a program nobody here wrote) and returns their text. */
function textOf(files: Record<string, Uint8Array>): Record<string, string> {
  const out = convert(files, 'txt:Text (encoded):UTF8', 'txt');
  return Object.fromEntries(
    Object.entries(out).map(([name, bytes]) => [name, Buffer.from(bytes).toString('utf8')]),
  );
}

/** Converts DOCX files with LibreOffice headless to another format; returns the bytes per name. */
function convert(
  files: Record<string, Uint8Array>,
  filter: string,
  extension: string,
): Record<string, Uint8Array> {
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
      filter,
      '--outdir',
      join(work, extension),
      ...inputs,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return Object.fromEntries(
    Object.keys(files).map((name) => [
      name,
      new Uint8Array(readFileSync(join(work, extension, `${name}.${extension}`))),
    ]),
  );
}

// LibreOffice writes a non-breaking space where Intl puts one (nl: "€ 1.234"); compare on plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the council document (DOCX), read back by LibreOffice', { timeout: 240_000 }, () => {
  const result = runScenario(loadExample('delft'), { runs: 2000, seed: 5 });

  it('has the title, the one-page summary in plain words and the figures of the JSON, in nl and en', async () => {
    const texts = textOf({
      nl: await renderDocx(result, { lang: 'nl', rasterize: svgToPng }),
      en: await renderDocx(result, { lang: 'en', rasterize: svgToPng }),
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

  it('becomes a PDF through LibreOffice, with the charts', async () => {
    const pdf = await docxToPdf(await renderDocx(result, { lang: 'nl', rasterize: svgToPng }));
    const text = Buffer.from(pdf).toString('latin1');
    expect(text.slice(0, 5)).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    // The charts are in the PDF as images.
    const charts = buildDocument(result, 'nl').blocks.filter((b) => b.kind === 'chart');
    const images = text.match(/\/Subtype\s*\/Image/g) ?? [];
    expect(images.length).toBeGreaterThanOrEqual(charts.length);
  });

  it("has the report's charts as PNG images with their alt text, which LibreOffice reads back", async () => {
    const xml = (s: string) =>
      s.replace(/&(amp|lt|gt|quot|apos|#39);/g, (m) => XML_ENTITIES[m] ?? m);
    for (const lang of ['nl', 'en'] as const) {
      const charts = buildDocument(result, lang).blocks.filter((b) => b.kind === 'chart');
      expect(charts.length).toBeGreaterThanOrEqual(5);
      const docx = await renderDocx(result, { lang, rasterize: svgToPng });
      // In the file: one PNG per chart, each described by the chart's own description.
      const zip = unzipSync(docx);
      const pngs = Object.keys(zip).filter((x) => /^word\/media\/.+\.png$/.test(x));
      expect(pngs).toHaveLength(charts.length);
      for (const name of pngs)
        expect(Buffer.from((zip[name] as Uint8Array).slice(1, 4)).toString('latin1')).toBe('PNG');
      const document = Buffer.from(zip['word/document.xml'] as Uint8Array).toString('utf8');
      const described = [
        ...document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"[^>]*title="([^"]*)"/g),
      ];
      expect(described.map((m) => xml(m[2] as string))).toEqual(charts.map((c) => c.caption));
      expect(described.map((m) => xml(m[1] as string))).toEqual(
        charts.map((c) => chartDescription(chartSvg(result, lang, c))),
      );
      // LibreOffice opens it: its own ODT has an image frame with the title and description per chart.
      const odt = convert({ [`charts-${lang}`]: docx }, 'odt', 'odt')[
        `charts-${lang}`
      ] as Uint8Array;
      const content = Buffer.from(unzipSync(odt)['content.xml'] as Uint8Array).toString('utf8');
      const frames = [...content.matchAll(/<draw:frame\b[\s\S]*?<\/draw:frame>/g)].map((m) => m[0]);
      const images = frames.filter((f) => f.includes('<draw:image'));
      expect(images).toHaveLength(charts.length);
      const titles = images.map((f) =>
        xml(/<svg:title>([\s\S]*?)<\/svg:title>/.exec(f)?.[1] ?? ''),
      );
      expect(titles).toEqual(charts.map((c) => c.caption));
      for (const [i, f] of images.entries())
        expect(xml(/<svg:desc>([\s\S]*?)<\/svg:desc>/.exec(f)?.[1] ?? ''), titles[i]).toBe(
          chartDescription(chartSvg(result, lang, charts[i] as (typeof charts)[number])),
        );
      const pictures = Object.keys(unzipSync(odt)).filter((x) => x.startsWith('Pictures/'));
      expect(pictures).toHaveLength(charts.length);
    }
  });
});

const XML_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&#39;': "'",
};
