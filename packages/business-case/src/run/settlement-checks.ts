// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * What a council asks of a settlement beyond the full table: does it close without the Rijk (the
 * local settlement, with what stays uncovered per year); can each contributor pay in the year it
 * must (the cash check: a payment never above the party's cashable surplus of that year); and what
 * it costs per realised outcome (payment by results: per person-year at work, so that the payments
 * follow the monitoring).
 */
import type { BusinessCaseResult, SettlementEntry } from '../result-types.js';
import type { LocalizedText, StakeholderId } from '../types.js';
import { cents, sum } from './numbers.js';
import { type SettlementInput, settle } from './settlement.js';

/** The settlement without the Rijk: it neither pays nor receives; the rest stays uncovered. */
export function localSettlement(
  input: SettlementInput,
  rijk: number,
): BusinessCaseResult['localSettlement'] {
  const settles = input.settles.map((x, i) => x && i !== rijk);
  const local = settle({ ...input, settles });
  const first = Math.max(0, Math.min(input.discount.length - 1, input.firstPaymentYear));
  const annuity = sum(input.discount.slice(first));
  const shortfall = local.settlementSummary.shortfall;
  return {
    settlement: local.settlement,
    transfers: local.settlementTransfers,
    summary: local.settlementSummary,
    uncovered: input.discount.map((_, i) => (i < first ? 0 : cents(shortfall / annuity))),
  };
}

/**
 * Per contributor and year: its payment against its cashable net of that year (undiscounted, as
 * the yearly payments are). A break is a year in which the payment is larger.
 */
export function cashCheck(
  entries: SettlementEntry[],
  cashableYearly: number[][],
  years: number[],
  currency: string,
): BusinessCaseResult['cashCheck'] {
  const breaks: BusinessCaseResult['cashCheck']['breaks'] = [];
  entries.forEach((e, si) => {
    if (e.contribution >= 0) return;
    e.yearly.forEach((x, i) => {
      const payment = -x;
      const cashable = (cashableYearly[si] as number[])[i] as number;
      if (payment > 0.005 && payment > cashable + 0.005)
        breaks.push({
          id: e.id,
          year: years[i] as number,
          payment: cents(payment),
          cashable: cents(cashable),
        });
    });
  });
  const fmt = (v: number, locale: string) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      v,
    );
  const warning: LocalizedText | null =
    breaks.length === 0
      ? null
      : {
          nl: `De timing klopt niet overal: in ${breaks.length} jaar en partij is de bijdrage hoger dan het verzilverbare overschot van dat jaar (${breaks
            .slice(0, 4)
            .map(
              (b) =>
                `${b.year} ${b.id}: ${fmt(b.payment, 'nl-NL')} tegen ${fmt(b.cashable, 'nl-NL')}`,
            )
            .join(
              '; ',
            )}${breaks.length > 4 ? '; …' : ''}). Schuif de betalingen naar latere jaren of laat een fonds voorfinancieren.`,
          en: `The timing does not hold everywhere: in ${breaks.length} party-years the contribution is larger than that year's cashable surplus (${breaks
            .slice(0, 4)
            .map(
              (b) =>
                `${b.year} ${b.id}: ${fmt(b.payment, 'en-GB')} against ${fmt(b.cashable, 'en-GB')}`,
            )
            .join(
              '; ',
            )}${breaks.length > 4 ? '; …' : ''}). Move the payments to later years or have a fund pre-finance them.`,
        };
  return { breaks, warning };
}

/**
 * Payment by results: each contributor's contribution (PV) as a price per person-year at work, so
 * that the yearly payment is the price times the person-years the monitoring reports. The PV of
 * the payments at the planned person-years equals the contribution.
 */
export function paymentByResults(
  entries: SettlementEntry[],
  contributions: number[],
  workers: number[],
  discount: number[],
  firstPaymentYear: number,
): BusinessCaseResult['paymentByResults'] {
  const first = Math.max(0, Math.min(discount.length - 1, firstPaymentYear));
  let pvOutcomes = 0;
  for (let i = first; i < workers.length; i++)
    pvOutcomes += (workers[i] as number) * (discount[i] as number);
  return {
    outcome: 'persoonsjaar-aan-het-werk',
    pvOutcomes: Math.round(pvOutcomes * 10_000) / 10_000,
    contributors: entries.flatMap((e, si) => {
      const c = contributions[si] as number;
      if (c >= -0.005 || pvOutcomes <= 0) return [];
      const price = -c / pvOutcomes;
      return [
        {
          id: e.id as StakeholderId,
          perOutcome: cents(price),
          yearly: workers.map((w, i) => (i < first ? 0 : cents(price * w))),
        },
      ];
    }),
  };
}
