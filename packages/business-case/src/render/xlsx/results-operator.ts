// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The operator's results: its yearly funding gap (onrendabele top) before and after start-up money,
 * and the break-even tariff and number of subscriptions that bring its NPV to zero.
 */
import { STAKEHOLDER_IDS } from '../../types.js';
import type { DriverCells } from './drivers-sheet.js';
import type { InputCells } from './inputs-sheet.js';
import { type LineRanges, YES } from './lines-sheet.js';
import type { PartyCells } from './results-parties.js';
import type { ResultsWriter } from './results-writer.js';
import { orZero, type WorkbookContext } from './sheet-kit.js';
import { pick } from './sheet-texts.js';

const OPERATOR = '"exploitant"';

export function writeFundingGap(
  writer: ResultsWriter,
  context: WorkbookContext,
  lines: LineRanges,
  drivers: DriverCells,
): void {
  const { strings: s, model } = context;
  writer.section(s.fundingGap as string);
  const gapCells: string[] = [];
  const remainingCells: string[] = [];
  for (let i = 0; i < model.horizon; i++) {
    const year = lines.year(i);
    const label = (what: unknown) => `${what} ${model.startYear + i}`;
    const funding = writer.put(
      `fundingGap.funding[${i}]`,
      label(s.funding),
      `SUMIFS(${year},${lines.receiver},${OPERATOR},${lines.funding},"${YES}")`,
    );
    gapCells[i] = writer.put(
      `fundingGap.yearly[${i}]`,
      label(s.gap),
      `MAX(0,SUMIF(${lines.payer},${OPERATOR},${year})-(SUMIF(${lines.receiver},${OPERATOR},${year})-${funding}))`,
    );
    remainingCells[i] = writer.put(
      `fundingGap.remaining[${i}]`,
      label(s.remaining),
      `MAX(0,${gapCells[i]}-${funding})`,
    );
  }
  const discounted = (cells: string[]) =>
    cells.map((c, i) => `${c}*${drivers.discountAt(i)}`).join('+');
  writer.put('fundingGap.pv', `${s.gap} (${s.pv})`, discounted(gapCells));
  writer.put('fundingGap.pvRemaining', `${s.remaining} (${s.pv})`, discounted(remainingCells));
}

export function writeBreakEven(
  writer: ResultsWriter,
  context: WorkbookContext,
  lines: LineRanges,
  drivers: DriverCells,
  inputs: InputCells,
  parties: PartyCells,
): void {
  const { lang, strings: s } = context;
  writer.section(s.breakEven as string);
  const operatorNpv = parties.npv[STAKEHOLDER_IDS.indexOf('exploitant')];
  const pv = lines.presentValue;
  const revenue = writer.put(
    '_subscriptionRevenuePv',
    pick(
      lang,
      'Contante waarde abonnementsomzet exploitant',
      'PV of operator subscription revenue',
    ),
    `SUMIFS(${pv},${lines.calculation},"abonnement",${lines.receiver},${OPERATOR})-SUMIFS(${pv},${lines.calculation},"abonnement",${lines.payer},${OPERATOR})`,
  );
  const tariff = orZero(inputs.general('tariefAbonnement'));
  writer.put('breakEven.tariff.base', pick(lang, 'Tarief nu', 'Tariff now'), tariff);
  writer.put(
    'breakEven.tariff.value',
    pick(lang, 'Break-even tarief', 'Break-even tariff'),
    `IF(${revenue}>0,${tariff}*(1-${operatorNpv}/${revenue}),"-")`,
  );
  const workers = drivers.range('workers');
  const subscriptions = writer.put(
    'breakEven.subscriptionsPerYear.base',
    pick(lang, 'Abonnementen per jaar nu', 'Subscriptions a year now'),
    `IF(COUNTIF(${workers},">0")>0,SUM(${drivers.range('subscriptions')})/COUNTIF(${workers},">0"),0)`,
    '0.0000',
  );
  writer.put(
    'breakEven.subscriptionsPerYear.value',
    pick(lang, 'Break-even abonnementen per jaar', 'Break-even subscriptions a year'),
    `IF(${revenue}>0,${subscriptions}*(1-${operatorNpv}/${revenue}),"-")`,
    '0.0000',
  );
}
