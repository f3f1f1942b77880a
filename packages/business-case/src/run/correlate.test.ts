// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { loadExample, readExample, useSchemaValidator } from '../__fixtures__/scenarios.js';
import { compileScenario } from '../model/compile.js';
import { Evaluator } from '../model/evaluate.js';
import { Random } from '../random.js';
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import { parseScenario } from '../scenario/parse.js';
import { type Scenario, STAKEHOLDER_IDS } from '../types.js';
import { imanConover, spearman } from './correlate.js';
import { monteCarlo, summarize } from './monte-carlo.js';
import { runScenario } from './run-scenario.js';

beforeAll(() => useSchemaValidator());

/** Synthetic draws: n values of k inputs with different shapes (triangular, PERT, skewed). */
function draws(n: number, seed: number): Float64Array[] {
  const rng = new Random(seed);
  const dists = [
    { type: 'driehoek', min: 0, max: 10, modus: 2 },
    { type: 'pert', min: 100, max: 200, modus: 180 },
    { type: 'driehoek', min: -5, max: 5, modus: 0 },
  ] as const;
  return dists.map((d) => {
    const column = new Float64Array(n);
    for (let i = 0; i < n; i++) column[i] = rng.sample(d, d.modus);
    return column;
  });
}

describe('Iman–Conover on synthetic draws', () => {
  const target = [
    [1, 0.6, -0.3],
    [0.6, 1, 0.2],
    [-0.3, 0.2, 1],
  ];
  const before = draws(10_000, 11);
  const after = before.map((c) => Float64Array.from(c));
  imanConover(after, target, new Random(5));

  it('reaches each declared Spearman rank correlation within ±0.05 at 10,000 runs', () => {
    // Independent draws start far from the target.
    expect(Math.abs(spearman(before[0]!, before[1]!))).toBeLessThan(0.05);
    for (const [i, j] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const)
      expect(Math.abs(spearman(after[i]!, after[j]!) - target[i]![j]!)).toBeLessThanOrEqual(0.05);
  });

  it('keeps every marginal exactly: the same sorted values', () => {
    after.forEach((column, i) => {
      expect(Float64Array.from(column).sort()).toEqual(Float64Array.from(before[i]!).sort());
      expect(column).not.toEqual(before[i]);
    });
  });

  it('is reproducible: the same generator state gives the same order, another seed another', () => {
    const again = before.map((c) => Float64Array.from(c));
    imanConover(again, target, new Random(5));
    expect(again).toEqual(after);
    const other = before.map((c) => Float64Array.from(c));
    imanConover(other, target, new Random(6));
    expect(other[0]).not.toEqual(after[0]);
  });
});

/** The Delft example with rank correlations added. */
function withCorrelations(correlaties: unknown): ReturnType<typeof parseScenario> {
  const root = parseYaml(readExample('delft')) as Record<string, unknown>;
  root.correlaties = correlaties;
  return parseScenario(stringify(root));
}

/** The Delft example with its declared correlations taken out: every input drawn independently. */
function independentDelft(): Scenario {
  const scenario = loadExample('delft');
  delete scenario.correlaties;
  return scenario;
}

describe('correlations in a scenario', () => {
  const pair = ['parameters.tariefAbonnement', 'parameters.declarabelAandeel'];

  it('without correlations the Monte Carlo is the independent one it was (same seed)', () => {
    const scenario = independentDelft();
    const model = compileScenario(scenario);
    const ev = new Evaluator(model);
    const runs = 500;
    // The algorithm as it was before correlations: draw every uncertain input in order, evaluate.
    const rng = new Random(42);
    const v = Float64Array.from(model.base);
    const society = new Float64Array(runs);
    const parties = STAKEHOLDER_IDS.map(() => new Float64Array(runs));
    for (let r = 0; r < runs; r++) {
      for (const [i, input] of model.inputs.entries())
        if (input.param.verdeling) v[i] = rng.sample(input.param.verdeling, input.param.waarde);
      const e = ev.evaluate(v);
      society[r] = e.societyNpv;
      parties.forEach((p, s) => {
        p[r] = e.npv[s]!;
      });
    }
    const mc = runScenario(scenario, { runs, seed: 42 }).monteCarlo;
    expect(mc).not.toHaveProperty('correlations');
    expect({ ...mc, histogram: undefined, stakeholders: undefined }).toEqual({
      runs,
      seed: 42,
      uncertainInputs: model.inputs.filter((x) => x.param.verdeling).length,
      ...summarize(society),
      histogram: undefined,
      stakeholders: undefined,
    });
    expect(mc.stakeholders.map(({ id, ...rest }) => rest)).toEqual(parties.map(summarize));
    // An empty list is the same as none.
    const empty = withCorrelations([]);
    expect(JSON.stringify(runScenario(empty.scenario!, { runs, seed: 42 }))).toBe(
      JSON.stringify(runScenario(scenario, { runs, seed: 42 })),
    );
  });

  it('reports the declared and the reached rank correlation, and changes the spread', () => {
    const parsed = withCorrelations([{ tussen: pair, rangcorrelatie: 0.8 }]);
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const mc = runScenario(parsed.scenario!, { runs: 10_000, seed: 3 }).monteCarlo;
    expect(mc.correlations).toHaveLength(1);
    expect(mc.correlations![0]!.between).toEqual(pair);
    expect(mc.correlations![0]!.rankCorrelation).toBe(0.8);
    expect(Math.abs(mc.correlations![0]!.achieved - 0.8)).toBeLessThanOrEqual(0.05);
    const plain = runScenario(independentDelft(), { runs: 10_000, seed: 3 }).monteCarlo;
    // Both inputs raise the operator's revenue: moving together widens its range.
    const spread = (m: typeof mc) => {
      const op = m.stakeholders.find((s) => s.id === 'exploitant')!;
      return op.p95 - op.p5;
    };
    expect(spread(mc)).toBeGreaterThan(spread(plain));
    const model = compileScenario(parsed.scenario!);
    const again = monteCarlo(new Evaluator(model), model, 10_000, 3, []);
    expect(again).toEqual(plain);
  });

  it('the reports show runs, seed and the correlations, or that the draws are independent', () => {
    const parsed = withCorrelations([{ tussen: pair, rangcorrelatie: 0.6 }]);
    const result = runScenario(parsed.scenario!, { runs: 1000, seed: 9 });
    const md = renderMarkdown(result, { lang: 'en' });
    expect(md).toContain('1,000 draws with seed 9');
    expect(md).toContain('1 declared rank correlations');
    expect(md).toMatch(
      /\| parameters\.tariefAbonnement \| parameters\.declarabelAandeel \| 0\.6 \|/,
    );
    const html = renderHtml(result, { lang: 'nl' });
    expect(html).toContain('parameters.declarabelAandeel');
    expect(html).toContain('opgegeven rangcorrelaties');
    const plain = renderMarkdown(runScenario(independentDelft(), { runs: 100 }), { lang: 'en' });
    expect(plain).toContain('Every input is drawn independently');
    expect(plain).not.toContain('declared rank correlations');
  });

  it('resolves cohort and line ids, not positions', () => {
    const parsed = withCorrelations([
      {
        tussen: ['cohorten.C2021.uitvalTraining', 'regels.bijstand.deadweight'],
        rangcorrelatie: -0.5,
      },
    ]);
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const mc = runScenario(parsed.scenario!, { runs: 4000, seed: 1 }).monteCarlo;
    expect(mc.correlations![0]!.achieved).toBeCloseTo(-0.5, 1);
  });
});

describe('bad correlations get a clear message naming the field', () => {
  const errors = (correlaties: unknown) =>
    withCorrelations(correlaties)
      .issues.filter((i) => i.severity === 'error')
      .map((i) => ({ code: i.code, path: i.path, en: i.message.en }));

  it('an id that is not an input', () => {
    const [e] = errors([
      { tussen: ['parameters.tariefAbonnement', 'regels.nope.factor'], rangcorrelatie: 0.3 },
    ]);
    expect(e!.code).toBe('scenario.correlation.input');
    expect(e!.path).toBe('/correlaties/0/tussen/1');
    expect(e!.en).toContain('"regels.nope.factor"');
  });

  it('an input without a distribution', () => {
    const [e] = errors([
      { tussen: ['parameters.tariefAbonnement', 'parameters.uurloon'], rangcorrelatie: 0.3 },
    ]);
    expect(e!.code).toBe('scenario.correlation.uncertain');
    expect(e!.path).toBe('/correlaties/0/tussen/1');
    expect(e!.en).toContain('give parameters.uurloon a verdeling');
  });

  it('|r| above 1 (the schema) and the same input twice', () => {
    const range = errors([{ tussen: pair(), rangcorrelatie: 1.2 }]);
    expect(range.map((e) => e.path)).toContain('/correlaties/0/rangcorrelatie');
    const self = errors([
      { tussen: ['parameters.loonwaarde', 'parameters.loonwaarde'], rangcorrelatie: 0.3 },
    ]);
    expect(self).toEqual([
      expect.objectContaining({ code: 'scenario.correlation.self', path: '/correlaties/0/tussen' }),
    ]);
  });

  it('a pair given twice', () => {
    const dup = errors([
      { tussen: pair(), rangcorrelatie: 0.3 },
      { tussen: [...pair()].reverse(), rangcorrelatie: 0.4 },
    ]);
    expect(dup).toEqual([
      expect.objectContaining({
        code: 'scenario.correlation.duplicate',
        path: '/correlaties/1/tussen',
      }),
    ]);
    expect(dup[0]!.en).toContain('already in /correlaties/0');
  });

  it('a matrix that is not positive definite', () => {
    const bad = errors([
      {
        tussen: ['parameters.tariefAbonnement', 'parameters.declarabelAandeel'],
        rangcorrelatie: 0.9,
      },
      { tussen: ['parameters.declarabelAandeel', 'parameters.loonwaarde'], rangcorrelatie: 0.9 },
      { tussen: ['parameters.tariefAbonnement', 'parameters.loonwaarde'], rangcorrelatie: -0.9 },
    ]);
    expect(bad).toEqual([
      expect.objectContaining({ code: 'scenario.correlation.matrix', path: '/correlaties' }),
    ]);
    expect(bad[0]!.en).toContain('positive definite');
    // The same three pairs with consistent signs hold together.
    expect(
      errors([
        {
          tussen: ['parameters.tariefAbonnement', 'parameters.declarabelAandeel'],
          rangcorrelatie: 0.9,
        },
        { tussen: ['parameters.declarabelAandeel', 'parameters.loonwaarde'], rangcorrelatie: 0.9 },
        { tussen: ['parameters.tariefAbonnement', 'parameters.loonwaarde'], rangcorrelatie: 0.9 },
      ]),
    ).toEqual([]);
  });
});

function pair(): string[] {
  return ['parameters.tariefAbonnement', 'parameters.declarabelAandeel'];
}
