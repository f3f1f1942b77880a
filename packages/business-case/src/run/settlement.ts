// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The settlement: the deficits of settling parties are covered by the gainers in proportion to their
 * cashable surplus, paid as a level yearly amount; a plain warning when the surplus is not enough.
 */
import type {
  BusinessCaseResult,
  SettlementEntry,
  SettlementTransfer,
  StakeholderResult,
} from '../result-types.js';
import type { LocalizedText } from '../types.js';
import { cents, sum } from './numbers.js';

export interface SettlementInput {
  stakeholders: StakeholderResult[];
  settles: boolean[];
  /** Unrounded NPV per party, so the settlement matches the workbook's formulas to the cent. */
  rawNpv: number[];
  cashable: ArrayLike<number>;
  discount: number[];
  /** Index of the first year in which settlement payments can be made (the base year). */
  firstPaymentYear: number;
  currency: string;
  /** Per party the instrument that would carry its contribution (null for people). */
  instruments?: Array<string | null>;
}

export function settle(
  input: SettlementInput,
): Pick<BusinessCaseResult, 'settlement' | 'settlementTransfers' | 'settlementSummary'> {
  const { stakeholders, settles, rawNpv, cashable, discount } = input;
  // Level payments from the base year on: nobody pays in the past.
  const first = Math.max(0, Math.min(discount.length - 1, input.firstPaymentYear));
  const annuity = sum(discount.slice(first));
  const level = (pv: number) => discount.map((_, i) => (i < first ? 0 : cents(pv / annuity)));
  const deficits = rawNpv.map((npv, si) => ((settles[si] ?? false) ? Math.max(0, -npv) : 0));
  const surpluses = rawNpv.map((npv, si) =>
    (settles[si] ?? false) && npv > 0 ? Math.max(0, Math.min(cashable[si] as number, npv)) : 0,
  );
  const totalDeficit = sum(deficits);
  const totalSurplus = sum(surpluses);
  const covered = Math.min(totalDeficit, totalSurplus);
  const contributions = stakeholders.map((_, si) => {
    const receive = totalDeficit > 0 ? (covered * (deficits[si] as number)) / totalDeficit : 0;
    const pay = totalSurplus > 0 ? (covered * (surpluses[si] as number)) / totalSurplus : 0;
    return receive - pay;
  });
  const settlement: SettlementEntry[] = stakeholders.map((s, si) => {
    const c = contributions[si] as number;
    return {
      id: s.id,
      instrument: input.instruments?.[si] ?? null,
      npvBefore: s.npv,
      deficit: cents(deficits[si] as number),
      cashableSurplus: cents(surpluses[si] as number),
      contribution: cents(c),
      npvAfter: cents((rawNpv[si] as number) + c),
      yearly: level(c),
    };
  });
  const settlementTransfers: SettlementTransfer[] = [];
  stakeholders.forEach((from, fi) => {
    const pay = totalSurplus > 0 ? (covered * (surpluses[fi] as number)) / totalSurplus : 0;
    if (pay <= 0) return;
    stakeholders.forEach((to, ti) => {
      const share = totalDeficit > 0 ? (deficits[ti] as number) / totalDeficit : 0;
      if (share <= 0) return;
      const amount = pay * share;
      settlementTransfers.push({
        from: from.id,
        to: to.id,
        amount: cents(amount),
        yearly: level(amount),
      });
    });
  });
  const shortfall = totalDeficit - covered;
  const fmt = (x: number, locale: string) =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: input.currency,
      maximumFractionDigits: 0,
    }).format(x);
  const warning: LocalizedText | null =
    shortfall > 0.005
      ? {
          nl: `Het verzilverbare overschot (${fmt(totalSurplus, 'nl-NL')}) is niet genoeg om de tekorten (${fmt(totalDeficit, 'nl-NL')}) te dekken. Er blijft ${fmt(shortfall, 'nl-NL')} (contante waarde) ongedekt; daarvoor is extra financiering of een ander ontwerp nodig.`,
          en: `The cashable surplus (${fmt(totalSurplus, 'en-GB')}) cannot cover the deficits (${fmt(totalDeficit, 'en-GB')}). ${fmt(shortfall, 'en-GB')} (present value) stays uncovered; that needs extra funding or a different design.`,
        }
      : null;

  return {
    settlement,
    settlementTransfers,
    settlementSummary: {
      totalDeficit: cents(totalDeficit),
      totalCashableSurplus: cents(totalSurplus),
      covered: cents(covered),
      shortfall: cents(shortfall),
      warning,
    },
  };
}
