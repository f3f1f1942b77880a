// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Monitoring: the package read through the validator with the actuals added up in the same pass,
// then compared with the scenario (with the NPV runs of every comparison).
import {
  monitorActuals,
  readPackage,
  readScenarioFile,
} from '../../../packages/business-case/dist/node/index.js';

const { scenario, issues } = await readScenarioFile(process.argv[3]);
if (!scenario) throw new Error(`scenario: ${issues.map((i) => i.message.en).join('; ')}`);
const read = await readPackage(process.argv[2]);
if (!read.ok) throw new Error(`package invalid: ${read.report.stats.errors} errors`);
const result = monitorActuals(scenario, read.actuals);
process.stdout.write(
  `${read.report.stats.records} records, ${result.comparisons.length} comparisons\n`,
);
