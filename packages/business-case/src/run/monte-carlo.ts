// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The seeded Monte Carlo: draws of every uncertain input, NPV percentiles per party and for society. */
import type { CompiledModel } from '../model/compile.js';
import type { Evaluator } from '../model/evaluate.js';
import { Random } from '../random.js';
import type { BusinessCaseResult, PercentileSummary } from '../result-types.js';
import { STAKEHOLDER_IDS } from '../types.js';
import { imanConover, type ResolvedCorrelation, spearman } from './correlate.js';
import { cents, ratio, sum } from './numbers.js';

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** Percentiles (linear between order statistics), the mean and the share of draws above zero. */
export function summarize(values: Float64Array): PercentileSummary {
  const sorted = Float64Array.from(values).sort();
  let positive = 0;
  for (const x of values) if (x > 0) positive++;
  return {
    p5: cents(quantile(sorted, 0.05)),
    p50: cents(quantile(sorted, 0.5)),
    p95: cents(quantile(sorted, 0.95)),
    mean: cents(values.length ? sum(values) / values.length : 0),
    probabilityPositive: ratio(values.length ? positive / values.length : 0),
  };
}

export function monteCarlo(
  ev: Evaluator,
  model: CompiledModel,
  runs: number,
  seed: number,
  correlations: ReadonlyArray<ResolvedCorrelation> = [],
): BusinessCaseResult['monteCarlo'] {
  const uncertain: number[] = [];
  model.inputs.forEach((input, i) => {
    if (input.param.verdeling) uncertain.push(i);
  });
  const S = STAKEHOLDER_IDS.length;
  const n = Math.max(0, Math.floor(runs));
  const perStakeholder = Array.from({ length: S }, () => new Float64Array(n));
  const society = new Float64Array(n);
  const rng = new Random(seed);
  // Every draw applies the optimism corrections, also when the base case leaves them out.
  const v = Float64Array.from(model.drawBase);
  const correlated = correlatedDraws(model, uncertain, n, rng, seed, correlations);
  for (let r = 0; r < n; r++) {
    if (correlated)
      uncertain.forEach((i, u) => {
        v[i] = (correlated.columns[u] as Float64Array)[r] as number;
      });
    else
      for (const i of uncertain) {
        const p = (model.inputs[i] as (typeof model.inputs)[number]).param;
        v[i] = rng.sample(p.verdeling as NonNullable<typeof p.verdeling>, p.waarde);
      }
    const e = ev.evaluate(v);
    for (let s = 0; s < S; s++) (perStakeholder[s] as Float64Array)[r] = e.npv[s] as number;
    society[r] = e.societyNpv;
  }
  const summary = summarize(society);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const x of society) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const bins = 20;
  const edges: number[] = [];
  const counts = new Array<number>(n > 0 ? bins : 0).fill(0);
  if (n > 0) {
    const width = max > min ? (max - min) / bins : 1;
    for (let b = 0; b <= bins; b++) edges.push(cents(min + b * width));
    for (const x of society) counts[Math.min(bins - 1, Math.floor((x - min) / width))]++;
  }
  return {
    runs: n,
    seed,
    uncertainInputs: uncertain.length,
    ...summary,
    stakeholders: STAKEHOLDER_IDS.map((id, s) => ({
      id,
      ...summarize(perStakeholder[s] as Float64Array),
    })),
    histogram: { edges, counts },
    ...(correlated ? { correlations: correlated.report } : {}),
  };
}

/**
 * With correlations: all draws first, in the same order as the independent loop (so the marginals
 * are the very same numbers), then the correlated inputs reordered by Iman–Conover with a generator
 * of its own. Without correlations nothing is stored and the draws stream as before.
 */
function correlatedDraws(
  model: CompiledModel,
  uncertain: number[],
  n: number,
  rng: Random,
  seed: number,
  correlations: ReadonlyArray<ResolvedCorrelation>,
):
  | {
      columns: Float64Array[];
      report: NonNullable<BusinessCaseResult['monteCarlo']['correlations']>;
    }
  | undefined {
  const pairs = correlations.filter(
    (c) => uncertain.includes(c.inputs[0]) && uncertain.includes(c.inputs[1]),
  );
  if (pairs.length === 0) return undefined;
  const columns = uncertain.map(() => new Float64Array(n));
  for (let r = 0; r < n; r++)
    uncertain.forEach((i, u) => {
      const p = (model.inputs[i] as (typeof model.inputs)[number]).param;
      (columns[u] as Float64Array)[r] = rng.sample(
        p.verdeling as NonNullable<typeof p.verdeling>,
        p.waarde,
      );
    });
  const involved = [...new Set(pairs.flatMap((c) => c.inputs))];
  const target = involved.map((a) => involved.map((b) => (a === b ? 1 : 0)));
  for (const c of pairs) {
    const a = involved.indexOf(c.inputs[0]);
    const b = involved.indexOf(c.inputs[1]);
    (target[a] as number[])[b] = c.rankCorrelation;
    (target[b] as number[])[a] = c.rankCorrelation;
  }
  const column = (input: number): Float64Array => columns[uncertain.indexOf(input)] as Float64Array;
  imanConover(involved.map(column), target, new Random((seed ^ 0x5bd1e995) >>> 0));
  return {
    columns,
    report: pairs.map((c) => ({
      between: c.between,
      rankCorrelation: c.rankCorrelation,
      achieved: ratio(spearman(column(c.inputs[0]), column(c.inputs[1]))),
    })),
  };
}
