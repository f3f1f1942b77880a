// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The Delft example's plan against actual, written at build time into a partial that the step page
// "monitoring en MKBA" includes: the synthetic Delft data package (examples/delft/export) read with
// the monitoring library of @zorghub/business-case and set beside the Delft scenario.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { monitorActuals, parseScenario } from '@zorghub/business-case';
import { readPackage } from '@zorghub/business-case/node';
import {
  comparisonTable,
  summarySentences,
} from '../../src/components/Monitoring/plan-vs-actual.mjs';
import { DELFT_SCENARIO } from './calculator.mjs';
import { escapeMdx } from './changes.mjs';

export const DELFT_PACKAGE = fileURLToPath(
  new URL('../../../examples/delft/export', import.meta.url),
);

function fail(message) {
  const error = new Error(message);
  error.userFacing = true;
  return error;
}

/** The MonitorResult of the Delft example. */
export async function delftMonitoring() {
  const { scenario, issues } = parseScenario(await readFile(DELFT_SCENARIO, 'utf8'), 'yaml');
  if (!scenario)
    throw fail(`examples/delft/scenario.yaml: ${issues.map((i) => i.message.en).join('; ')}`);
  const read = await readPackage(DELFT_PACKAGE, { lang: 'en' });
  if (!read.ok)
    throw fail(
      `examples/delft/export does not validate (${read.report.stats.errors} errors); run zorghub validate examples/delft/export`,
    );
  return monitorActuals(scenario, read.actuals, { npv: true });
}

const cell = (text) => escapeMdx(String(text)).replace(/\|/g, '\\|');

const SOURCE = {
  nl: 'Bron: het synthetische datapakket `examples/delft/export` (geen echte personen) tegen het scenario `examples/delft/scenario.yaml`, doorgerekend bij het bouwen van deze gids met de monitoringbibliotheek van de toolkit (`zorghub monitor`). Effecten op de NPV: wat de netto contante waarde van de partij verandert als alleen die aanname de gemeten waarde krijgt.',
  en: 'Source: the synthetic data package `examples/delft/export` (no real people) against the scenario `examples/delft/scenario.yaml`, computed when this guide was built with the toolkit’s monitoring library (`zorghub monitor`). NPV effects: how the party’s net present value changes when only that assumption takes its measured value.',
};

/** Markdown for the partial `_delft-monitoring.md`; `stakeholders` (id, name) from the business case. */
export function monitoringPartial(result, stakeholders, lang) {
  // The NPV effect for the first two parties of the business case (in Delft the operator and the
  // municipality): a column for every party would not fit the page.
  const npvOf = stakeholders.slice(0, 2).map((s) => ({ id: s.id, name: s.name[lang] }));
  const { head, rows } = comparisonTable(result, lang, npvOf);
  const out = [...summarySentences(result, lang).map((s) => `${escapeMdx(s)}\n`)];
  out.push(`| ${head.map(cell).join(' | ')} |`);
  out.push(`| ${head.map(() => '---').join(' | ')} |`);
  for (const r of rows) out.push(`| ${r.cells.map(cell).join(' | ')} |`);
  out.push('', escapeMdx(SOURCE[lang]));
  return `${out.join('\n').trim()}\n`;
}
