// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * What the workers gain: per household type the net household income on assistance and in the hub
 * job (with the earnings disregard and after it ends, and at more hours), the marginal pressure of
 * each step, and a warning for a household type that gains nothing from the job or loses.
 *
 * On assistance the household has the net norm; its assessed income for the allowances is the gross
 * amount that gives that net. In the job the net wage comes first; while it is below the norm the
 * municipality tops it up to the norm, plus the earnings disregard during its period. Allowances
 * follow the assessed income (wage plus gross top-up). The partner of a couple has no income.
 */
import { cents, ratio } from '../run/numbers.js';
import type { LocalizedText } from '../types.js';
import { INCOME_RULES_2025, type IncomeRules } from './rules.js';
import {
  childBudget,
  grossUp,
  type HouseholdShape,
  healthAllowance,
  incomeTax,
  rentAllowance,
} from './tax.js';

export const HOUSEHOLD_TYPES = [
  { id: 'alleenstaand', partner: false, children: 0, name: { nl: 'Alleenstaande', en: 'Single' } },
  {
    id: 'alleenstaande-ouder',
    partner: false,
    children: 1,
    name: { nl: 'Alleenstaande ouder, 1 kind', en: 'Single parent, 1 child' },
  },
  {
    id: 'paar',
    partner: true,
    children: 0,
    name: { nl: 'Paar zonder kinderen', en: 'Couple without children' },
  },
  {
    id: 'paar-met-kinderen',
    partner: true,
    children: 2,
    name: { nl: 'Paar met 2 kinderen', en: 'Couple with 2 children' },
  },
] as const;

export interface IncomeState {
  id: string;
  name: LocalizedText;
  hoursPerWeek: number;
  grossWage: number;
  incomeTax: number;
  netWage: number;
  /** Net assistance: the top-up to the norm plus the disregard. */
  assistance: number;
  disregard: number;
  assessedIncome: number;
  healthAllowance: number;
  rentAllowance: number;
  childBudget: number;
  netIncome: number;
}

export interface IncomeStep {
  from: string;
  to: string;
  grossChange: number;
  netChange: number;
  /** 1 − Δ net / Δ gross wage; null when the gross wage does not change. */
  marginalPressure: number | null;
}

export interface HouseholdIncome {
  type: string;
  name: LocalizedText;
  states: IncomeState[];
  steps: IncomeStep[];
  /** Net income in the job after the disregard minus on assistance, per year. */
  gainFromWork: number;
}

export interface HouseholdIncomeInput {
  hourlyWage: number;
  holidayPay: number;
  hoursPerWeek: number;
  /** Net assistance norm for a single person per month, holiday pay included. */
  singleNormMonth: number;
  paidWeeks?: number;
  rules?: IncomeRules;
}

export function householdIncome(input: HouseholdIncomeInput): {
  households: HouseholdIncome[];
  warnings: LocalizedText[];
} {
  const r = input.rules ?? INCOME_RULES_2025;
  const weeks = input.paidWeeks ?? 52;
  const extraHours = [input.hoursPerWeek + 8, input.hoursPerWeek + 16].filter((x) => x <= 40);
  const households = HOUSEHOLD_TYPES.map((type) => {
    const h: HouseholdShape = { partner: type.partner, children: type.children };
    const norm = input.singleNormMonth * 12 * (type.partner ? r.coupleNormFactor.value : 1);
    const state = (
      id: string,
      name: LocalizedText,
      hours: number,
      withDisregard: boolean,
    ): IncomeState => {
      const wage = input.hourlyWage * (1 + input.holidayPay) * hours * weeks;
      const wageTax = incomeTax(wage, wage, h, r);
      const netWage = wage - wageTax;
      // The disregard: part of the net earnings is not counted against the norm, for a while.
      const exempt =
        withDisregard && wage > 0
          ? Math.min(r.disregardRate.value * netWage, r.disregardMaxMonth.value * 12)
          : 0;
      const topUp = Math.max(0, norm - (netWage - exempt));
      const disregard = topUp > 0 ? exempt : 0;
      const gross = topUp > 0 ? grossUp(netWage + topUp, wage, h, r) : 0;
      const assessed = wage + gross;
      const tax = incomeTax(assessed, wage, h, r);
      const assistance = assessed - tax - netWage;
      const health = healthAllowance(assessed, h, r);
      const rent = rentAllowance(assessed, h, r);
      const child = childBudget(assessed, h, r);
      return {
        id,
        name,
        hoursPerWeek: hours,
        grossWage: cents(wage),
        incomeTax: cents(tax),
        netWage: cents(netWage),
        assistance: cents(Math.max(0, assistance)),
        disregard: cents(disregard),
        assessedIncome: cents(assessed),
        healthAllowance: cents(health),
        rentAllowance: cents(rent),
        childBudget: cents(child),
        netIncome: cents(netWage + Math.max(0, assistance) + health + rent + child),
      };
    };
    const hrs = input.hoursPerWeek;
    const states = [
      state('bijstand', { nl: 'Bijstand', en: 'Assistance' }, 0, false),
      state(
        'baan-vrijlating',
        { nl: `Baan ${hrs} uur, met vrijlating`, en: `Job ${hrs} h, with disregard` },
        hrs,
        true,
      ),
      state(
        'baan',
        { nl: `Baan ${hrs} uur, na de vrijlating`, en: `Job ${hrs} h, after the disregard` },
        hrs,
        false,
      ),
      ...extraHours.map((x) =>
        state(`baan-${x}`, { nl: `Baan ${x} uur`, en: `Job ${x} h` }, x, false),
      ),
    ];
    const steps: IncomeStep[] = states.slice(1).map((to, i) => {
      const from = states[i] as IncomeState;
      const dg = to.grossWage - from.grossWage;
      const dn = to.netIncome - from.netIncome;
      return {
        from: from.id,
        to: to.id,
        grossChange: cents(dg),
        netChange: cents(dn),
        marginalPressure: Math.abs(dg) > 0.005 ? ratio(1 - dn / dg) : null,
      };
    });
    const assistance = states[0] as IncomeState;
    const job = states[2] as IncomeState;
    return {
      type: type.id,
      name: type.name,
      states,
      steps,
      gainFromWork: cents(job.netIncome - assistance.netIncome),
    };
  });
  const warnings: LocalizedText[] = [];
  for (const x of households) {
    if (x.gainFromWork > 0.5) continue;
    const fmt = (v: number, locale: string) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(v);
    warnings.push({
      nl: `${x.name.nl}: met de baan van ${input.hoursPerWeek} uur gaat het huishouden er na de inkomstenvrijlating niet op vooruit (${fmt(x.gainFromWork, 'nl-NL')} per jaar ten opzichte van de bijstand).`,
      en: `${x.name.en}: with the ${input.hoursPerWeek}-hour job the household gains nothing once the earnings disregard ends (${fmt(x.gainFromWork, 'en-GB')} a year compared with assistance).`,
    });
  }
  return { households, warnings };
}
