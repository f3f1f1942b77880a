// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * `monitor()`: the hub's records against its scenario. Browser-safe: records come in as an
 * (async) iterable, are added up in bounded memory, then compared, calibrated and re-estimated.
 */
import { plannedActivity } from '../model/planned-activity.js';
import type { Scenario } from '../types.js';
import { ActualsAccumulator } from './actuals.js';
import { calibration } from './calibrate.js';
import { compare, outflowRisk } from './compare.js';
import { monthOfLabel } from './dates.js';
import { type CohortEvidence, evidenceByCohort } from './group.js';
import { fitPackage, scenarioCohortMonths } from './match.js';
import { copyScenario, npvDifference, npvOf, parameterAt, withValues } from './scenario-edit.js';
import type {
  Calibration,
  MonitorOptions,
  MonitorRecord,
  MonitorResult,
  PackageActuals,
  ScenarioChange,
} from './types.js';

/** The package cannot be set beside the scenario (other region, no common period, no cohort match). */
export class MonitorMismatchError extends Error {
  override name = 'MonitorMismatchError';
  constructor(readonly issues: MonitorResult['issues']) {
    super(
      issues
        .filter((i) => i.severity === 'error')
        .map((i) => i.message.en)
        .join('; '),
    );
  }
}

/** Streams the records, then compares them with the scenario. Throws {@link MonitorMismatchError}. */
export async function monitor(
  scenario: Scenario,
  records: AsyncIterable<MonitorRecord> | Iterable<MonitorRecord>,
  options: MonitorOptions = {},
): Promise<MonitorResult> {
  const acc = new ActualsAccumulator();
  for await (const r of records) acc.add(r);
  return monitorActuals(scenario, acc.finish(options.asOf ? { asOf: options.asOf } : {}), options);
}

function pooled(evidence: Map<number, CohortEvidence>): CohortEvidence | undefined {
  const all = [...evidence.values()];
  if (all.length === 0) return undefined;
  const sum = (f: (e: CohortEvidence) => number) => all.reduce((n, e) => n + f(e), 0);
  const first = all[0]!;
  const leavers = { ...first.leavers };
  for (const d of Object.keys(leavers) as Array<keyof typeof leavers>)
    leavers[d] = sum((e) => e.leavers[d]);
  return {
    ...first,
    index: -1,
    dataCohorts: all.flatMap((e) => e.dataCohorts),
    intake: sum((e) => e.intake),
    trainingDropouts: sum((e) => e.trainingDropouts),
    completedTraining: sum((e) => e.completedTraining),
    placed: sum((e) => e.placed),
    contractPerWeekSum: sum((e) => e.contractPerWeekSum),
    personYearsAtWork: sum((e) => e.personYearsAtWork),
    leavers,
  };
}

function calibrate(
  scenario: Scenario,
  evidence: Map<number, CohortEvidence>,
  interval: number,
): Calibration[] {
  const all = pooled(evidence);
  const out: Calibration[] = [];
  scenario.cohorten.forEach((c, i) => {
    const own = evidence.get(i);
    const e = own ?? all;
    if (!e) return;
    const kind = own ? 'own' : 'pooled';
    const base = `/cohorten/${i}`;
    const trained = e.trainingDropouts + e.completedTraining;
    out.push(
      calibration(
        `${c.id}.uitvalTraining`,
        `${base}/uitvalTraining`,
        { nl: `${c.id}: uitval in de training`, en: `${c.id}: dropout in training` },
        c.uitvalTraining,
        'beta-binomial',
        e.trainingDropouts,
        trained,
        kind,
        interval,
      ),
      calibration(
        `${c.id}.plaatsing`,
        `${base}/plaatsing`,
        { nl: `${c.id}: plaatsing`, en: `${c.id}: placement` },
        c.plaatsing,
        'beta-binomial',
        e.placed,
        e.completedTraining,
        kind,
        interval,
      ),
    );
    c.uitstroom.forEach((o, k) => {
      out.push(
        calibration(
          `${c.id}.uitstroom.${o.bestemming}`,
          `${base}/uitstroom/${k}/kansPerJaar`,
          {
            nl: `${c.id}: uitstroom ${o.bestemming} per jaar`,
            en: `${c.id}: outflow ${o.bestemming} a year`,
          },
          o.kansPerJaar,
          'gamma-poisson',
          e.leavers[o.bestemming],
          e.personYearsAtWork,
          kind,
          interval,
        ),
      );
    });
  });
  return out;
}

/** Actuals to date and calibrated rates for the rest, as changes to the scenario. */
function reestimate(
  scenario: Scenario,
  actuals: PackageActuals,
  evidence: Map<number, CohortEvidence>,
  calibrations: Calibration[],
): ScenarioChange[] {
  const changes: ScenarioChange[] = [];
  const change = (
    path: string,
    to: number,
    why: ScenarioChange['why'],
    interval?: ScenarioChange['interval'],
  ) => {
    const from = parameterAt(scenario, path)?.waarde;
    if (from !== undefined && Math.abs(from - to) > 1e-9)
      changes.push({ path, from, to, ...(interval ? { interval } : {}), why });
  };
  const asOf = monthOfLabel(actuals.asOf.slice(0, 7));
  const starts = scenarioCohortMonths(scenario);
  for (const [i, e] of evidence) {
    const next = starts.filter((s) => s > (starts[i] as number)).sort((a, b) => a - b)[0];
    const intakeOver =
      Math.min(next ?? Number.POSITIVE_INFINITY, (starts[i] as number) + 12) <= asOf;
    if (intakeOver)
      change(`/cohorten/${i}/instroom`, e.intake, {
        nl: `gerealiseerde instroom tot ${actuals.asOf}`,
        en: `realised intake to ${actuals.asOf}`,
      });
    if (e.placed > 0)
      change(
        `/cohorten/${i}/urenPerWeek`,
        Math.round((e.contractPerWeekSum / e.placed) * 100) / 100,
        {
          nl: `gemiddelde contracturen van ${e.placed} geplaatste medewerkers`,
          en: `mean contract hours of ${e.placed} placed workers`,
        },
      );
  }
  for (const c of calibrations) {
    if (!(c.trials > 0)) continue;
    const round = (x: number) => Math.round(x * 1e4) / 1e4;
    const to = round(c.posterior.mean);
    const interval = { low: round(c.posterior.low), high: round(c.posterior.high) };
    change(
      c.path,
      to,
      {
        nl: `gekalibreerd (${c.method}, ${c.evidence === 'own' ? 'eigen cohort' : 'alle cohorten samen'}: ${c.events} op ${Math.round(c.trials * 100) / 100}), interval ${c.posterior.low.toFixed(3)}–${c.posterior.high.toFixed(3)}`,
        en: `calibrated (${c.method}, ${c.evidence === 'own' ? 'own cohort' : 'all cohorts pooled'}: ${c.events} of ${Math.round(c.trials * 100) / 100}), interval ${c.posterior.low.toFixed(3)}–${c.posterior.high.toFixed(3)}`,
      },
      interval,
    );
  }
  return changes;
}

function series(
  scenario: Scenario,
  actuals: PackageActuals,
  evidence: Map<number, CohortEvidence>,
): MonitorResult['series'] {
  const planned = plannedActivity(scenario, { resolution: 'maand' });
  const asOf = actuals.asOf.slice(0, 7);
  return [...evidence.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([i, e]) => {
      const id = scenario.cohorten[i]!.id;
      const plan = planned.cohorts.find((c) => c.id === id);
      const periods = (plan?.periods ?? [])
        .filter((p) => p.period <= asOf && (p.personYearsAtWork > 0 || e.months.has(p.period)))
        .map((p) => {
          const actual = e.months.get(p.period);
          return {
            period: p.period,
            plannedAtWork: p.personYearsAtWork * 12,
            actualAtWork: actual?.atWork ?? 0,
            plannedLeavers: Object.values(p.leavers).reduce((n, x) => n + x, 0),
            actualLeavers: actual?.leavers ?? 0,
          };
        });
      return { scenarioCohort: id, periods };
    });
}

/** Compares actuals already added up with the scenario. Throws {@link MonitorMismatchError}. */
export function monitorActuals(
  scenario: Scenario,
  actuals: PackageActuals,
  options: MonitorOptions = {},
): MonitorResult {
  const fit = fitPackage(scenario, actuals);
  if (fit.issues.some((i) => i.severity === 'error')) throw new MonitorMismatchError(fit.issues);
  for (const c of actuals.cohorts) {
    const i = fit.cohortIndex.get(c.cohort);
    c.scenarioCohort = i === undefined ? null : scenario.cohorten[i]!.id;
  }
  const evidence = evidenceByCohort(actuals, fit.cohortIndex);
  const withNpv = options.npv !== false;
  const plan = withNpv ? npvOf(scenario) : null;
  const calibrations = calibrate(scenario, evidence, options.interval ?? 0.9);
  const changes = reestimate(scenario, actuals, evidence, calibrations);
  const reestimated = withNpv
    ? npvOf(
        withValues(
          scenario,
          changes.map((c) => ({ path: c.path, value: c.to })),
        ),
      ).npv
    : {};
  return {
    monitorSchemaVersion: '1.0.0',
    scenario: {
      id: scenario.id,
      name: scenario.naam,
      region: scenario.regio ?? null,
      currency: scenario.valuta,
      startYear: scenario.startjaar,
      horizonYears: scenario.horizonJaren,
    },
    actuals,
    comparisons: compare(scenario, actuals, evidence, plan?.npv ?? null),
    outflowRisk: outflowRisk(scenario, evidence, plan),
    calibrations,
    series: series(scenario, actuals, evidence),
    plan: { npv: plan?.npv ?? {} },
    reestimated: {
      npv: reestimated,
      changes,
      ...(withNpv && plan ? { npvChange: npvDifference(reestimated, plan.npv) } : {}),
    },
    issues: fit.issues,
  };
}

export { copyScenario };
