// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from 'vitest';
import { timingScenario, useSchemaValidator } from '../__fixtures__/scenarios.js';
import { runScenario } from '../run/run-scenario.js';
import { parseScenario } from '../scenario/parse.js';

beforeAll(() => useSchemaValidator());

function run(convention: 'midden-jaar' | 'maand', rate: number) {
  const parsed = parseScenario(JSON.stringify(timingScenario(convention, rate)), 'json');
  expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return runScenario(parsed.scenario!, { runs: 0 });
}
const line = (result: ReturnType<typeof run>, id: string) =>
  result.lines.find((l) => l.id === id)!.yearly;

/*
 * Worked out by hand (timingScenario). Training starts 1 May 2026: t = 4/12 years after 1 January;
 * four weeks later the job starts at t0 = 4/12 + 4/52 = 0.410256. Twelve are placed; a quarter a
 * year leave for a regular job.
 *
 * Mid-year convention (calendar-year windows):
 *   2026: f = 1 − t0 = 0.589744; leavers 12 × (1 − 0.75^f) = 1.872566, leaving at t0 + f/2, i.e.
 *         0.705128 of the year gone; person-years f × (12 − 1.872566/2) = 6.524756.
 *   2027: stock 10.127434; leavers 2.531859 (half-way: 0.5 gone); person-years 8.861505.
 *   2028: stock 7.595576; leavers 1.898894; person-years 6.646129.
 *   A leaver is in the regular job (2 years, 10 % drop-off a year) for 1 − φ in the year of leaving,
 *   whole years after, and φ in the year the two years end: exposure 0.552167, 2.951239, 4.297643.
 * Monthly convention (month windows; the same leavers per year, because 0.75^f multiplies):
 *   person-years 6.509459, 8.801312, 6.600984; exposure 0.567465, 3.011431, 4.330396.
 * Overhead from May: 1,200 × 8/12 = 800 in 2026. Intake 12 × 500 = 6,000 in 2026.
 * Discounted to 2025: year 2026 counts 1.0225^−1, 2027 1.0225^−2, 2028 1.0225^−3.
 */
const HAND = {
  'midden-jaar': {
    personYears: [6.5247562, 8.8615049, 6.6461286],
    regular: [0.5521669, 2.9512386, 4.2976428],
    npv: { 0: 28434.4862, 0.0225: 26919.1705 },
    municipality: { 0: 22032.3897, 0.0225: 21073.9528 },
  },
  maand: {
    personYears: [6.5094585, 8.8013124, 6.6009843],
    regular: [0.5674646, 3.011431, 4.330396],
    npv: { 0: 28530.3384, 0.0225: 27010.7513 },
    municipality: { 0: 21911.7552, 0.0225: 20959.1899 },
  },
} as const;

describe('time as it happens: hand-computed cases', () => {
  for (const convention of ['midden-jaar', 'maand'] as const) {
    for (const rate of [0, 0.0225] as const) {
      it(`${convention} at ${rate * 100} %: person-years, outflow exposure, pro-rata start and NPVs`, () => {
        const result = run(convention, rate);
        const hand = HAND[convention];
        result.activity.workers.forEach((w, i) => {
          expect(w).toBeCloseTo(hand.personYears[i]!, 4);
        });
        line(result, 'aan-het-werk').forEach((x, i) => {
          expect(x).toBeCloseTo(1000 * hand.personYears[i]!, 1);
        });
        line(result, 'regulier').forEach((x, i) => {
          expect(x).toBeCloseTo(2000 * hand.regular[i]!, 1);
        });
        expect(line(result, 'overhead')).toEqual([800, 1200, 1200]);
        expect(line(result, 'intake')).toEqual([6000, 0, 0]);
        expect(result.society.npv).toBeCloseTo(hand.npv[rate], 1);
        expect(result.stakeholders.find((s) => s.id === 'gemeente')!.npv).toBeCloseTo(
          hand.municipality[rate],
          1,
        );
        expect(result.scenario.baseYear).toBe(2025);
      });
    }
  }

  it('counts no person-year twice: at work plus in the new state never exceeds the people placed', () => {
    const scenario = timingScenario('midden-jaar', 0);
    // Effects of the regular job for the rest of the horizon, without drop-off.
    const regular = scenario.regels[1]!;
    delete regular.afname;
    regular.duurJaren = 50;
    regular.eenheidswaarde!.waarde = 1e6;
    scenario.regels[0]!.eenheidswaarde!.waarde = 1e6;
    const result = runScenario(scenario, { runs: 0 });
    const atWork = line(result, 'aan-het-werk').map((x) => x / 1e6);
    const inJob = line(result, 'regulier').map((x) => x / 1e6);
    // 2026: only the part of the year after the job started (0.589744 of 12 people).
    expect(atWork[0]! + inJob[0]!).toBeCloseTo(12 * (1 - 4 / 12 - 4 / 52), 6);
    expect(atWork[1]! + inJob[1]!).toBeCloseTo(12, 6);
    expect(atWork[2]! + inJob[2]!).toBeCloseTo(12, 6);
  });
});

describe('the plan per month and per year, for monitoring', () => {
  it('adds up: the months of a year give the year of the monthly convention', async () => {
    const { plannedActivity } = await import('./planned-activity.js');
    const scenario = timingScenario('maand', 0);
    const months = plannedActivity(scenario, { resolution: 'maand' });
    const years = plannedActivity(scenario, { resolution: 'jaar' });
    expect(months.total).toHaveLength(36);
    expect(months.total[4]!.period).toBe('2026-05');
    // Training in May: nobody at work before June, the intake counted in May.
    expect(months.total[3]!.personYearsAtWork).toBe(0);
    expect(months.total[4]!.intake).toBe(12);
    for (let y = 0; y < 3; y++) {
      const slice = months.total.slice(12 * y, 12 * y + 12);
      const sum = slice.reduce((a, m) => a + m.personYearsAtWork, 0);
      expect(sum).toBeCloseTo(years.total[y]!.personYearsAtWork, 9);
      expect(sum).toBeCloseTo(HAND.maand.personYears[y]!, 4);
      const left = slice.reduce((a, m) => a + m.leavers['regulier-werk'], 0);
      expect(left).toBeCloseTo(years.total[y]!.leavers['regulier-werk'], 9);
    }
  });
});
