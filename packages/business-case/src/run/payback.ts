// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { Payback } from '../result-types.js';

/** Where the cumulative (discounted) net turns positive for good, by year index and month. */
export type PaybackPoint =
  | { status: 'year'; index: number; month: number }
  | { status: 'alwaysPositive' }
  | { status: 'notWithinHorizon' }
  | { status: 'noFlows' };

/**
 * The year index and month in which the cumulative net turns positive for good; `alwaysPositive`
 * when it never is negative, `notWithinHorizon` when it is still (or again) negative at the end,
 * `noFlows` when the party has no money at all.
 */
export function payback(net: number[]): PaybackPoint {
  let cum = 0;
  let crossing: { index: number; fraction: number } | null = null;
  let everNegative = false;
  let anyFlow = false;
  for (let i = 0; i < net.length; i++) {
    const before = cum;
    const x = net[i] as number;
    if (Math.abs(x) > 0.005) anyFlow = true;
    cum += x;
    if (cum < -0.005) {
      everNegative = true;
      crossing = null;
    } else if (before < -0.005 && crossing === null) {
      crossing = { index: i, fraction: -before / x };
    }
  }
  if (!anyFlow) return { status: 'noFlows' };
  if (!everNegative) return { status: 'alwaysPositive' };
  if (crossing === null) return { status: 'notWithinHorizon' };
  return {
    status: 'year',
    index: crossing.index,
    month: Math.min(12, Math.max(1, Math.ceil(crossing.fraction * 12))),
  };
}

/** The payback point with the calendar year instead of the index. */
export function paybackResult(point: PaybackPoint, years: readonly number[]): Payback {
  return point.status === 'year'
    ? { status: 'year', year: years[point.index] as number, month: point.month }
    : { status: point.status };
}
