// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { createAjv } from '@zorghub/schemas';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExample, repoRoot, useSchemaValidator } from '../__fixtures__/scenarios.js';
import { renderDocx } from '../render/docx.js';
import { runScenario } from '../run/run-scenario.js';
import { parseScenario } from '../scenario/parse.js';
import type { Scenario } from '../types.js';
import { collectActuals } from './actuals.js';
import { MonitorMismatchError, monitorActuals } from './monitor.js';
import { readPackage } from './node/read-package.js';
import { monitorHtml, monitorJson, monitorMarkdown } from './render.js';
import type { MonitorResult, PackageActuals } from './types.js';
import { writeScenario } from './write-scenario.js';
import { monitorXlsx } from './xlsx.js';

/** The text of word/document.xml in a DOCX (a zip): read through its central directory. */
function text(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buf.readUInt32LE(at + 42);
    if (name === 'word/document.xml') {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + skip;
  }
  throw new Error('word/document.xml not found');
}

const schema = JSON.parse(
  readFileSync(new URL('../../schema/monitor-result.schema.json', import.meta.url), 'utf8'),
);
const validateResult = createAjv().compile(schema);

let scenario: Scenario;
let actuals: PackageActuals;
let result: MonitorResult;

beforeAll(async () => {
  useSchemaValidator();
  scenario = loadExample('delft');
  const read = await readPackage(`${repoRoot}examples/delft/export`);
  if (!read.ok) throw new Error('the Delft example package must be valid');
  actuals = read.actuals;
  result = monitorActuals(scenario, actuals);
});

describe('monitoring the Delft example', () => {
  it('reads every record of the package', () => {
    const manifest = JSON.parse(
      readFileSync(`${repoRoot}examples/delft/export/datapakket.json`, 'utf8'),
    );
    for (const file of manifest.bestanden)
      expect(actuals.records[file.entiteit], file.pad).toBe(file.aantalRecords);
    expect(actuals.invalidRecordsLeftOut).toBe(0);
  });

  it('matches every data cohort that started to a scenario cohort', () => {
    for (const c of actuals.cohorts)
      if (c.intake > 0) expect(c.scenarioCohort, c.cohort).not.toBeNull();
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('finds the deviations the example was made to show', () => {
    const deviating = result.comparisons.filter(
      (c) => c.deviation !== null && Math.abs(c.deviation) > 1e-9,
    );
    expect(deviating.length).toBeGreaterThan(3);
    // the scenario's first cohort assumed 50 people; far fewer started
    const intake = result.comparisons.find((c) => c.key === 'C2021.instroom')!;
    expect(intake.realised).toBeLessThan(intake.planned);
    // and each deviation moves the parties' NPVs
    expect(Object.values(intake.npvEffect ?? {}).some((v) => v !== 0)).toBe(true);
    // the seeds' risk is checked in euros
    expect(typeof result.outflowRisk.revenueEffect).toBe('number');
    expect(result.outflowRisk.personYears).toBeGreaterThan(0);
  });

  it('shows that the second class flows out faster than the first, and faster than planned', () => {
    const rate = (cohort: string) => {
      const c = actuals.cohorts.find((x) => x.cohort === cohort)!;
      return Object.values(c.leavers).reduce((n, x) => n + x, 0) / c.personYearsAtWork;
    };
    expect(rate('2021-09')).toBeGreaterThan(rate('2021-05'));
    expect(result.outflowRisk.faster).toBe(true);
    expect(result.outflowRisk.revenueEffect).toBeLessThan(0);
  });

  it('writes a JSON result that is valid against the published schema', () => {
    const json = JSON.parse(monitorJson(result));
    const ok = validateResult(json);
    expect(validateResult.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('shows the deviations in Markdown and HTML, in Dutch and English', () => {
    const intake = result.comparisons.find((c) => c.key === 'C2021.instroom')!;
    for (const lang of ['nl', 'en'] as const) {
      const md = monitorMarkdown(result, { lang });
      const html = monitorHtml(result, { lang });
      expect(md).toContain(
        lang === 'nl' ? 'Plan en werkelijkheid per aanname' : 'Plan against actual per assumption',
      );
      expect(md).toContain(intake.label[lang]);
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toContain('<svg');
      expect(html.match(/<figure>/g)?.length).toBe(result.series.length);
      for (const text of [md, html]) {
        expect(text).not.toMatch(/\bNaN\b|Infinity|\bundefined\b/);
        expect(text).toContain(result.outflowRisk.message[lang].slice(0, 20));
      }
    }
  });

  it('writes the comparisons as numbers in the workbook', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await monitorXlsx(result, { lang: 'nl' })) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Plan en werkelijkheid')!;
    expect(sheet.rowCount).toBe(result.comparisons.length + 1);
    const row = result.comparisons.findIndex((c) => c.key === 'C2021.instroom') + 2;
    expect(sheet.getRow(row).getCell(5).value).toBe(50);
    expect(sheet.getRow(row).getCell(8).value).toBe(result.comparisons[row - 2]!.realised);
    expect(wb.getWorksheet('Herijking')!.rowCount).toBe(result.calibrations.length + 1);
  });

  it('adds a monitoring section to the council document', async () => {
    const bc = runScenario(scenario, { runs: 0 });
    const plain = await renderDocx(bc, { lang: 'nl' });
    const withMonitoring = await renderDocx(bc, { lang: 'nl', monitoring: result });
    expect(text(plain)).not.toContain('Monitoring: plan en werkelijkheid');
    const xml = text(withMonitoring);
    expect(xml).toContain('Monitoring: plan en werkelijkheid');
    expect(xml).toContain('Plan en werkelijkheid per aanname');
  });

  it('writes a new, valid scenario with every changed input marked, and leaves the original alone', () => {
    const before = JSON.stringify(scenario);
    const text = writeScenario(scenario, result, 'nl');
    expect(JSON.stringify(scenario)).toBe(before);
    const { scenario: next, issues } = parseScenario(text, 'yaml');
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(next).toBeDefined();
    expect(result.reestimated.changes.length).toBeGreaterThan(0);
    expect(text.match(/^\s*# monitoring:/gm)?.length).toBe(result.reestimated.changes.length);
    for (const change of result.reestimated.changes) {
      let node: unknown = next;
      for (const key of change.path.split('/').slice(1))
        node = (node as Record<string, unknown>)[key];
      const p = node as { waarde: number; bron: string; toelichting: string };
      expect(p.waarde, change.path).toBe(change.to);
      expect(p.bron).toMatch(/^monitoring/);
      expect(p.toelichting).toContain(`Was ${change.from}`);
    }
    // a cohort merged from another in the YAML (<<: *later) is changed on its own
    const c2022 = result.reestimated.changes.filter((c) => c.path.startsWith('/cohorten/1/'));
    expect(c2022.length).toBeGreaterThan(0);
  });
});

describe('a package that does not fit the scenario', () => {
  const fitting = async (edit: (s: Scenario) => void) => {
    const s = JSON.parse(JSON.stringify(loadExample('delft'))) as Scenario;
    edit(s);
    return s;
  };
  it('of another region', async () => {
    const s = await fitting((x) => {
      x.regio = 'Apeldoorn (GM0200)';
    });
    expect(() => monitorActuals(s, actuals)).toThrow(MonitorMismatchError);
    try {
      monitorActuals(s, actuals);
    } catch (error) {
      expect((error as MonitorMismatchError).issues.map((i) => i.code)).toContain(
        'region-mismatch',
      );
    }
  });
  it('without a common period, or with cohorts that match none', async () => {
    const s = await fitting((x) => {
      x.startjaar = 2030;
      for (const c of x.cohorten) c.startjaar += 9;
    });
    try {
      monitorActuals(s, actuals);
      expect.unreachable();
    } catch (error) {
      const codes = (error as MonitorMismatchError).issues.map((i) => i.code);
      expect(codes).toContain('no-overlap');
      expect(codes).toContain('unmatched-cohort');
    }
  });
  it('with no participants at all', async () => {
    const empty = await collectActuals([{ entity: 'bezoek', record: { status: 'uitgevoerd' } }]);
    expect(() => monitorActuals(scenario, empty)).toThrow(/no participants/);
  });
});
