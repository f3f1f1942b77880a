// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Baseline: the validator alone on the package, with the same options monitoring uses.
import { validatePaths } from '../../../packages/schemas/dist/validate/index.js';

const report = await validatePaths([process.argv[2]], { checkReferences: true });
process.stdout.write(`${report.stats.records} records, ${report.stats.errors} errors\n`);
