// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The XLSX workbook: every result on the Results sheet is a live formula over the Inputs sheet,
 * through the Cohorts, Drivers, Base and Lines sheets, and so are the two settlement sheets; the
 * Sensitivity sheet holds fixed values.
 * Each sheet has a builder of its own in this folder.
 */
import type { Workbook } from 'exceljs';
import { compileScenario } from '../../model/compile.js';
import type { BusinessCaseResult } from '../../result-types.js';
import type { Scenario } from '../../types.js';
import { type Lang, strings } from '../format.js';
import { writeCohortsSheet } from './cohorts-sheet.js';
import { writeDriversSheet } from './drivers-sheet.js';
import { writeIncomeSheet } from './income-sheet.js';
import { writeInputsSheet } from './inputs-sheet.js';
import { writeLineSheets } from './lines-sheet.js';
import { writeBreakEven, writeFundingGap } from './results-operator.js';
import { writePartyResults } from './results-parties.js';
import { type ResultCell, ResultsWriter } from './results-writer.js';
import { writeSensitivitySheet } from './sensitivity-sheet.js';
import { writeSettlementSheet } from './settlement-sheet.js';
import type { WorkbookContext } from './sheet-kit.js';
import { SHEET_TEXTS } from './sheet-texts.js';

export type { ResultCell } from './results-writer.js';

/**
 * Builds the workbook. `cells` lists where each result (by its JSON path) lives, for tests and for
 * tools.
 */
export async function buildWorkbook(
  scenario: Scenario,
  result: BusinessCaseResult,
  options: { lang: Lang },
): Promise<{ workbook: Workbook; cells: ResultCell[] }> {
  const ExcelJS = ((await import('exceljs')) as unknown as { default: typeof import('exceljs') })
    .default;
  const lang = options.lang;
  const texts = SHEET_TEXTS[lang];
  const context: WorkbookContext = {
    lang,
    texts,
    strings: strings(lang),
    model: compileScenario(scenario),
  };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zorghub toolkit';
  workbook.calcProperties.fullCalcOnLoad = true;
  const readmeSheet = workbook.addWorksheet(texts.readme);
  const inputsSheet = workbook.addWorksheet(texts.inputs);
  const cohortsSheet = workbook.addWorksheet(texts.cohorts);
  const driversSheet = workbook.addWorksheet(texts.drivers);
  const baseSheet = workbook.addWorksheet(texts.base);
  const linesSheet = workbook.addWorksheet(texts.lines);
  const resultsSheet = workbook.addWorksheet(texts.results);
  const incomeSheet = workbook.addWorksheet(texts.income);
  const settlementSheet = workbook.addWorksheet(texts.settlementSheet);
  const localSheet = workbook.addWorksheet(texts.localSettlementSheet);
  const sensitivitySheet = workbook.addWorksheet(texts.sensitivity);

  readmeSheet.getCell('A1').value = `${context.strings.title}: ${scenario.naam}`;
  readmeSheet.getCell('A1').font = { bold: true, size: 14 };
  texts.readmeText.forEach((line, i) => {
    readmeSheet.getCell(`A${i + 3}`).value = line;
  });
  readmeSheet.getColumn(1).width = 140;

  const inputs = writeInputsSheet(inputsSheet, context, scenario);
  const blocks = writeCohortsSheet(cohortsSheet, context, inputs);
  const drivers = writeDriversSheet(driversSheet, context, inputs, cohortsSheet, blocks);
  const lines = writeLineSheets(baseSheet, linesSheet, context, inputs, drivers);
  const writer = new ResultsWriter(resultsSheet, {
    key: texts.key,
    label: texts.label,
    value: texts.value,
  });
  const parties = writePartyResults(writer, context, result, lines);
  writeFundingGap(writer, context, lines, drivers);
  writeBreakEven(writer, context, lines, drivers, inputs, parties);
  writeIncomeSheet(incomeSheet, context, result, inputs, writer.cells);
  for (const [sheet, local] of [
    [settlementSheet, false],
    [localSheet, true],
  ] as const)
    writeSettlementSheet(sheet, {
      context,
      result,
      drivers,
      parties,
      lines,
      cells: writer.cells,
      results: resultsSheet,
      local,
    });
  writeSensitivitySheet(sensitivitySheet, context, result);
  return { workbook, cells: writer.cells };
}

export async function renderXlsx(
  scenario: Scenario,
  result: BusinessCaseResult,
  options: { lang: Lang },
): Promise<Uint8Array> {
  const { workbook } = await buildWorkbook(scenario, result, options);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
