// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Data for the calculator page: the Delft scenario, its first result (so the page renders
// complete without JavaScript) and the input labels from the scenario schema.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const DELFT_SCENARIO = fileURLToPath(
  new URL('../../../examples/delft/scenario.yaml', import.meta.url),
);

/** Monte Carlo runs in the browser: enough for stable percentiles, fast enough to type. */
export const CALCULATOR_RUNS = 1000;

function fail(message) {
  const error = new Error(message);
  error.userFacing = true;
  return error;
}

function labelOf(prop) {
  if (!prop) return undefined;
  return {
    nl: prop.title ?? '',
    en: prop['x-title-en'] ?? prop.title ?? '',
    descriptionNl: prop.description ?? '',
    descriptionEn: prop['x-description-en'] ?? prop.description ?? '',
  };
}

/**
 * English for the sources the Delft scenario names. Titles of Dutch publications keep their
 * Dutch title (that is what a reader searches for) with an English gloss.
 */
const SOURCES_EN = {
  aanname: 'assumption',
  'CPB en SCP, De brede baten van werk':
    'CPB and SCP, De brede baten van werk (the broad benefits of work)',
  'Ministerie van SZW, wettelijk minimumloon per 1 januari 2026':
    'Ministry of Social Affairs (SZW), statutory minimum wage as of 1 January 2026',
  'Participatiewet, forfaitaire opslag werkgeverslasten loonkostensubsidie':
    "Participation Act, flat-rate supplement for employer's costs in wage-cost subsidy",
  'Provincie Zuid-Holland, projectidee De Zorghub (ongeveer vijftig kandidaten in beeld)':
    'Province of South Holland, project idea De Zorghub (about fifty candidates in view)',
  'Samen voor de klant, praktijkvoorbeeld Zorghub Delft (3 naar de ouderenzorgklant)':
    'Samen voor de klant, practice example Zorghub Delft (3 moved to the elderly-care client)',
  'Samen voor de klant, praktijkvoorbeeld Zorghub Delft (vier weken training)':
    'Samen voor de klant, practice example Zorghub Delft (four weeks of training)',
  'Samen voor de klant, praktijkvoorbeeld Zorghub Delft':
    'Samen voor de klant, practice example Zorghub Delft',
  'UWV, maximale uren jobcoaching als deel van de gewerkte uren':
    'UWV, maximum job-coaching hours as a share of hours worked',
  'Werkgroep discontovoet, rapport discontovoet': 'Werkgroep discontovoet, discount-rate report',
  'Kostenhandleiding (huisartsconsult)': 'Kostenhandleiding (GP consultation)',
  'Kostenhandleiding (huishoudelijke hulp per uur)': 'Kostenhandleiding (household help per hour)',
  'Kostenhandleiding (uur mantelzorg of vrijwilligerswerk)':
    'Kostenhandleiding (hour of informal care or volunteer work)',
  'Wet minimumloon en minimumvakantiebijslag': 'Minimum Wage and Minimum Holiday Allowance Act',
};

/** Unit labels in both languages, from the standard's `scenario-eenheid` codelist. */
function unitLabels(codelists) {
  const out = {};
  for (const c of codelists?.['scenario-eenheid']?.codes ?? []) {
    out[c.code] = { nl: c.labelNl, en: c.labelEn };
  }
  return out;
}

/** Every source the scenario names, in both languages; an untranslated one is reported. */
function sourceLabels(scenario) {
  const out = {};
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (typeof node.bron === 'string' && !out[node.bron]) {
      const en = SOURCES_EN[node.bron];
      if (!en)
        console.warn(
          `warning: no English for the calculator source "${node.bron}" (scripts/lib/calculator.mjs)`,
        );
      out[node.bron] = { nl: node.bron, en: en ?? node.bron };
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(scenario);
  return out;
}

function labels(schema) {
  const out = { parameters: {}, cohort: {} };
  const params = schema?.properties?.parameters?.properties ?? {};
  for (const [key, prop] of Object.entries(params)) out.parameters[key] = labelOf(prop);
  const cohort = schema?.properties?.cohorten?.items?.properties ?? {};
  for (const [key, prop] of Object.entries(cohort)) out.cohort[key] = labelOf(prop);
  return out;
}

export async function calculatorData() {
  let yamlText;
  try {
    yamlText = await readFile(DELFT_SCENARIO, 'utf8');
  } catch {
    throw fail(
      `${DELFT_SCENARIO} was not found: the calculator starts from the Delft scenario, which the business-case package provides.`,
    );
  }
  let bc;
  try {
    bc = await import('@zorghub/business-case');
  } catch (error) {
    throw fail(
      `@zorghub/business-case could not be loaded (${error.message}). Build it first: npx turbo run build --filter=@zorghub/business-case...`,
    );
  }
  for (const fn of ['renderMarkdown', 'renderXlsx']) {
    if (typeof bc[fn] !== 'function') {
      console.warn(
        `warning: @zorghub/business-case does not export ${fn}() yet; the calculator's download button says so until it does.`,
      );
    }
  }
  for (const fn of ['parseScenario', 'runScenario']) {
    if (typeof bc[fn] !== 'function') {
      throw fail(
        `@zorghub/business-case does not export ${fn}() yet (see the contract in the team brief). Build it first: npx turbo run build --filter=@zorghub/business-case...`,
      );
    }
  }
  const { scenario, issues } = bc.parseScenario(yamlText, 'yaml');
  if (!scenario) {
    const first = issues?.[0];
    throw fail(
      `${DELFT_SCENARIO} is not a valid scenario: ${first ? JSON.stringify(first) : 'no details'}`,
    );
  }
  const result = bc.runScenario(scenario, { runs: CALCULATOR_RUNS });
  let schema;
  let units = {};
  try {
    const schemas = await import('@zorghub/schemas');
    schema = schemas.getSchema('scenario');
    units = unitLabels(schemas.codelists);
  } catch {
    schema = undefined;
  }
  if (!schema?.properties?.parameters) {
    throw fail(
      '@zorghub/schemas does not provide the bundled scenario schema (getSchema("scenario")), which gives the calculator its labels. Build it first: npx turbo run build --filter=@zorghub/schemas',
    );
  }
  // Only what the page shows before the first edit; downloads recompute the full result.
  const summary = {
    scenario: result.scenario,
    years: result.years,
    stakeholders: result.stakeholders.map(({ id, name, pvCosts, pvBenefits, npv }) => ({
      id,
      name,
      pvCosts,
      pvBenefits,
      npv,
    })),
    society: { ...result.society },
    monteCarlo: { ...result.monteCarlo, stakeholders: [], histogram: { edges: [], counts: [] } },
    settlement: result.settlement.map(({ id, npvBefore, contribution, npvAfter }) => ({
      id,
      npvBefore,
      contribution,
      npvAfter,
    })),
    settlementSummary: result.settlementSummary,
    summaryOnly: true,
  };
  return {
    runs: CALCULATOR_RUNS,
    scenario,
    result: summary,
    labels: { ...labels(schema), units, sources: sourceLabels(scenario) },
  };
}
