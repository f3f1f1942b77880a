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
  try {
    const schemas = await import('@zorghub/schemas');
    schema = schemas.getSchema('scenario');
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
  return { runs: CALCULATOR_RUNS, scenario, result: summary, labels: labels(schema) };
}
