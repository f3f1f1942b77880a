// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Sensitivity of society's NPV: the switching value of every input and a tornado of the largest swings. */
import type { ScenarioEenheidCode } from '@zorghub/schemas';
import type { CompiledModel } from '../model/compile.js';
import type { Evaluator } from '../model/evaluate.js';
import type { BusinessCaseResult } from '../result-types.js';
import { cents, ratio } from './numbers.js';

function feasible(unit: string, x: number): boolean {
  if (!Number.isFinite(x)) return false;
  // Model inputs carry units of the standard's `scenario-eenheid` (checked when the scenario was read).
  const code = unit as ScenarioEenheidCode;
  if (code === 'fractie') return x >= 0 && x <= 1;
  if (code === 'rentevoet') return x > -1 && x <= 1;
  return x >= 0;
}

/** Solves society NPV(input i) = 0 with the secant method; null when no value in range does it. */
function switchingValue(
  ev: Evaluator,
  model: CompiledModel,
  i: number,
  work: Float64Array,
): number | null {
  const base = model.base[i] as number;
  const unit = model.inputs[i]?.param.eenheid ?? '';
  const f = (x: number): number => {
    work.set(model.base);
    work[i] = x;
    return ev.evaluate(work).societyNpv;
  };
  let x0 = base;
  let f0 = f(x0);
  let x1 = base !== 0 ? base * 1.1 : unit === 'fractie' ? 0.1 : 1;
  let f1 = f(x1);
  const scale = Math.max(1, Math.abs(f0));
  if (Math.abs(f1 - f0) < 1e-9 * scale) return null;
  for (let n = 0; n < 60; n++) {
    if (Math.abs(f1) < 1e-7 * scale) return feasible(unit, x1) ? x1 : null;
    const slope = (f1 - f0) / (x1 - x0);
    if (!Number.isFinite(slope) || slope === 0) return null;
    const x2 = x1 - f1 / slope;
    if (!Number.isFinite(x2) || Math.abs(x2) > 1e12) return null;
    x0 = x1;
    f0 = f1;
    x1 = x2;
    f1 = f(x1);
  }
  return Math.abs(f1) < 1e-4 * scale && feasible(unit, x1) ? x1 : null;
}

export function sensitivity(
  ev: Evaluator,
  model: CompiledModel,
): Pick<BusinessCaseResult, 'switchingValues' | 'tornado'> {
  const work = new Float64Array(model.base.length);
  const switchingValues = model.inputs.map((input, i) => {
    const value = switchingValue(ev, model, i, work);
    const b = input.param.waarde;
    return {
      key: input.key,
      label: input.label,
      unit: input.param.eenheid,
      base: b,
      value: value === null ? null : ratio(value),
      changePercent: value === null || b === 0 ? null : Math.round(((value - b) / b) * 1000) / 10,
    };
  });
  const npvAt = (i: number, x: number): number => {
    work.set(model.base);
    work[i] = x;
    return ev.evaluate(work).societyNpv;
  };
  const tornado = model.inputs
    .map((input, i) => {
      const p = input.param;
      let low = p.verdeling ? p.verdeling.min : p.waarde * 0.9;
      let high = p.verdeling ? p.verdeling.max : p.waarde * 1.1;
      if (p.eenheid === 'fractie') {
        low = Math.max(0, low);
        high = Math.min(1, high);
      }
      const npvLow = npvAt(i, low);
      const npvHigh = npvAt(i, high);
      return {
        key: input.key,
        label: input.label,
        low: ratio(low),
        high: ratio(high),
        npvLow: cents(npvLow),
        npvHigh: cents(npvHigh),
        swing: cents(Math.abs(npvHigh - npvLow)),
      };
    })
    .filter((t) => t.swing > 0)
    .sort((a, b) => b.swing - a.swing)
    .slice(0, 15);
  return { switchingValues, tornado };
}
