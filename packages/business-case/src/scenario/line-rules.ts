// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Rules across a cost or benefit line's fields: unique ids; who pays and who receives (a transfer
 * needs both, nobody pays themselves); a unit value exactly where the calculation uses one; the units
 * of its corrections; persistence from the cohort or from drop-off, never both; skimming only on
 * what the municipality receives; years in order; and the general parameters its calculation needs.
 */
import { CALCULATIONS, type Calculation, FLOW_CALCULATIONS, UNIT_CALCULATIONS } from '../types.js';
import { describeValue, type IssueCollector, isObject, type Json, pointer } from './issues.js';
import { checkParameter, type ScenarioContext } from './parameter-rules.js';
import { LINE_UNITS } from './units.js';

type Raw = Record<string, Json>;

function checkParties(line: Raw, base: string, out: IssueCollector): void {
  if (line.betaler === undefined && line.ontvanger === undefined)
    out.add(
      'scenario.lineParty',
      `${base}/ontvanger`,
      {
        en: 'a payer (betaler), a receiver (ontvanger) or both',
        nl: 'een betaler, een ontvanger of beide',
      },
      'nothing',
    );
  if (
    line.transfer === true &&
    (line.betaler === undefined || line.ontvanger === undefined) &&
    !(line.financiering === true && line.ontvanger !== undefined)
  )
    out.add(
      'scenario.transferParties',
      `${base}/${line.betaler === undefined ? 'betaler' : 'ontvanger'}`,
      {
        en: 'both a payer and a receiver on a transfer',
        nl: 'zowel een betaler als een ontvanger bij een overdracht',
      },
      'nothing',
    );
  if (line.betaler !== undefined && line.betaler === line.ontvanger)
    out.add(
      'scenario.lineParty',
      `${base}/ontvanger`,
      { en: 'a receiver other than the payer', nl: 'een andere ontvanger dan de betaler' },
      describeValue(line.ontvanger),
    );
}

function checkUnitValue(
  line: Raw,
  index: number,
  calc: Calculation | undefined,
  context: ScenarioContext,
  out: IssueCollector,
): void {
  const base = `/regels/${index}`;
  if (calc !== undefined && UNIT_CALCULATIONS.includes(calc)) {
    if (line.eenheidswaarde === undefined)
      out.add(
        'scenario.missing',
        `${base}/eenheidswaarde`,
        { en: 'a parameter {waarde, eenheid, bron}', nl: 'een parameter {waarde, eenheid, bron}' },
        'nothing',
      );
    else checkParameter(line.eenheidswaarde, ['regels', index, 'eenheidswaarde'], context, out);
  } else if (line.eenheidswaarde !== undefined)
    out.add(
      'scenario.unitValueNotUsed',
      `${base}/eenheidswaarde`,
      {
        en: `no unit value: "${String(line.berekening)}" takes its values from the general parameters`,
        nl: `geen eenheidswaarde: "${String(line.berekening)}" gebruikt de algemene parameters`,
      },
      describeValue(line.eenheidswaarde),
    );
}

function checkPersistence(
  line: Raw,
  index: number,
  calc: Calculation | undefined,
  context: ScenarioContext,
  out: IssueCollector,
): void {
  const flow = calc !== undefined && FLOW_CALCULATIONS.includes(calc);
  if (!flow && (line.afname !== undefined || line.duurJaren !== undefined))
    out.add(
      'scenario.persistenceTwice',
      `/regels/${index}/${line.afname !== undefined ? 'afname' : 'duurJaren'}`,
      {
        en: `no drop-off or duration: "${String(line.berekening)}" already follows the cohort, so persistence would be counted twice`,
        nl: `geen afname of duur: "${String(line.berekening)}" volgt het cohort al, dan telt de persistentie dubbel`,
      },
      describeValue(line.afname ?? line.duurJaren),
    );
  else checkParameter(line.afname, ['regels', index, 'afname'], context, out, LINE_UNITS.afname);
}

/** A calculation that reads optional general parameters needs them to be there. */
function checkNeededParameters(line: Raw, params: Raw, out: IssueCollector): void {
  const need = (
    calculation: string,
    keys: [string, string],
    what: { en: string; nl: string },
  ): void => {
    const [first, second] = keys;
    if (line.berekening !== calculation || (isObject(params[first]) && isObject(params[second])))
      return;
    out.add(
      'scenario.missing',
      pointer(['parameters', isObject(params[first]) ? second : first]),
      what,
      'nothing',
    );
  };
  need('particulier', ['tariefParticulier', 'particulierAandeel'], {
    en: 'a parameter for the private market',
    nl: 'een parameter voor de particuliere markt',
  });
  need('loonkostensubsidie', ['loonwaarde', 'lksOpslag'], {
    en: 'a parameter for the wage-cost subsidy',
    nl: 'een parameter voor de loonkostensubsidie',
  });
}

function checkLine(
  line: Raw,
  index: number,
  params: Raw,
  context: ScenarioContext,
  out: IssueCollector,
): void {
  const base = `/regels/${index}`;
  const calc = (CALCULATIONS as readonly Json[]).includes(line.berekening)
    ? (line.berekening as Calculation)
    : undefined;
  checkParties(line, base, out);
  checkUnitValue(line, index, calc, context, out);
  checkParameter(line.factor, ['regels', index, 'factor'], context, out);
  for (const key of ['deadweight', 'attributie', 'verdringing'] as const)
    checkParameter(line[key], ['regels', index, key], context, out, LINE_UNITS[key]);
  checkPersistence(line, index, calc, context, out);
  const municipal = line.ontvanger === 'gemeente' || line.betaler === 'gemeente';
  if (line.afroming === true && !municipal)
    out.add(
      'scenario.skimming',
      `${base}/afroming`,
      {
        en: 'skimming only on a line the municipality (gemeente) pays or receives',
        nl: 'afroming alleen bij een regel die de gemeente betaalt of ontvangt',
      },
      describeValue(line.ontvanger ?? line.betaler),
    );
  if (line.budget !== undefined && !municipal)
    out.add(
      'scenario.budget',
      `${base}/budget`,
      {
        en: 'a municipal budget only on a line the municipality (gemeente) pays or receives',
        nl: 'een gemeentebudget alleen bij een regel die de gemeente betaalt of ontvangt',
      },
      describeValue(line.budget),
    );
  if (
    typeof line.vanJaar === 'number' &&
    typeof line.totJaar === 'number' &&
    line.vanJaar > line.totJaar
  )
    out.add(
      'scenario.years',
      `${base}/totJaar`,
      { en: `a year >= vanJaar (${line.vanJaar})`, nl: `een jaar >= vanJaar (${line.vanJaar})` },
      String(line.totJaar),
    );
  checkNeededParameters(line, params, out);
}

export function checkLines(root: Raw, context: ScenarioContext, out: IssueCollector): void {
  if (!Array.isArray(root.regels)) return;
  const params = isObject(root.parameters) ? root.parameters : {};
  const ids = new Set<string>();
  root.regels.forEach((l, i) => {
    if (!isObject(l)) return;
    if (typeof l.id === 'string') {
      if (ids.has(l.id))
        out.add(
          'scenario.duplicate',
          `/regels/${i}/id`,
          { en: 'a unique line id', nl: 'een unieke regelcode' },
          describeValue(l.id),
        );
      ids.add(l.id);
    }
    checkLine(l, i, params, context, out);
  });
}
