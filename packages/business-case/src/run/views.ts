// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The two views of the lines, added up once: per party the financial view (every line it pays or
 * receives, transfers included) and the social view (what counts for society), and for society the
 * headline values, each meaning what its name says:
 *
 * - fiscal value of a public body: the change in its own budgets, i.e. everything it pays and
 *   receives (a payment between public bodies moves money between them and cancels in the total);
 * - economic value: the economic benefits that count for society, with the work valued once;
 * - social value: the social (wellbeing) benefits that count for society;
 * - public value: all benefits that count for society (GMCA: fiscal + economic without transfers);
 * - investment: the inputs in the sense of the SROI guide, i.e. everything the operator pays to run
 *   the hub plus the real resources other parties put in.
 */
import type { CompiledLine, CompiledModel } from '../model/compile.js';
import type { Evaluation } from '../model/evaluate.js';
import { PUBLIC_BODIES, STAKEHOLDER_IDS } from '../types.js';

export interface PartyTotals {
  costs: number[];
  benefits: number[];
  cashable: number;
  socialCosts: number;
  socialBenefits: number;
  byType: { fiscal: number; economic: number; social: number };
}

export interface Views {
  lines: Array<{ line: CompiledLine; yearly: number[]; pv: number }>;
  parties: PartyTotals[];
  society: {
    costs: number;
    benefits: number;
    net: number[];
    fiscalByBody: Array<{ index: number; value: number }>;
    fiscalValue: number;
    economicValue: number;
    socialValue: number;
    publicValue: number;
    investment: number;
    externalFunding: number;
  };
  /** Start-up money that reached the operator, per year. */
  fundingYearly: number[];
  /** PV of the operator's subscription revenue (for the break-even tariff). */
  subscriptionRevenuePv: number;
}

const TYPE_KEY = { fiscaal: 'fiscal', economisch: 'economic', sociaal: 'social' } as const;

export function addUpViews(model: CompiledModel, evaluation: Evaluation): Views {
  const h = model.horizon;
  const discount = Array.from(evaluation.discount);
  const operator = STAKEHOLDER_IDS.indexOf('exploitant');
  const parties: PartyTotals[] = STAKEHOLDER_IDS.map(() => ({
    costs: new Array<number>(h).fill(0),
    benefits: new Array<number>(h).fill(0),
    cashable: 0,
    socialCosts: 0,
    socialBenefits: 0,
    byType: { fiscal: 0, economic: 0, social: 0 },
  }));
  const society = {
    costs: 0,
    benefits: 0,
    net: new Array<number>(h).fill(0),
    fiscalByBody: [] as Array<{ index: number; value: number }>,
    fiscalValue: 0,
    economicValue: 0,
    socialValue: 0,
    publicValue: 0,
    investment: 0,
    externalFunding: 0,
  };
  const fundingYearly = new Array<number>(h).fill(0);
  let subscriptionRevenuePv = 0;
  const lines = model.lines.map((line, li) => {
    const yearly = Array.from(evaluation.lineValues[li] as Float64Array);
    const pv = yearly.reduce((acc, x, i) => acc + x * (discount[i] as number), 0);
    const type = TYPE_KEY[line.type];
    const payer = line.payer >= 0 ? (parties[line.payer] as PartyTotals) : undefined;
    const receiver = line.receiver >= 0 ? (parties[line.receiver] as PartyTotals) : undefined;
    for (let i = 0; i < h; i++) {
      const x = yearly[i] as number;
      if (payer) (payer.costs as number[])[i] += x;
      if (receiver) (receiver.benefits as number[])[i] += x;
      if (line.funding && line.receiver === operator) fundingYearly[i] += x;
    }
    if (payer) {
      payer.byType[type] -= pv;
      if (line.cashable) payer.cashable -= pv;
    }
    if (receiver) {
      receiver.byType[type] += pv;
      if (line.cashable) receiver.cashable += pv;
    }
    // What counts for society: real flows between payer and receiver, and a payment that is the
    // chosen valuation of the work (the buyer receives output worth what it pays).
    if (line.social === 'flow') {
      if (payer) payer.socialCosts += pv;
      if (receiver) receiver.socialBenefits += pv;
      if (payer) society.costs += pv;
      if (receiver) {
        society.benefits += pv;
        if (line.type === 'economisch') society.economicValue += pv;
        else if (line.type === 'sociaal') society.socialValue += pv;
      }
      for (let i = 0; i < h; i++) {
        const x = yearly[i] as number;
        if (receiver) society.net[i] = (society.net[i] as number) + x;
        if (payer) society.net[i] = (society.net[i] as number) - x;
      }
    } else if (line.social === 'buyersValue') {
      if (payer) payer.socialBenefits += pv;
      society.benefits += pv;
      society.economicValue += pv;
      for (let i = 0; i < h; i++)
        society.net[i] = (society.net[i] as number) + (yearly[i] as number);
    }
    if (line.payer === operator || (line.social === 'flow' && line.payer >= 0))
      society.investment += pv;
    if (line.transfer && line.payer < 0) society.externalFunding += pv;
    if (line.calculation === 'abonnement') {
      if (line.receiver === operator) subscriptionRevenuePv += pv;
      if (line.payer === operator) subscriptionRevenuePv -= pv;
    }
    return { line, yearly, pv };
  });
  society.publicValue = society.benefits;
  for (const body of PUBLIC_BODIES) {
    const index = STAKEHOLDER_IDS.indexOf(body);
    const party = parties[index] as PartyTotals;
    let value = 0;
    for (let i = 0; i < h; i++)
      value +=
        ((party.benefits[i] as number) - (party.costs[i] as number)) * (discount[i] as number);
    society.fiscalByBody.push({ index, value });
    society.fiscalValue += value;
  }
  return { lines, parties, society, fundingYearly, subscriptionRevenuePv };
}
