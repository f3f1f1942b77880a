// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The income rules for the household calculation: tax brackets, tax credits, allowances and the
 * earnings disregard, each with its value, source, year and price year, and whether it was checked
 * against a published table here (`checked`) or is an explicit, labelled input (`input`) that a user
 * must confirm for the analysis year. The figures are those of 2025; 2026 figures were not available
 * here, so a scenario analysed in 2026 prices gets a warning that names the rules' year.
 */
import type { ScenarioEenheidCode } from '@zorghub/schemas';

/** The rules' units: those of the standard's `scenario-eenheid`, and two that only the rules use. */
const STANDARD_UNITS = [
  'EUR/jaar',
  'EUR/maand',
  'fractie',
] as const satisfies readonly ScenarioEenheidCode[];
export type IncomeRuleUnit = (typeof STANDARD_UNITS)[number] | 'maanden' | 'EUR/kind/jaar';

export interface IncomeRule {
  value: number;
  unit: IncomeRuleUnit;
  source: string;
  year: number;
  priceYear: number | null;
  /** `checked`: read from a published table; `input`: an explicit input to confirm. */
  status: 'checked' | 'input';
  label: { nl: string; en: string };
}

export type IncomeRuleKey =
  | 'bracket1Limit'
  | 'bracket1Rate'
  | 'bracket2Limit'
  | 'bracket2Rate'
  | 'bracket3Rate'
  | 'generalCreditMax'
  | 'generalCreditTaperStart'
  | 'generalCreditTaperRate'
  | 'labourCreditRate1'
  | 'labourCreditLimit1'
  | 'labourCreditRate2'
  | 'labourCreditLimit2'
  | 'labourCreditRate3'
  | 'labourCreditLimit3'
  | 'labourCreditTaperRate'
  | 'combinationCreditStart'
  | 'combinationCreditRate'
  | 'combinationCreditMax'
  | 'healthStandardPremium'
  | 'healthThreshold'
  | 'healthNormSingle'
  | 'healthNormCouple'
  | 'healthNormTaper'
  | 'childBudgetPerChild'
  | 'childBudgetSingleParent'
  | 'childBudgetTaperStartSingle'
  | 'childBudgetTaperStartCouple'
  | 'childBudgetTaperRate'
  | 'rentAllowanceSingle'
  | 'rentAllowanceCouple'
  | 'rentAllowanceTaperStart'
  | 'rentAllowanceTaperRate'
  | 'disregardRate'
  | 'disregardMaxMonth'
  | 'disregardMonths'
  | 'coupleNormFactor';

export type IncomeRules = Record<IncomeRuleKey, IncomeRule>;

const TAX = 'Belastingdienst, tarieven en heffingskortingen 2025 (Belastingplan 2025)';
const TOESLAGEN = 'Dienst Toeslagen, rekenregels 2025';
const SZW = 'Participatiewet (SZW)';

const rule = (
  value: number,
  unit: IncomeRule['unit'],
  source: string,
  status: IncomeRule['status'],
  nl: string,
  en: string,
  priceYear: number | null = unit.startsWith('EUR') ? 2025 : null,
): IncomeRule => ({ value, unit, source, year: 2025, priceYear, status, label: { nl, en } });

/** The 2025 rules. `input` marks figures not checked here: confirm them, or pass your own. */
export const INCOME_RULES_2025: IncomeRules = {
  bracket1Limit: rule(38_441, 'EUR/jaar', TAX, 'checked', 'Grens schijf 1', 'Limit of bracket 1'),
  bracket1Rate: rule(0.3582, 'fractie', TAX, 'checked', 'Tarief schijf 1', 'Rate of bracket 1'),
  bracket2Limit: rule(76_817, 'EUR/jaar', TAX, 'checked', 'Grens schijf 2', 'Limit of bracket 2'),
  bracket2Rate: rule(0.3748, 'fractie', TAX, 'checked', 'Tarief schijf 2', 'Rate of bracket 2'),
  bracket3Rate: rule(0.495, 'fractie', TAX, 'checked', 'Tarief schijf 3', 'Rate of bracket 3'),
  generalCreditMax: rule(
    3068,
    'EUR/jaar',
    TAX,
    'checked',
    'Algemene heffingskorting, maximum',
    'General tax credit, maximum',
  ),
  generalCreditTaperStart: rule(
    28_406,
    'EUR/jaar',
    TAX,
    'checked',
    'Algemene heffingskorting, afbouw vanaf',
    'General tax credit, taper from',
  ),
  generalCreditTaperRate: rule(
    0.06337,
    'fractie',
    TAX,
    'checked',
    'Algemene heffingskorting, afbouwpercentage',
    'General tax credit, taper rate',
  ),
  labourCreditRate1: rule(
    0.08053,
    'fractie',
    TAX,
    'input',
    'Arbeidskorting, opbouw 1',
    'Labour tax credit, build-up 1',
  ),
  labourCreditLimit1: rule(
    12_169,
    'EUR/jaar',
    TAX,
    'input',
    'Arbeidskorting, grens 1',
    'Labour tax credit, limit 1',
  ),
  labourCreditRate2: rule(
    0.3003,
    'fractie',
    TAX,
    'input',
    'Arbeidskorting, opbouw 2',
    'Labour tax credit, build-up 2',
  ),
  labourCreditLimit2: rule(
    26_288,
    'EUR/jaar',
    TAX,
    'input',
    'Arbeidskorting, grens 2',
    'Labour tax credit, limit 2',
  ),
  labourCreditRate3: rule(
    0.02258,
    'fractie',
    TAX,
    'input',
    'Arbeidskorting, opbouw 3',
    'Labour tax credit, build-up 3',
  ),
  labourCreditLimit3: rule(
    43_071,
    'EUR/jaar',
    TAX,
    'checked',
    'Arbeidskorting, maximum bereikt bij',
    'Labour tax credit, maximum reached at',
  ),
  labourCreditTaperRate: rule(
    0.0651,
    'fractie',
    TAX,
    'checked',
    'Arbeidskorting, afbouwpercentage',
    'Labour tax credit, taper rate',
  ),
  combinationCreditStart: rule(
    6239,
    'EUR/jaar',
    TAX,
    'input',
    'IACK, opbouw vanaf arbeidsinkomen',
    'Combination credit, build-up from earnings of',
  ),
  combinationCreditRate: rule(
    0.1145,
    'fractie',
    TAX,
    'input',
    'IACK, opbouwpercentage',
    'Combination credit, build-up rate',
  ),
  combinationCreditMax: rule(
    2986,
    'EUR/jaar',
    TAX,
    'checked',
    'IACK, maximum',
    'Combination credit, maximum',
  ),
  healthStandardPremium: rule(
    2112,
    'EUR/jaar',
    TOESLAGEN,
    'input',
    'Zorgtoeslag, standaardpremie',
    'Health-care allowance, standard premium',
  ),
  healthThreshold: rule(
    28_406,
    'EUR/jaar',
    TOESLAGEN,
    'input',
    'Zorgtoeslag, drempelinkomen',
    'Health-care allowance, threshold income',
  ),
  healthNormSingle: rule(
    0.01879,
    'fractie',
    TOESLAGEN,
    'input',
    'Zorgtoeslag, normpremie alleenstaande (deel van drempel)',
    'Health-care allowance, norm premium single (share of threshold)',
  ),
  healthNormCouple: rule(
    0.04256,
    'fractie',
    TOESLAGEN,
    'input',
    'Zorgtoeslag, normpremie partners (deel van drempel)',
    'Health-care allowance, norm premium couple (share of threshold)',
  ),
  healthNormTaper: rule(
    0.1367,
    'fractie',
    TOESLAGEN,
    'input',
    'Zorgtoeslag, afbouw boven drempel',
    'Health-care allowance, taper above threshold',
  ),
  childBudgetPerChild: rule(
    2511,
    'EUR/kind/jaar',
    TOESLAGEN,
    'input',
    'Kindgebonden budget per kind',
    'Child-related budget per child',
  ),
  childBudgetSingleParent: rule(
    3480,
    'EUR/jaar',
    TOESLAGEN,
    'input',
    'Kindgebonden budget, alleenstaande-ouderkop',
    'Child-related budget, single-parent supplement',
  ),
  childBudgetTaperStartSingle: rule(
    28_406,
    'EUR/jaar',
    TOESLAGEN,
    'input',
    'Kindgebonden budget, afbouw vanaf (alleenstaande)',
    'Child-related budget, taper from (single)',
  ),
  childBudgetTaperStartCouple: rule(
    37_545,
    'EUR/jaar',
    TOESLAGEN,
    'input',
    'Kindgebonden budget, afbouw vanaf (partners)',
    'Child-related budget, taper from (couple)',
  ),
  childBudgetTaperRate: rule(
    0.071,
    'fractie',
    TOESLAGEN,
    'input',
    'Kindgebonden budget, afbouwpercentage',
    'Child-related budget, taper rate',
  ),
  rentAllowanceSingle: rule(
    3000,
    'EUR/jaar',
    'aanname: huurtoeslag hangt af van huur en huishouden',
    'input',
    'Huurtoeslag bij laag inkomen, alleenstaande',
    'Rent allowance at a low income, single',
  ),
  rentAllowanceCouple: rule(
    3000,
    'EUR/jaar',
    'aanname: huurtoeslag hangt af van huur en huishouden',
    'input',
    'Huurtoeslag bij laag inkomen, partners',
    'Rent allowance at a low income, couple',
  ),
  rentAllowanceTaperStart: rule(
    18_000,
    'EUR/jaar',
    'aanname: huurtoeslag hangt af van huur en huishouden',
    'input',
    'Huurtoeslag, afbouw vanaf toetsingsinkomen',
    'Rent allowance, taper from assessed income',
  ),
  rentAllowanceTaperRate: rule(
    0.27,
    'fractie',
    'aanname: huurtoeslag hangt af van huur en huishouden',
    'input',
    'Huurtoeslag, afbouw per euro',
    'Rent allowance, taper per euro',
  ),
  disregardRate: rule(
    0.25,
    'fractie',
    `${SZW}, art. 31 lid 2 onder n`,
    'checked',
    'Inkomstenvrijlating, deel van de netto inkomsten',
    'Earnings disregard, share of net earnings',
  ),
  disregardMaxMonth: rule(
    264,
    'EUR/maand',
    `${SZW}, art. 31 lid 2 onder n`,
    'input',
    'Inkomstenvrijlating, maximum per maand',
    'Earnings disregard, maximum per month',
  ),
  disregardMonths: rule(
    6,
    'maanden',
    `${SZW}, art. 31 lid 2 onder n`,
    'checked',
    'Inkomstenvrijlating, duur',
    'Earnings disregard, period',
  ),
  coupleNormFactor: rule(
    100 / 70,
    'fractie',
    `${SZW}, art. 21 (70 % en 100 % van de gehuwdennorm)`,
    'checked',
    'Gehuwdennorm als veelvoud van de norm voor een alleenstaande',
    'Couple norm as a multiple of the single norm',
  ),
};
