// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The settlement on the Results sheet: each settling party's deficit and cashable surplus, what is
 * covered and what is short, and each party's contribution, NPV after and yearly payment.
 */
import type { BusinessCaseResult } from '../../result-types.js';
import type { DriverCells } from './drivers-sheet.js';
import type { PartyCells } from './results-parties.js';
import type { ResultsWriter } from './results-writer.js';
import type { WorkbookContext } from './sheet-kit.js';
import { pick } from './sheet-texts.js';

/** The full settlement, or the local one: without the Rijk, and with what stays uncovered per year. */
export function writeSettlement(
  writer: ResultsWriter,
  context: WorkbookContext,
  result: BusinessCaseResult,
  drivers: DriverCells,
  parties: PartyCells,
  local = false,
): void {
  const { lang, strings: s, model } = context;
  const entry = local ? 'localSettlement.settlement' : 'settlement';
  const summary = local ? 'localSettlement.summary' : 'settlementSummary';
  writer.section(local ? (s.localSettlement as string) : (s.settlement as string));
  const settles = model.stakeholders.map((x) => x.settles && !(local && x.id === 'rijk'));
  const deficits: string[] = [];
  const surpluses: string[] = [];
  result.stakeholders.forEach((party, si) => {
    const npv = parties.npv[si];
    deficits[si] = writer.put(
      `${entry}[${si}].deficit`,
      `${party.name[lang]}: ${s.deficit}`,
      settles[si] ? `MAX(0,-${npv})` : '0',
    );
    surpluses[si] = writer.put(
      `${entry}[${si}].cashableSurplus`,
      `${party.name[lang]}: ${s.surplus}`,
      settles[si] ? `IF(${npv}>0,MAX(0,MIN(${parties.cashableNpv[si]},${npv})),0)` : '0',
    );
  });
  const totalDeficit = writer.put(
    `${summary}.totalDeficit`,
    s.deficit as string,
    deficits.join('+'),
  );
  const totalSurplus = writer.put(
    `${summary}.totalCashableSurplus`,
    s.surplus as string,
    surpluses.join('+'),
  );
  const covered = writer.put(
    `${summary}.covered`,
    pick(lang, 'Gedekt', 'Covered'),
    `MIN(${totalDeficit},${totalSurplus})`,
  );
  const shortfall = writer.put(
    `${summary}.shortfall`,
    pick(lang, 'Tekort na verrekening', 'Shortfall after settlement'),
    `${totalDeficit}-${covered}`,
  );
  // Level payments from the base year on: the annuity over the years from the base year.
  const first = Math.max(0, Math.min(model.horizon - 1, model.baseYear - model.startYear));
  const annuity = `SUM(${drivers.discountAt(first)}:${drivers.discountAt(model.horizon - 1).replace(/^.*!/, '')})`;
  result.stakeholders.forEach((party, si) => {
    const contribution = writer.put(
      `${entry}[${si}].contribution`,
      `${party.name[lang]}: ${s.contribution}`,
      `IF(${totalDeficit}>0,${covered}*${deficits[si]}/${totalDeficit},0)-IF(${totalSurplus}>0,${covered}*${surpluses[si]}/${totalSurplus},0)`,
    );
    writer.put(
      `${entry}[${si}].npvAfter`,
      `${party.name[lang]}: ${s.npvAfter}`,
      `${parties.npv[si]}+${contribution}`,
    );
    writer.put(
      `${entry}[${si}].yearly[${first}]`,
      `${party.name[lang]}: ${s.perYear}`,
      `${contribution}/${annuity}`,
    );
  });
  if (local)
    writer.put(
      `localSettlement.uncovered[${first}]`,
      pick(lang, 'Ongedekt per jaar', 'Uncovered per year'),
      `${shortfall}/${annuity}`,
    );
}
