// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Rank correlations between Monte Carlo draws after Iman & Conover (1982): the draws of each input
 * are only reordered, so every marginal stays exactly as drawn; the order follows van der Waerden
 * scores whose correlation is first made the identity and then the target. The target Spearman ρ
 * is turned into the Pearson correlation of normal scores, r = 2 sin(πρ/6), so the ranks hit ρ.
 */
import type { CompiledModel } from '../model/compile.js';
import type { Random } from '../random.js';
import { modelKey, resolveCorrelationId } from '../scenario/correlation-ids.js';
import { cholesky } from '../scenario/correlation-rules.js';
import type { Scenario } from '../types.js';

/** A declared correlation, resolved to the model's input indices. */
export interface ResolvedCorrelation {
  between: [string, string];
  rankCorrelation: number;
  inputs: [number, number];
}

/** The scenario's `correlaties` on the model's inputs; pairs on inputs the model does not use drop out. */
export function correlationsOf(scenario: Scenario, model: CompiledModel): ResolvedCorrelation[] {
  const list = (scenario as { correlaties?: Array<{ tussen: string[]; rangcorrelatie: number }> })
    .correlaties;
  if (!list) return [];
  const index = new Map(model.inputs.map((input, i) => [input.key, i]));
  const out: ResolvedCorrelation[] = [];
  for (const c of list) {
    const [a, b] = c.tussen as [string, string];
    const sa = resolveCorrelationId(scenario, a);
    const sb = resolveCorrelationId(scenario, b);
    const ia = sa ? index.get(modelKey(sa)) : undefined;
    const ib = sb ? index.get(modelKey(sb)) : undefined;
    if (ia === undefined || ib === undefined) continue;
    out.push({ between: [a, b], rankCorrelation: c.rangcorrelatie, inputs: [ia, ib] });
  }
  return out;
}

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function inverseNormal(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  if (p > 1 - lo) return -inverseNormal(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/** Indices that sort `values` ascending (stable). */
function order(values: Float64Array): Uint32Array {
  const idx = new Uint32Array(values.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  return idx.sort((x, y) => (values[x] as number) - (values[y] as number) || x - y);
}

/** Ranks 1..n with ties averaged. */
export function ranks(values: Float64Array): Float64Array {
  const idx = order(values);
  const out = new Float64Array(values.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && values[idx[j + 1]!] === values[idx[i]!]) j++;
    for (let m = i; m <= j; m++) out[idx[m]!] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

function pearson(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

export function spearman(x: Float64Array, y: Float64Array): number {
  return pearson(ranks(x), ranks(y));
}

/**
 * Reorders the columns in place so their rank correlations approach `target` (k × k, ones on the
 * diagonal, positive definite). Deterministic for a given `rng` state.
 */
export function imanConover(
  columns: Float64Array[],
  target: ReadonlyArray<ReadonlyArray<number>>,
  rng: Random,
): void {
  const k = columns.length;
  const n = columns[0]?.length ?? 0;
  if (k < 2 || n < 3) return;
  const pearsonTarget = target.map((row, i) =>
    row.map((r, j) => (i === j ? 1 : 2 * Math.sin((Math.PI * r) / 6))),
  );
  const p = cholesky(pearsonTarget) ?? cholesky(target);
  if (!p) return;
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) scores[i] = inverseNormal((i + 1) / (n + 1));
  const m = columns.map(() => {
    const s = Float64Array.from(scores);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      const t = s[i] as number;
      s[i] = s[j] as number;
      s[j] = t;
    }
    return s;
  });
  const e = m.map((x, i) => m.map((y, j) => (i === j ? 1 : pearson(x, y))));
  const f = cholesky(e);
  if (!f) return;
  const t = columns.map(() => new Float64Array(n));
  const z = new Float64Array(k);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < k; i++) {
      let s = (m[i] as Float64Array)[r] as number;
      for (let j = 0; j < i; j++) s -= (f[i] as number[])[j]! * (z[j] as number);
      z[i] = s / (f[i] as number[])[i]!;
    }
    for (let i = 0; i < k; i++) {
      let s = 0;
      for (let j = 0; j <= i; j++) s += (p[i] as number[])[j]! * (z[j] as number);
      (t[i] as Float64Array)[r] = s;
    }
  }
  columns.forEach((column, i) => {
    const sorted = Float64Array.from(column).sort();
    const rows = order(t[i] as Float64Array);
    for (let q = 0; q < n; q++) column[rows[q]!] = sorted[q] as number;
  });
}
