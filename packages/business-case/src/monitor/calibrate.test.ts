// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { Random } from '../random.js';
import type { Parameter } from '../types.js';
import { betaCdf, betaQuantile, gammaCdf, gammaQuantile } from './beta.js';
import {
  betaStrength,
  calibrateRate,
  calibrateShare,
  DEFAULT_PRIOR_STRENGTH,
} from './calibrate.js';

const share = (waarde: number, verdeling?: Parameter['verdeling']): Parameter => ({
  waarde,
  eenheid: 'fractie',
  bron: 'aanname',
  ...(verdeling ? { verdeling } : {}),
});

/** `n` people, each an event with chance `p`. */
function binomial(rng: Random, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng.next() < p) k++;
  return k;
}

/** `n` people followed for up to `years` with a constant chance `p` a year of leaving. */
function followUp(
  rng: Random,
  n: number,
  p: number,
  years: number,
): { leavers: number; exposure: number } {
  const hazard = -Math.log(1 - p);
  let leavers = 0;
  let exposure = 0;
  for (let i = 0; i < n; i++) {
    const t = -Math.log(1 - rng.next()) / hazard;
    if (t < years) leavers++;
    exposure += Math.min(t, years);
  }
  return { leavers, exposure };
}

describe('beta and gamma distributions', () => {
  it('give known values', () => {
    // Beta(2, 3): F(x) = 6x² − 8x³ + 3x⁴, so F(0.5) = 1.5 − 1 + 0.1875 = 0.6875
    expect(betaCdf(0.5, 2, 3)).toBeCloseTo(0.6875, 10);
    expect(betaQuantile(0.6875, 2, 3)).toBeCloseTo(0.5, 8);
    // Beta(1, 1) is uniform
    expect(betaQuantile(0.05, 1, 1)).toBeCloseTo(0.05, 8);
    // Gamma(1, 1) is exponential: F(1) = 1 − e^−1; Gamma(2, 1): F(x) = 1 − (1 + x)e^−x
    expect(gammaCdf(1, 1, 1)).toBeCloseTo(1 - Math.exp(-1), 10);
    expect(gammaCdf(3, 2, 1)).toBeCloseTo(1 - 4 * Math.exp(-3), 10);
    expect(gammaQuantile(1 - 4 * Math.exp(-3), 2, 1)).toBeCloseTo(3, 6);
    expect(gammaCdf(20, 12, 0.5)).toBeCloseTo(gammaCdf(10, 12, 1), 10);
  });
});

describe('calibration', () => {
  it('takes the prior strength from the scenario range, or 10 people without one', () => {
    expect(betaStrength(share(0.1))).toBe(DEFAULT_PRIOR_STRENGTH);
    // triangle 0.05–0.2 with mode 0.1: variance (0.0025 + 0.04 + 0.01 − 0.01 − 0.005 − 0.02)/18
    const variance = (0.05 ** 2 + 0.2 ** 2 + 0.1 ** 2 - 0.05 * 0.2 - 0.05 * 0.1 - 0.2 * 0.1) / 18;
    expect(betaStrength(share(0.1, { type: 'driehoek', min: 0.05, max: 0.2 }))).toBeCloseTo(
      (0.1 * 0.9) / variance - 1,
      8,
    );
  });

  it('leaves the prior as it is without evidence', () => {
    const fit = calibrateShare(share(0.25), 0, 0);
    expect(fit.posterior).toEqual(fit.prior.mean === fit.posterior.mean ? fit.posterior : null);
    expect(fit.posterior.mean).toBeCloseTo(0.25, 12);
  });

  it('recovers a known dropout rate from a wrong prior, within its interval', () => {
    const rng = new Random(7);
    const truth = 0.3;
    const k = binomial(rng, 2000, truth);
    // a 99 % interval: one draw may lie outside a 90 % one one time in ten
    const fit = calibrateShare(share(0.1), k, 2000, 0.99);
    expect(fit.posterior.low).toBeLessThan(truth);
    expect(fit.posterior.high).toBeGreaterThan(truth);
    // and the data moved it away from the prior of 0.1
    expect(Math.abs(fit.posterior.mean - truth)).toBeLessThan(0.03);
  });

  it('has 90 % intervals that hold the true share about 90 % of the time', () => {
    const rng = new Random(11);
    let inside = 0;
    const runs = 400;
    for (let r = 0; r < runs; r++) {
      const truth = 0.05 + 0.9 * rng.next();
      const k = binomial(rng, 60, truth);
      const fit = calibrateShare(share(truth), k, 60);
      if (fit.posterior.low <= truth && truth <= fit.posterior.high) inside++;
    }
    expect(inside / runs).toBeGreaterThan(0.85);
    expect(inside / runs).toBeLessThan(0.96);
  });

  it('recovers a known outflow chance a year from follow-up data (gamma-Poisson)', () => {
    const rng = new Random(3);
    const truth = 0.2;
    const { leavers, exposure } = followUp(rng, 1500, truth, 2);
    const fit = calibrateRate(share(0.05), leavers, exposure, 0.99);
    expect(fit.posterior.low).toBeLessThan(truth);
    expect(fit.posterior.high).toBeGreaterThan(truth);
    expect(Math.abs(fit.posterior.mean - truth)).toBeLessThan(0.025);
  });

  it('has outflow intervals that hold the true chance about 90 % of the time', () => {
    const rng = new Random(5);
    let inside = 0;
    const runs = 300;
    for (let r = 0; r < runs; r++) {
      const truth = 0.02 + 0.4 * rng.next();
      const { leavers, exposure } = followUp(rng, 80, truth, 1.5);
      const fit = calibrateRate(share(truth), leavers, exposure);
      if (fit.posterior.low <= truth && truth <= fit.posterior.high) inside++;
    }
    expect(inside / runs).toBeGreaterThan(0.85);
    expect(inside / runs).toBeLessThan(0.96);
  });
});
