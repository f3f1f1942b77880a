// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Checks a reviewer would make: hours a week within 0–40 (an error), and warnings for corrections
 * on a cost line (deadweight, attribution and displacement correct benefits; on a cost they lower
 * it and raise the NPV), for a subscription tariff below the wage cost of an hour, and for 0 %
 * deadweight on a benefit that the null alternative would partly deliver (people who would have
 * left assistance or found work anyway).
 */
import type { Calculation } from '../types.js';
import { describeValue, type IssueCollector, isObject, type Json } from './issues.js';

type Raw = Record<string, Json>;

const MAX_HOURS = 40;
/** Benefits that happen in part without the hub too: leaving assistance, finding work. */
const NULL_ALTERNATIVE_DELIVERS: readonly Calculation[] = [
  'bijstand',
  'bijstand-uitstroom',
  'per-uitstroom-regulier',
  'per-uitstroom-ander-werk',
];

const numberIn = (p: Json | undefined): number | undefined =>
  isObject(p) && typeof p.waarde === 'number' ? p.waarde : undefined;

function checkHours(root: Raw, out: IssueCollector): void {
  if (!Array.isArray(root.cohorten)) return;
  root.cohorten.forEach((c, i) => {
    if (!isObject(c) || !isObject(c.urenPerWeek)) return;
    const p = c.urenPerWeek;
    const check = (x: Json | undefined, path: string) => {
      if (typeof x === 'number' && x > MAX_HOURS)
        out.add(
          'scenario.hoursPerWeek',
          path,
          {
            en: `at most ${MAX_HOURS} hours a week (a full-time job); a contract of more hours is not plausible`,
            nl: `hoogstens ${MAX_HOURS} uur per week (een voltijdbaan); een contract van meer uren is niet aannemelijk`,
          },
          describeValue(x),
        );
    };
    check(p.waarde, `/cohorten/${i}/urenPerWeek/waarde`);
    if (isObject(p.verdeling)) check(p.verdeling.max, `/cohorten/${i}/urenPerWeek/verdeling/max`);
  });
}

function checkCostCorrections(root: Raw, out: IssueCollector): void {
  if (!Array.isArray(root.regels)) return;
  root.regels.forEach((l, i) => {
    if (!isObject(l)) return;
    if (l.categorie === 'kosten')
      for (const key of ['deadweight', 'attributie', 'verdringing'] as const) {
        const x = numberIn(l[key]);
        if (x !== undefined && x > 0)
          out.add(
            'scenario.costCorrection',
            `/regels/${i}/${key}`,
            {
              en: `no ${key} on a cost line: the corrections are for benefits, and on a cost they lower it and raise the NPV; if only part of the cost is due to the hub, lower the unit value or the factor`,
              nl: `geen ${key} op een kostenregel: de correcties zijn voor baten, en op een kost verlagen ze die en verhogen ze de NCW; komt maar een deel van de kosten door de hub, verlaag dan de eenheidswaarde of de factor`,
            },
            describeValue(x),
            'warning',
          );
      }
    if (
      l.categorie === 'baten' &&
      NULL_ALTERNATIVE_DELIVERS.includes(l.berekening as Calculation) &&
      (numberIn(l.deadweight) ?? 0) === 0
    )
      out.add(
        'scenario.zeroDeadweight',
        `/regels/${i}/deadweight`,
        {
          en: `a deadweight above 0 on "${String(l.berekening)}": without the hub some people would also have left assistance or found work (the null alternative); state the share, with its source or as an assumption`,
          nl: `een deadweight boven 0 bij "${String(l.berekening)}": zonder de hub waren ook sommige mensen uit de bijstand gegaan of aan het werk gekomen (het nulalternatief); geef het deel op, met bron of als aanname`,
        },
        numberIn(l.deadweight) === undefined ? 'nothing' : '0',
        'warning',
      );
  });
}

function checkTariff(root: Raw, out: IssueCollector): void {
  if (!isObject(root.parameters)) return;
  const p = root.parameters;
  const tariff = numberIn(p.tariefAbonnement);
  const wage = numberIn(p.uurloon);
  // A tariff of 0 means the scenario sells no subscriptions: nothing to compare.
  if (tariff === undefined || tariff === 0 || wage === undefined || wage <= 0) return;
  const cost =
    wage * (1 + (numberIn(p.vakantiegeld) ?? 0)) * (1 + (numberIn(p.werkgeverslasten) ?? 0));
  if (tariff < cost)
    out.add(
      'scenario.tariffBelowWageCost',
      '/parameters/tariefAbonnement/waarde',
      {
        en: `a tariff of at least the wage cost of an hour (${cost.toFixed(2)}: wage with holiday pay and employer costs), or a stated reason why the subscription does not cover it`,
        nl: `een tarief van minstens de loonkosten van een uur (${cost.toFixed(2)}: loon met vakantiegeld en werkgeverslasten), of een reden waarom het abonnement die niet dekt`,
      },
      describeValue(tariff),
      'warning',
    );
}

export function checkPlausibility(root: Raw, out: IssueCollector): void {
  checkHours(root, out);
  checkCostCorrections(root, out);
  checkTariff(root, out);
}
