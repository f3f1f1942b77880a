// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Calibration: the scenario's value is the prior, the hub's records the evidence.
 *
 * - A share of people (dropout in training, placement) is beta-binomial: prior Beta(α, β) with mean
 *   the scenario's value and strength α + β from the scenario's own range (the variance of its
 *   triangle or PERT distribution, by the method of moments), or 10 people when it has none; the
 *   posterior after k of n is Beta(α + k, β + n − k).
 * - An outflow chance per year is gamma-Poisson on the hazard h = −ln(1 − p): leavers are Poisson
 *   with mean h × person-years; the prior Gamma(s·h₀, s) has the scenario's hazard as mean and s
 *   pseudo person-years (from its range, else 10); the posterior is Gamma(s·h₀ + k, s + T).
 * Intervals are the central credible intervals of the posterior (90 % by default).
 */
import type { Distribution, LocalizedText, Parameter } from '../types.js';
import { betaQuantile, gammaQuantile } from './beta.js';
import type { Calibration, Estimate } from './types.js';

/** Pseudo-observations of a prior without a range of its own. */
export const DEFAULT_PRIOR_STRENGTH = 10;
const MAX_STRENGTH = 1e6;

/** Mean and variance of a triangle or PERT distribution with mode `mode`. */
export function distributionMoments(
  dist: Distribution,
  mode: number,
): { mean: number; variance: number } {
  const { min: a, max: b } = dist;
  const c = dist.modus ?? mode;
  if (dist.type === 'pert') {
    const mean = (a + 4 * c + b) / 6;
    return { mean, variance: ((mean - a) * (b - mean)) / 7 };
  }
  return {
    mean: (a + b + c) / 3,
    variance: (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
  };
}

/** The prior strength (α + β) of a share with this parameter. */
export function betaStrength(parameter: Parameter): number {
  const p = parameter.waarde;
  if (!parameter.verdeling || !(p > 0 && p < 1)) return DEFAULT_PRIOR_STRENGTH;
  const { variance } = distributionMoments(parameter.verdeling, p);
  if (!(variance > 0)) return MAX_STRENGTH;
  return Math.min(MAX_STRENGTH, Math.max(1, (p * (1 - p)) / variance - 1));
}

/** The prior pseudo person-years of an outflow chance with this parameter. */
export function gammaStrength(parameter: Parameter): number {
  const p = parameter.waarde;
  if (!parameter.verdeling || !(p > 0 && p < 1)) return DEFAULT_PRIOR_STRENGTH;
  const { variance } = distributionMoments(parameter.verdeling, p);
  const h = -Math.log(1 - p);
  const hVariance = variance / (1 - p) ** 2; // delta method
  if (!(hVariance > 0)) return MAX_STRENGTH;
  return Math.min(MAX_STRENGTH, Math.max(0.5, h / hVariance));
}

function tails(interval: number): [number, number] {
  return [(1 - interval) / 2, 1 - (1 - interval) / 2];
}

/** Beta-binomial: the scenario's share as prior, `events` of `trials` people as evidence. */
export function calibrateShare(
  parameter: Parameter,
  events: number,
  trials: number,
  interval = 0.9,
): { prior: Estimate & { strength: number }; posterior: Estimate } {
  const p0 = Math.min(1 - 1e-6, Math.max(1e-6, parameter.waarde));
  const strength = betaStrength(parameter);
  const [lo, hi] = tails(interval);
  const estimate = (a: number, b: number): Estimate => ({
    mean: a / (a + b),
    low: betaQuantile(lo, a, b),
    high: betaQuantile(hi, a, b),
  });
  const a0 = p0 * strength;
  const b0 = (1 - p0) * strength;
  return {
    prior: { ...estimate(a0, b0), strength },
    posterior: estimate(a0 + events, b0 + Math.max(0, trials - events)),
  };
}

/** Gamma-Poisson on the hazard, reported as chances per year: `events` leavers in `exposure` person-years. */
export function calibrateRate(
  parameter: Parameter,
  events: number,
  exposure: number,
  interval = 0.9,
): { prior: Estimate & { strength: number }; posterior: Estimate } {
  const p0 = Math.min(1 - 1e-6, Math.max(1e-6, parameter.waarde));
  const strength = gammaStrength(parameter);
  const h0 = -Math.log(1 - p0);
  const [lo, hi] = tails(interval);
  const chance = (h: number) => 1 - Math.exp(-h);
  const estimate = (shape: number, rate: number): Estimate => ({
    mean: chance(shape / rate),
    low: chance(gammaQuantile(lo, shape, rate)),
    high: chance(gammaQuantile(hi, shape, rate)),
  });
  return {
    prior: { ...estimate(h0 * strength, strength), strength },
    posterior: estimate(h0 * strength + events, strength + exposure),
  };
}

/** One calibration entry. */
export function calibration(
  key: string,
  path: string,
  label: LocalizedText,
  parameter: Parameter,
  method: Calibration['method'],
  events: number,
  trials: number,
  evidence: Calibration['evidence'],
  interval: number,
): Calibration {
  const fit =
    method === 'beta-binomial'
      ? calibrateShare(parameter, events, trials, interval)
      : calibrateRate(parameter, events, trials, interval);
  return { key, path, label, method, ...fit, events, trials, evidence };
}
