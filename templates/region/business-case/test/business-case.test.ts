// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { parseScenario, runScenario } from '@zorghub/business-case';

const scenarioUrl = new URL('../business-case/scenario.yaml', import.meta.url);

describe('business-case/scenario.yaml', () => {
  it('is a valid scenario', async () => {
    const { scenario, issues } = parseScenario(await readFile(scenarioUrl, 'utf8'), 'yaml');
    const errors = issues.filter(
      (issue) => (issue as { severity?: string }).severity !== 'warning',
    );
    assert.deepEqual(errors, []);
    assert.ok(scenario, 'the scenario was read');
  });

  it('gives a result for every stakeholder without NaN or Infinity', async () => {
    const { scenario } = parseScenario(await readFile(scenarioUrl, 'utf8'), 'yaml');
    assert.ok(scenario);
    const result = runScenario(scenario, { runs: 200, seed: 1 });
    assert.ok(result.stakeholders.length > 0, 'there are stakeholders');
    for (const stakeholder of result.stakeholders) {
      assert.ok(Number.isFinite(stakeholder.npv), `npv of ${stakeholder.id} is a number`);
    }
    assert.ok(Number.isFinite(result.society.npv), 'the social NPV is a number');
    const { p5, p50, p95 } = result.monteCarlo;
    assert.ok(p5 <= p50 && p50 <= p95, 'the percentiles are in order');
  });
});
