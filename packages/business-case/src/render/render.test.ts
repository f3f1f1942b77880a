// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createAjv } from '@zorghub/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  gmcaScenario,
  loadExample,
  repoRoot,
  useSchemaValidator,
} from '../__fixtures__/scenarios.js';
import { templateFiles } from '../generated/templates.js';
import { runScenario } from '../run/run-scenario.js';
import { parseScenario } from '../scenario/parse.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

beforeAll(() => useSchemaValidator());

const examples = ['delft', 'drechtsteden', 'apeldoorn'].filter((n) =>
  existsSync(`${repoRoot}examples/${n}/scenario.yaml`),
);
const resultSchema = JSON.parse(
  readFileSync(new URL('../../schema/business-case-result.schema.json', import.meta.url), 'utf8'),
);
const validateResult = createAjv().compile(resultSchema);

function noBadNumbers(text: string) {
  expect(text).not.toMatch(/\bNaN\b/);
  expect(text).not.toMatch(/Infinity|∞/);
  expect(text).not.toMatch(/\bundefined\b/);
}

describe('renderers', () => {
  it('the templates embedded in the package match templates/report/', () => {
    const dir = `${repoRoot}templates/report/`;
    const files = readdirSync(dir).sort();
    expect(Object.keys(templateFiles).sort()).toEqual(files);
    for (const name of files)
      expect(templateFiles[name], name).toBe(readFileSync(dir + name, 'utf8'));
  });

  for (const name of examples) {
    for (const lang of ['nl', 'en'] as const) {
      it(`renders ${name} in ${lang}: Markdown, HTML with its SVG charts, JSON valid against its schema`, () => {
        const result = runScenario(loadExample(name), { runs: 500, seed: 1 });
        const md = renderMarkdown(result, { lang });
        const html = renderHtml(result, { lang });
        const json = renderJson(result);
        for (const text of [md, html, json]) noBadNumbers(text);
        expect(md).toContain(lang === 'nl' ? '## Wie betaalt, wie wint' : '## Who pays, who gains');
        expect(md).toContain(result.scenario.name);
        expect(html.startsWith('<!doctype html>')).toBe(true);
        expect(html).toContain(`<html lang="${lang}">`);
        // Four charts, and a fifth for the household incomes when the scenario has a paid job.
        expect(html.match(/<svg /g)).toHaveLength(result.householdIncome.applicable ? 5 : 4);
        expect(html).not.toMatch(/<script|<link |src="http|href="http|@import/);
        expect(html).not.toMatch(/\{\{\w+\}\}/);
        const parsed = JSON.parse(json);
        const ok = validateResult(parsed);
        expect(validateResult.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
        expect(parsed.stakeholders[0]).toHaveProperty('pvCosts');
        expect(parsed.society).toHaveProperty('bcr');
        expect(parsed.monteCarlo).toHaveProperty('probabilityPositive');
      });
    }
  }

  it('a one-year case with no Monte Carlo runs and no distributions still renders without NaN', () => {
    const parsed = parseScenario(JSON.stringify(gmcaScenario()), 'json');
    const result = runScenario(parsed.scenario!, { runs: 0 });
    for (const lang of ['nl', 'en'] as const) {
      noBadNumbers(renderMarkdown(result, { lang }));
      noBadNumbers(renderHtml(result, { lang }));
    }
    expect(validateResult(JSON.parse(renderJson(result)))).toBe(true);
    // With draws but without distributions, the report says so.
    const flat = runScenario(parsed.scenario!, { runs: 10 });
    expect(flat.warnings[0]?.en).toMatch(/No parameter has a distribution/);
    expect(renderHtml(flat, { lang: 'en' })).toContain('No parameter has a distribution');
  });

  it('the settlement warning reaches both reports in plain words', () => {
    const scenario = loadExample('delft');
    scenario.parameters.tariefAbonnement.waarde = 5;
    for (const s of scenario.belanghebbenden)
      if (s.id === 'rijk' || s.id === 'zorgverzekeraar') s.verrekenen = false;
    const result = runScenario(scenario, { runs: 0 });
    expect(renderMarkdown(result, { lang: 'nl' })).toContain('niet genoeg om de tekorten');
    expect(renderHtml(result, { lang: 'en' })).toContain('cannot cover the deficits');
  });
});
