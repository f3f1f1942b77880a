// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The monitoring workbook: the comparisons, the actuals per cohort and per month, the calibrations
 * and the re-estimated case, each a sheet of plain numbers (fractions as percentages) to sort and
 * chart further in a spreadsheet.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Lang } from '../render/format.js';
import { MONEY, PERCENT } from '../render/xlsx/sheet-kit.js';
import { isShareUnit } from '../scenario/units.js';
import { STAKEHOLDER_CODE_LABELS, STAKEHOLDER_IDS } from '../types.js';
import type { MonitorResult } from './types.js';

type Cell = string | number | null;

function sheet(
  workbook: Workbook,
  name: string,
  head: string[],
  rows: Cell[][],
  formats: Array<string | undefined> = [],
): Worksheet {
  const ws = workbook.addWorksheet(name);
  ws.addRow(head).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  head.forEach((h, i) => {
    const column = ws.getColumn(i + 1);
    column.width = Math.max(12, Math.min(48, h.length + 4));
    const format = formats[i];
    if (format) column.numFmt = format;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return ws;
}

export async function monitorWorkbook(
  result: MonitorResult,
  options: { lang: Lang },
): Promise<Workbook> {
  const ExcelJS = ((await import('exceljs')) as unknown as { default: typeof import('exceljs') })
    .default;
  const nl = options.lang === 'nl';
  const lang = options.lang;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zorghub toolkit';
  const share = isShareUnit;
  const parties = STAKEHOLDER_IDS.filter((id) => result.plan.npv[id] !== undefined);
  const comparisons = sheet(
    wb,
    nl ? 'Plan en werkelijkheid' : 'Plan against actual',
    [
      nl ? 'Aanname' : 'Assumption',
      nl ? 'Pad in het scenario' : 'Path in the scenario',
      'Cohort',
      nl ? 'Eenheid' : 'Unit',
      nl ? 'Gepland' : 'Planned',
      nl ? 'Bereik min' : 'Range min',
      nl ? 'Bereik max' : 'Range max',
      nl ? 'Gerealiseerd' : 'Realised',
      nl ? 'Afwijking' : 'Deviation',
      nl ? 'Afwijking (relatief)' : 'Deviation (relative)',
      nl ? 'Buiten bereik' : 'Outside range',
      nl ? 'Basis' : 'Basis',
      ...parties.map((id) => `NPV ${STAKEHOLDER_CODE_LABELS[id][lang]}`),
    ],
    result.comparisons.map((c) => [
      c.label[lang],
      c.path,
      c.scenarioCohort ?? '',
      c.unit,
      c.planned,
      c.range?.min ?? null,
      c.range?.max ?? null,
      c.realised,
      c.deviation,
      c.relativeDeviation,
      c.outsideRange === null ? '' : c.outsideRange ? (nl ? 'ja' : 'yes') : nl ? 'nee' : 'no',
      c.basis,
      ...parties.map((id) => c.npvEffect?.[id] ?? null),
    ]),
    [
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      PERCENT,
      undefined,
      '0.0',
      ...parties.map(() => MONEY),
    ],
  );
  // fractions read as percentages, row by row (the unit differs per row)
  result.comparisons.forEach((c, r) => {
    if (!share(c.unit)) return;
    for (const col of [5, 6, 7, 8, 9]) comparisons.getRow(r + 2).getCell(col).numFmt = PERCENT;
  });
  sheet(
    wb,
    nl ? 'Cohorten' : 'Cohorts',
    nl
      ? [
          'Cohort (data)',
          'Scenariocohort',
          'Deelnemers',
          'Instroom',
          'In training',
          'Uitval training',
          'Training afgerond',
          'Geplaatst',
          'Aan het werk',
          'Persoonjaren',
          'Contracturen/week',
          'Contracturen',
          'Gewerkte uren',
          'Declarabele uren',
          'Coachingcontacten',
          'Coachinguren',
          'Regulier werk',
          'Ander werk',
          'Terug naar uitkering',
          'Uitval',
          'Bezoeken',
          'Bezoekuren',
          'Signalen',
          'Gem. uren tot ontvangst',
        ]
      : [
          'Cohort (data)',
          'Scenario cohort',
          'Participants',
          'Intake',
          'In training',
          'Training dropout',
          'Training completed',
          'Placed',
          'At work',
          'Person-years',
          'Contract h/week',
          'Contract hours',
          'Hours worked',
          'Declarable hours',
          'Coaching contacts',
          'Coaching hours',
          'Regular job',
          'Other work',
          'Back to assistance',
          'Dropout',
          'Visits',
          'Visit hours',
          'Signals',
          'Mean hours to acknowledgement',
        ],
    [
      ...result.actuals.cohorts,
      { ...result.actuals.total, cohort: nl ? 'totaal' : 'total', scenarioCohort: '' },
    ].map((c) => [
      c.cohort,
      c.scenarioCohort ?? '',
      c.participants,
      c.intake,
      c.stillInTraining,
      c.trainingDropouts,
      c.completedTraining,
      c.placed,
      c.atWorkAtEnd,
      c.personYearsAtWork,
      c.meanContractHoursPerWeek,
      c.contractHours,
      c.workedHours,
      c.declarableHours,
      c.coachingContacts,
      c.coachingHours,
      c.leavers['regulier-werk'],
      c.leavers['ander-werk'],
      c.leavers['terug-naar-uitkering'],
      c.leavers.uitval,
      c.visits,
      c.visitHours,
      c.signals.signals,
      c.signals.meanHours,
    ]),
    [
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '0.00',
      '0.0',
      '0',
      '0',
      '0',
      undefined,
      '0.0',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '0',
      undefined,
      '0.0',
    ],
  );
  sheet(
    wb,
    nl ? 'Maanden' : 'Months',
    nl
      ? [
          'Scenariocohort',
          'Maand',
          'Gepland aan het werk',
          'Werkelijk aan het werk',
          'Gepland uitgestroomd',
          'Werkelijk uitgestroomd',
        ]
      : [
          'Scenario cohort',
          'Month',
          'Planned at work',
          'Actually at work',
          'Planned leavers',
          'Actual leavers',
        ],
    result.series.flatMap((s) =>
      s.periods.map((p) => [
        s.scenarioCohort,
        p.period,
        p.plannedAtWork,
        p.actualAtWork,
        p.plannedLeavers,
        p.actualLeavers,
      ]),
    ),
    [undefined, undefined, '0.00', '0.00', '0.00', '0'],
  );
  sheet(
    wb,
    nl ? 'Hub per maand' : 'Hub per month',
    nl
      ? [
          'Maand',
          'Instroom',
          'Geplaatst',
          'Persoonmaanden',
          'Contracturen',
          'Gewerkte uren',
          'Declarabele uren',
          'Coachingcontacten',
          'Bezoekuren',
          'Abonnementsuren verkocht',
          'Gefactureerd',
          'Signalen',
        ]
      : [
          'Month',
          'Intake',
          'Placed',
          'Person-months',
          'Contract hours',
          'Hours worked',
          'Declarable hours',
          'Coaching contacts',
          'Visit hours',
          'Subscription hours sold',
          'Invoiced',
          'Signals',
        ],
    result.actuals.total.periods.map((p) => [
      p.period,
      p.intake,
      p.placements,
      p.personMonthsAtWork,
      p.contractHours,
      p.workedHours,
      p.declarableHours,
      p.coachingContacts,
      p.visitHours,
      p.subscriptionHoursSold,
      p.revenueInvoiced,
      p.signals,
    ]),
    [undefined, undefined, undefined, '0.00', '0', '0', '0', undefined, '0', '0', MONEY, undefined],
  );
  sheet(
    wb,
    nl ? 'Herijking' : 'Calibration',
    nl
      ? [
          'Invoer',
          'Pad',
          'Methode',
          'Prior',
          'Prior laag',
          'Prior hoog',
          'Priorsterkte',
          'Gebeurtenissen',
          'Aantal / persoonjaren',
          'Herijkt',
          'Interval laag',
          'Interval hoog',
          'Bewijs',
        ]
      : [
          'Input',
          'Path',
          'Method',
          'Prior',
          'Prior low',
          'Prior high',
          'Prior strength',
          'Events',
          'Trials / person-years',
          'Calibrated',
          'Interval low',
          'Interval high',
          'Evidence',
        ],
    result.calibrations.map((c) => [
      c.label[lang],
      c.path,
      c.method,
      c.prior.mean,
      c.prior.low,
      c.prior.high,
      c.prior.strength,
      c.events,
      c.trials,
      c.posterior.mean,
      c.posterior.low,
      c.posterior.high,
      c.evidence,
    ]),
    [
      undefined,
      undefined,
      undefined,
      PERCENT,
      PERCENT,
      PERCENT,
      '0.0',
      undefined,
      '0.00',
      PERCENT,
      PERCENT,
      PERCENT,
      undefined,
    ],
  );
  sheet(
    wb,
    nl ? 'Herijkte businesscase' : 'Re-estimated case',
    nl
      ? ['Partij', 'NPV plan', 'NPV herijkt', 'Verschil']
      : ['Party', 'NPV plan', 'NPV re-estimated', 'Difference'],
    parties.map((id) => [
      STAKEHOLDER_CODE_LABELS[id][lang],
      result.plan.npv[id] ?? null,
      result.reestimated.npv[id] ?? null,
      result.reestimated.npvChange?.[id] ?? null,
    ]),
    [undefined, MONEY, MONEY, MONEY],
  );
  sheet(
    wb,
    nl ? 'Gewijzigde invoer' : 'Changed inputs',
    nl ? ['Pad', 'Was', 'Wordt', 'Waarom'] : ['Path', 'Was', 'Becomes', 'Why'],
    result.reestimated.changes.map((c) => [c.path, c.from, c.to, c.why[lang]]),
  );
  return wb;
}

export async function monitorXlsx(
  result: MonitorResult,
  options: { lang: Lang },
): Promise<Uint8Array> {
  const wb = await monitorWorkbook(result, options);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
