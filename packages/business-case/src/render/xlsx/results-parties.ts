// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Results per stakeholder (present values, NPV, cashable NPV, the social view without transfers,
 * yearly nets) and for society (both present values, NPV, BCR, fiscal, economic, social and public
 * value, start-up money from outside).
 */
import type { BusinessCaseResult } from '../../result-types.js';
import { PUBLIC_BODIES, STAKEHOLDER_IDS } from '../../types.js';
import { type LineRanges, SOCIAL, YES } from './lines-sheet.js';
import type { ResultsWriter } from './results-writer.js';
import type { WorkbookContext } from './sheet-kit.js';
import { pick } from './sheet-texts.js';

/** The NPV and cashable NPV cell of each stakeholder, for the settlement formulas. */
export interface PartyCells {
  npv: string[];
  cashableNpv: string[];
}

export function writePartyResults(
  writer: ResultsWriter,
  context: WorkbookContext,
  result: BusinessCaseResult,
  lines: LineRanges,
): PartyCells {
  const { lang, strings: s, model } = context;
  const cells: PartyCells = { npv: [], cashableNpv: [] };
  result.stakeholders.forEach((party, si) => {
    writer.section(party.name[lang]);
    const id = `"${party.id}"`;
    const key = `stakeholders[${si}]`;
    const costs = writer.put(
      `${key}.pvCosts`,
      s.pvCosts as string,
      `SUMIF(${lines.payer},${id},${lines.presentValue})`,
    );
    const benefits = writer.put(
      `${key}.pvBenefits`,
      s.pvBenefits as string,
      `SUMIF(${lines.receiver},${id},${lines.presentValue})`,
    );
    cells.npv[si] = writer.put(`${key}.npv`, s.npv as string, `${benefits}-${costs}`);
    cells.cashableNpv[si] = writer.put(
      `${key}.cashableNpv`,
      s.cashableNpv as string,
      `SUMIFS(${lines.presentValue},${lines.receiver},${id},${lines.cashable},"${YES}")-SUMIFS(${lines.presentValue},${lines.payer},${id},${lines.cashable},"${YES}")`,
    );
    const socialCosts = writer.put(
      `${key}.mkba.pvCosts`,
      `${s.mkbaNpv}: ${s.pvCosts}`,
      `SUMIFS(${lines.presentValue},${lines.payer},${id},${lines.social},"${SOCIAL.flow}")`,
    );
    // The buyer of the work, when what it pays is the chosen valuation of the work.
    const socialBenefits = writer.put(
      `${key}.mkba.pvBenefits`,
      `${s.mkbaNpv}: ${s.pvBenefits}`,
      `SUMIFS(${lines.presentValue},${lines.receiver},${id},${lines.social},"${SOCIAL.flow}")+SUMIFS(${lines.presentValue},${lines.payer},${id},${lines.social},"${SOCIAL.buyersValue}")`,
    );
    writer.put(`${key}.mkba.npv`, s.mkbaNpv as string, `${socialBenefits}-${socialCosts}`);
    for (let i = 0; i < model.horizon; i++) {
      writer.put(
        `${key}.yearly.net[${i}]`,
        `${s.npv} ${model.startYear + i} (${pick(lang, 'niet verdisconteerd', 'undiscounted')})`,
        `SUMIF(${lines.receiver},${id},${lines.year(i)})-SUMIF(${lines.payer},${id},${lines.year(i)})`,
      );
    }
  });
  writeSocietyResults(writer, context, lines, cells);
  return cells;
}

function writeSocietyResults(
  writer: ResultsWriter,
  context: WorkbookContext,
  lines: LineRanges,
  parties: PartyCells,
): void {
  const s = context.strings;
  const pv = lines.presentValue;
  const flow = `(${lines.social}="${SOCIAL.flow}")`;
  const buyersValue = `SUMIF(${lines.social},"${SOCIAL.buyersValue}",${pv})`;
  writer.section(s.society as string);
  const costs = writer.put(
    'society.pvCosts',
    s.pvCosts as string,
    `SUMPRODUCT((LEN(${lines.payer})>0)*${flow}*${pv})`,
  );
  const benefits = writer.put(
    'society.pvBenefits',
    s.pvBenefits as string,
    `SUMPRODUCT((LEN(${lines.receiver})>0)*${flow}*${pv})+${buyersValue}`,
  );
  writer.put('society.npv', s.npv as string, `${benefits}-${costs}`);
  writer.put('society.bcr', s.bcr as string, `IF(${costs}>0,${benefits}/${costs},"-")`, '0.0000');
  const investment = writer.put(
    'society.investment',
    s.investment as string,
    `SUMIF(${lines.payer},"exploitant",${pv})+SUMPRODUCT((LEN(${lines.payer})>0)*(${lines.payer}<>"exploitant")*${flow}*${pv})`,
  );
  writer.put(
    'society.sroi',
    s.sroi as string,
    `IF(${investment}>0,${benefits}/${investment},"-")`,
    '0.0000',
  );
  const bodies = PUBLIC_BODIES.map((body) => parties.npv[STAKEHOLDER_IDS.indexOf(body)] as string);
  writer.put('society.fiscalValue', s.fiscalValue as string, bodies.join('+'));
  PUBLIC_BODIES.forEach((body, k) => {
    writer.put(
      `society.fiscalByBody[${k}].value`,
      `${s.fiscalByBody}: ${body}`,
      bodies[k] as string,
    );
  });
  const benefitsOfType = (type: string) =>
    `SUMPRODUCT((LEN(${lines.receiver})>0)*${flow}*(${lines.type}="${type}")*${pv})`;
  writer.put(
    'society.economicValue',
    s.economicValue as string,
    `${benefitsOfType('economisch')}+${buyersValue}`,
  );
  writer.put('society.socialValue', s.socialValue as string, benefitsOfType('sociaal'));
  writer.put('society.publicValue', s.publicValue as string, benefits);
  writer.put(
    'society.externalFunding',
    s.externalFunding as string,
    `SUMPRODUCT((LEN(${lines.payer})=0)*(${lines.transfer}="${YES}")*${pv})`,
  );
}
