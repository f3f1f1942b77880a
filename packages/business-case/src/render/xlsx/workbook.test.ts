// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ScenarioInstrumentCode, scenarioInstrumentLabels } from '@zorghub/schemas';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExample, timingScenario, useSchemaValidator } from '../../__fixtures__/scenarios.js';
import type { BusinessCaseResult } from '../../result-types.js';
import { runScenario } from '../../run/run-scenario.js';
import type { Scenario } from '../../types.js';
import { buildWorkbook, renderXlsx } from './workbook.js';

const work = mkdtempSync(join(tmpdir(), 'zorghub-xlsx-'));
beforeAll(() => useSchemaValidator());
afterAll(() => rmSync(work, { recursive: true, force: true }));

function soffice(): string {
  for (const candidate of [
    '/usr/bin/soffice',
    '/usr/bin/libreoffice',
    '/usr/lib/libreoffice/program/soffice',
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui');
}

/** Recalculates a workbook with LibreOffice headless, in its own profile, and returns the result. */
function recalculate(bytes: Uint8Array, name: string): string {
  const profile = join(work, `profile-${name}`);
  mkdirSync(join(profile, 'user'), { recursive: true });
  // Always recalculate OOXML files on load, so every cached value comes from LibreOffice itself.
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  const input = join(work, `${name}.xlsx`);
  const outDir = join(work, `out-${name}`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(input, bytes);
  execFileSync(
    soffice(),
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      input,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return join(outDir, `${name}.xlsx`);
}

function at(result: BusinessCaseResult, key: string): unknown {
  let node: unknown = result;
  for (const part of key.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

async function compare(
  scenario: Scenario,
  name: string,
  lang: 'nl' | 'en',
  edit?: { inputs: Record<string, number>; expected: Scenario },
  mutate?: (workbook: ExcelJS.Workbook) => void,
): Promise<{ compared: number; mismatches: string[] }> {
  const result = runScenario(scenario, { runs: 0 });
  const { cells, workbook } = await buildWorkbook(scenario, result, { lang });
  let bytes = await renderXlsx(scenario, result, { lang });
  let expectedResult = result;
  if (edit) {
    // Change the inputs inside the workbook, as a policy officer would, and let LibreOffice recalculate.
    const sheet = workbook.worksheets[1]!;
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.load(bytes as unknown as ArrayBuffer);
    const inputs = edited.getWorksheet(sheet.name)!;
    let changed = 0;
    inputs.eachRow((row) => {
      const key = row.getCell(1).value;
      if (typeof key === 'string' && key in edit.inputs) {
        row.getCell(3).value = edit.inputs[key] as number;
        changed++;
      }
    });
    expect(changed).toBe(Object.keys(edit.inputs).length);
    bytes = new Uint8Array((await edited.xlsx.writeBuffer()) as ArrayBuffer);
    expectedResult = runScenario(edit.expected, { runs: 0 });
  }
  if (mutate) {
    // A test-only copy with one formula broken: the comparison must catch it.
    const broken = new ExcelJS.Workbook();
    await broken.xlsx.load(bytes as unknown as ArrayBuffer);
    mutate(broken);
    bytes = new Uint8Array((await broken.xlsx.writeBuffer()) as ArrayBuffer);
  }
  const file = recalculate(bytes, name);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  let compared = 0;
  const mismatches: string[] = [];
  for (const c of cells) {
    const cell = wb.getWorksheet(c.sheet)?.getCell(c.address);
    const raw = cell?.value as unknown;
    // exceljs leaves out a cached result of 0 when it reads a file; LibreOffice wrote <v>0</v>.
    const got =
      raw !== null && typeof raw === 'object' && 'formula' in (raw as object)
        ? ((raw as { result?: unknown }).result ?? 0)
        : raw;
    if (c.key.startsWith('_')) {
      expect(typeof got).toBe('number');
      continue;
    }
    const want = at(expectedResult, c.key);
    if (want === null) {
      expect(got, c.key).toBe('-');
      continue;
    }
    if (typeof want === 'string') {
      // A code from the standard shows as its label in the workbook's language.
      const label = scenarioInstrumentLabels[want as ScenarioInstrumentCode]?.[lang];
      expect(label, c.key).toBeDefined();
      if (got !== label) mismatches.push(`${c.key}: xlsx ${String(got)} json ${want}`);
      continue;
    }
    expect(typeof want, c.key).toBe('number');
    const tolerance = /bcr|subscriptionsPerYear|marginalPressure/.test(c.key) ? 0.0001 : 0.0051;
    if (typeof got !== 'number' || Math.abs(got - (want as number)) > tolerance)
      mismatches.push(`${c.key}: xlsx ${String(got)} json ${String(want)}`);
    if (want !== 0) compared++;
  }
  return { compared, mismatches };
}

/** Compares and expects every result cell to match. */
async function matches(...args: Parameters<typeof compare>): Promise<number> {
  const { compared, mismatches } = await compare(...args);
  expect(mismatches).toEqual([]);
  return compared;
}

/** Replaces the formula of one cell in a loaded workbook. */
function breakFormula(
  workbook: ExcelJS.Workbook,
  sheet: string,
  address: string,
  edit: (formula: string) => string,
): void {
  const cell = workbook.getWorksheet(sheet)?.getCell(address);
  const value = cell?.value as { formula?: string } | undefined;
  if (!cell || typeof value?.formula !== 'string')
    throw new Error(`${sheet}!${address} holds no formula`);
  cell.value = { formula: edit(value.formula) };
}

describe('XLSX workbook with live formulas, recalculated by LibreOffice', () => {
  it('every result cell equals the JSON to the cent (Delft, Dutch)', {
    timeout: 180_000,
  }, async () => {
    const compared = await matches(loadExample('delft'), 'delft', 'nl');
    expect(compared).toBeGreaterThan(100);
  });

  it('equals the JSON to the cent for the other examples too (Drechtsteden, Apeldoorn)', {
    timeout: 240_000,
  }, async () => {
    for (const name of ['drechtsteden', 'apeldoorn']) {
      const compared = await matches(loadExample(name), name, 'en');
      expect(compared).toBeGreaterThan(100);
    }
  });

  it('computes time as the model does: start month, training, base year, mid-year and monthly windows', {
    timeout: 240_000,
  }, async () => {
    for (const convention of ['midden-jaar', 'maand'] as const) {
      const compared = await matches(
        timingScenario(convention, 0.0225),
        `timing-${convention}`,
        'en',
      );
      expect(compared).toBeGreaterThan(30);
    }
  });

  it('follows inputs changed inside the workbook: tariff, discount rate, retained share, wage and hours', {
    timeout: 180_000,
  }, async () => {
    const scenario = loadExample('delft');
    const expected = loadExample('delft');
    expected.parameters.tariefAbonnement.waarde = 24;
    expected.parameters.discontovoet.waarde = 0.03;
    expected.parameters.behoudAandeelGemeente.waarde = 0;
    expected.cohorten[0]!.instroom.waarde = 80;
    expected.parameters.uurloon.waarde = 15.5;
    expected.cohorten[0]!.urenPerWeek.waarde = 20;
    const compared = await matches(scenario, 'delft-edited', 'en', {
      inputs: {
        'parameters.tariefAbonnement': 24,
        'parameters.discontovoet': 0.03,
        'parameters.behoudAandeelGemeente': 0,
        'cohorten[0].instroom': 80,
        'parameters.uurloon': 15.5,
        'cohorten[0].urenPerWeek': 20,
      },
      expected,
    });
    expect(compared).toBeGreaterThan(100);
  });

  it('catches a wrong formula on the settlement sheets (a test-only broken copy)', {
    timeout: 180_000,
  }, async () => {
    const scenario = loadExample('delft');
    const result = runScenario(scenario, { runs: 0 });
    const { cells } = await buildWorkbook(scenario, result, { lang: 'en' });
    const where = (key: string) => {
      const cell = cells.find((c) => c.key === key);
      if (!cell) throw new Error(`no cell for ${key}`);
      return cell;
    };
    // The cash check leaves out the municipality's years; the uncovered amount is off by 1 %.
    const cash = where('cashCheck.breaks.length');
    const uncovered = where('localSettlement.uncovered[9]');
    const { mismatches } = await compare(scenario, 'delft-broken', 'en', undefined, (wb) => {
      breakFormula(wb, cash.sheet, cash.address, (f) => f.replace(/,[^,]+/, ''));
      breakFormula(wb, uncovered.sheet, uncovered.address, (f) => `${f}*1.01`);
    });
    expect(mismatches.map((m) => m.split(':')[0])).toEqual([
      'cashCheck.breaks.length',
      'localSettlement.uncovered[9]',
    ]);
  });

  it('catches a wrong formula on the income sheet (a test-only broken copy)', {
    timeout: 180_000,
  }, async () => {
    const scenario = loadExample('delft');
    const result = runScenario(scenario, { runs: 0 });
    const { cells } = await buildWorkbook(scenario, result, { lang: 'nl' });
    const income = cells.filter((c) => c.key.startsWith('householdIncome.'));
    // Every component of every state of every household type, the steps and the gains.
    expect(income.length).toBeGreaterThan(4 * 5 * 12);
    const key = 'householdIncome.households[1].states[2].assessedIncome';
    const cell = income.find((c) => c.key === key);
    if (!cell) throw new Error(`no cell for ${key}`);
    // The gross-up without the labour and combination credits: the assessed income comes out wrong.
    const { mismatches } = await compare(scenario, 'delft-broken-income', 'nl', undefined, (wb) =>
      breakFormula(wb, cell.sheet, cell.address, (f) => f.replaceAll(/-\(\w+\+\w+\)\)/g, ')')),
    );
    const broken = mismatches.map((m) => m.split(':')[0]);
    expect(broken).toContain(key);
    expect(broken).toContain('householdIncome.households[1].states[2].netIncome');
    expect(broken.every((k) => k?.startsWith('householdIncome.households[1].'))).toBe(true);
  });
});
