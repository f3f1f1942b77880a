// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Plan against actual: each scenario input the records can speak to, beside its realised value,
 * the deviation, whether it lies outside the scenario's own range, and what it does to each
 * party's NPV when only that input takes its realised value. Also the seeds' risk as a check in
 * euros: people leave faster than planned, so the operator misses revenue it counted on.
 */
import { Formatter } from '../render/format.js';
import { DESTINATION_CODE_LABELS, type LocalizedText, type Scenario } from '../types.js';
import type { CohortEvidence } from './group.js';
import { type NpvByParty, npvDifference, npvOf, parameterAt, withValues } from './scenario-edit.js';
import type { Comparison, OutflowRiskCheck, PackageActuals } from './types.js';

/** Realised chance per year of leaving: 1 − e^(−leavers / person-years). */
export const chancePerYear = (leavers: number, personYears: number): number =>
  1 - Math.exp(-leavers / personYears);

interface Observation {
  key: string;
  path: string;
  label: LocalizedText;
  scenarioCohort: string | null;
  realised: number | null;
  basis: number;
}

function observations(
  scenario: Scenario,
  actuals: PackageActuals,
  evidence: Map<number, CohortEvidence>,
): Observation[] {
  const out: Observation[] = [];
  for (const [index, e] of [...evidence.entries()].sort((a, b) => a[0] - b[0])) {
    const c = scenario.cohorten[index]!;
    const base = `/cohorten/${index}`;
    const at = (
      key: string,
      path: string,
      label: LocalizedText,
      realised: number | null,
      basis: number,
    ) =>
      out.push({
        key: `${c.id}.${key}`,
        path: `${base}${path}`,
        label,
        scenarioCohort: c.id,
        realised,
        basis,
      });
    if (e.intake > 0)
      at('instroom', '/instroom', { nl: 'Instroom', en: 'Intake' }, e.intake, e.intake);
    const trained = e.trainingDropouts + e.completedTraining;
    if (trained > 0)
      at(
        'uitvalTraining',
        '/uitvalTraining',
        { nl: 'Uitval in de training', en: 'Dropout in training' },
        e.trainingDropouts / trained,
        trained,
      );
    if (e.completedTraining > 0)
      at(
        'plaatsing',
        '/plaatsing',
        { nl: 'Plaatsing na de training', en: 'Placement after training' },
        e.placed / e.completedTraining,
        e.completedTraining,
      );
    if (e.placed > 0)
      at(
        'urenPerWeek',
        '/urenPerWeek',
        { nl: 'Contracturen per week', en: 'Contract hours a week' },
        e.contractPerWeekSum / e.placed,
        e.placed,
      );
    if (e.personYearsAtWork > 0)
      c.uitstroom.forEach((o, k) => {
        const label = DESTINATION_CODE_LABELS[o.bestemming];
        at(
          `uitstroom.${o.bestemming}`,
          `/uitstroom/${k}/kansPerJaar`,
          {
            nl: `Uitstroom per jaar: ${label.nl.toLowerCase()}`,
            en: `Outflow a year: ${label.en.toLowerCase()}`,
          },
          chancePerYear(e.leavers[o.bestemming], e.personYearsAtWork),
          e.personYearsAtWork,
        );
      });
  }
  const t = actuals.total;
  const global = (key: string, label: LocalizedText, realised: number | null, basis: number) => {
    if (realised !== null && basis > 0 && scenario.parameters[key as keyof Scenario['parameters']])
      out.push({ key, path: `/parameters/${key}`, label, scenarioCohort: null, realised, basis });
  };
  global(
    'declarabelAandeel',
    { nl: 'Declarabel deel van de betaalde uren', en: 'Declarable share of paid hours' },
    t.contractHours > 0 ? t.declarableHours / t.contractHours : null,
    t.contractHours,
  );
  global(
    'jobcoachAandeelJaar1',
    {
      nl: 'Jobcoaching als deel van de uren, eerste jaar',
      en: 'Job coaching as a share of hours, first year',
    },
    t.workedHoursYear1 > 0 ? t.coachingHoursYear1 / t.workedHoursYear1 : null,
    t.workedHoursYear1,
  );
  global(
    'tariefAbonnement',
    { nl: 'Gefactureerd tarief per uur (nominaal)', en: 'Invoiced rate per hour (nominal)' },
    actuals.invoices.pricePerHour,
    actuals.invoices.invoicedHours,
  );
  scenario.regels.forEach((line, i) => {
    if (
      line.id === 'signalen' &&
      line.berekening === 'per-declarabel-uur' &&
      line.factor &&
      t.declarableHours > 0
    )
      out.push({
        key: 'signalen.factor',
        path: `/regels/${i}/factor`,
        label: { nl: 'Signalen per declarabel uur', en: 'Signals per declarable hour' },
        scenarioCohort: null,
        realised: t.signals.signals / t.declarableHours,
        basis: t.declarableHours,
      });
  });
  return out;
}

export function compare(
  scenario: Scenario,
  actuals: PackageActuals,
  evidence: Map<number, CohortEvidence>,
  plan: NpvByParty | null,
): Comparison[] {
  return observations(scenario, actuals, evidence).flatMap((o) => {
    const p = parameterAt(scenario, o.path);
    if (!p) return [];
    const planned = p.waarde;
    const range = p.verdeling ? { min: p.verdeling.min, max: p.verdeling.max } : null;
    const realised = o.realised;
    const deviation = realised === null ? null : realised - planned;
    const npvEffect =
      plan && realised !== null
        ? npvDifference(npvOf(withValues(scenario, [{ path: o.path, value: realised }])).npv, plan)
        : null;
    return [
      {
        key: o.key,
        path: o.path,
        label: o.label,
        unit: p.eenheid,
        scenarioCohort: o.scenarioCohort,
        planned,
        range,
        realised,
        basis: o.basis,
        deviation,
        relativeDeviation: deviation === null || planned === 0 ? null : deviation / planned,
        outsideRange:
          realised === null || !range ? null : realised < range.min || realised > range.max,
        npvEffect,
      },
    ];
  });
}

/**
 * The seeds' risk, in euros. The pace of leaving over all cohorts seen (leavers per person-year)
 * against what the scenario planned for the same person-years gives a ratio; every cohort's
 * outflow hazards are scaled by it ("if it stays so"), and the operator's revenue and NPV are
 * compared with the plan. One pooled ratio, not each cohort's raw rate: a cohort with a few
 * person-years and no leavers yet would otherwise count as never leaving for the whole horizon.
 */
export function outflowRisk(
  scenario: Scenario,
  evidence: Map<number, CohortEvidence>,
  plan: { npv: NpvByParty; operatorRevenue: number } | null,
): OutflowRiskCheck {
  let personYears = 0;
  let leavers = 0;
  let plannedHazard = 0;
  for (const [index, e] of evidence) {
    if (!(e.personYearsAtWork > 0)) continue;
    const c = scenario.cohorten[index]!;
    personYears += e.personYearsAtWork;
    c.uitstroom.forEach((o) => {
      const n = e.leavers[o.bestemming];
      leavers += n;
      plannedHazard +=
        -Math.log(1 - Math.min(0.999999, o.kansPerJaar.waarde)) * e.personYearsAtWork;
    });
  }
  const plannedRate = personYears > 0 ? 1 - Math.exp(-plannedHazard / personYears) : 0;
  const realisedRate = personYears > 0 ? chancePerYear(leavers, personYears) : null;
  const faster = realisedRate !== null && realisedRate > plannedRate;
  let revenueEffect = 0;
  let operatorNpvEffect = 0;
  const ratio = plannedHazard > 0 ? leavers / plannedHazard : 0;
  const values = scenario.cohorten.flatMap((c, i) =>
    c.uitstroom.map((o, k) => ({
      path: `/cohorten/${i}/uitstroom/${k}/kansPerJaar`,
      value: 1 - (1 - Math.min(0.999999, o.kansPerJaar.waarde)) ** ratio,
    })),
  );
  if (plan && personYears > 0 && plannedHazard > 0) {
    const after = npvOf(withValues(scenario, values));
    revenueEffect = Math.round((after.operatorRevenue - plan.operatorRevenue) * 100) / 100;
    operatorNpvEffect =
      Math.round(((after.npv.exploitant ?? 0) - (plan.npv.exploitant ?? 0)) * 100) / 100;
  }
  const nl = new Formatter('nl', scenario.valuta);
  const en = new Formatter('en', scenario.valuta);
  const missing = revenueEffect < 0;
  const message: LocalizedText =
    realisedRate === null
      ? {
          nl: 'Nog geen medewerkers aan het werk: de uitstroom is nog niet te beoordelen.',
          en: 'No workers at work yet: outflow cannot be judged yet.',
        }
      : faster
        ? {
            nl: `Uitstroom ${nl.percent(realisedRate)} per jaar tegen ${nl.percent(plannedRate)} gepland: als dat zo blijft ${missing ? `mist de exploitant ${nl.money(-revenueEffect)} aan omzet` : `verandert de omzet van de exploitant met ${nl.money(revenueEffect)}`} (contante waarde) en verandert zijn NPV met ${nl.money(operatorNpvEffect)}.`,
            en: `Outflow ${en.percent(realisedRate)} a year against ${en.percent(plannedRate)} planned: if it stays so, ${missing ? `the operator misses ${en.money(-revenueEffect)} of revenue` : `the operator's revenue changes by ${en.money(revenueEffect)}`} (present value) and its NPV changes by ${en.money(operatorNpvEffect)}.`,
          }
        : {
            nl: `Uitstroom ${nl.percent(realisedRate)} per jaar, niet sneller dan de ${nl.percent(plannedRate)} gepland: geen omzetverlies voor de exploitant door uitstroom.`,
            en: `Outflow ${en.percent(realisedRate)} a year, not faster than the ${en.percent(plannedRate)} planned: no revenue shortfall for the operator from outflow.`,
          };
  return {
    plannedRatePerYear: plannedRate,
    realisedRatePerYear: realisedRate,
    personYears,
    leavers,
    faster,
    revenueEffect,
    operatorNpvEffect,
    message,
  };
}
