// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The Sensitivity sheet: the Monte Carlo percentiles, the tornado and the switching values as the
 * toolkit computed them. These are fixed values: a spreadsheet cannot redo the simulation.
 */
import type { Worksheet } from 'exceljs';
import type { BusinessCaseResult } from '../../result-types.js';
import type { WorkbookContext } from './sheet-kit.js';
import { pick } from './sheet-texts.js';

export function writeSensitivitySheet(
  sheet: Worksheet,
  context: WorkbookContext,
  result: BusinessCaseResult,
): void {
  const { lang, strings: s } = context;
  const mc = result.monteCarlo;
  const nameOf = (id: string) => result.stakeholders.find((y) => y.id === id)?.name[lang];
  sheet.getCell('A1').value = pick(
    lang,
    'Vaste waarden uit de toolkit (Monte Carlo, tornado, omslagwaarden); deze rekenen niet mee met de invoer.',
    'Fixed values from the toolkit (Monte Carlo, tornado, switching values); these do not follow the inputs.',
  );
  sheet.getCell('A1').font = { italic: true };
  const heading = (cells: string[]) => {
    sheet.addRow(cells).font = { bold: true };
  };
  sheet.addRow([]);
  heading([s.monteCarlo as string, 'P5', 'P50', 'P95', s.probabilityPositive as string]);
  for (const x of mc.stakeholders)
    sheet.addRow([nameOf(x.id), x.p5, x.p50, x.p95, x.probabilityPositive]);
  sheet.addRow([s.society as string, mc.p5, mc.p50, mc.p95, mc.probabilityPositive]);
  sheet.addRow([]);
  heading([
    s.chartTornado as string,
    s.low as string,
    s.high as string,
    s.npvLow as string,
    s.npvHigh as string,
  ]);
  for (const x of result.tornado) sheet.addRow([x.label[lang], x.low, x.high, x.npvLow, x.npvHigh]);
  sheet.addRow([]);
  heading([
    s.switchingValues as string,
    s.base as string,
    s.switchingValue as string,
    s.change as string,
  ]);
  for (const x of result.switchingValues)
    sheet.addRow([x.label[lang], x.base, x.value ?? (s.none as string), x.changePercent ?? '']);
  sheet.getColumn(1).width = 56;
  for (const c of [2, 3, 4, 5]) sheet.getColumn(c).width = 16;
}
