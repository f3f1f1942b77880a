// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { Command } from 'commander';
import { register as registerApiKey } from './api-key.js';
import { register as registerAudit } from './audit.js';
import { register as registerBusinessCase } from './business-case.js';
import { register as registerConvert } from './convert.js';
import { register as registerDb } from './db.js';
import { register as registerExportSchema } from './export-schema.js';
import { register as registerMonitor } from './monitor.js';
import { register as registerServe } from './serve.js';
import { register as registerTemplate } from './template.js';
import { register as registerValidate } from './validate.js';

/**
 * Every verb lives in its own module and adds itself to the program here. Verbs import their
 * library lazily inside the action, so `zorghub --help` stays fast.
 */
const registrars: Array<(program: Command) => void> = [
  registerValidate,
  registerConvert,
  registerTemplate,
  registerExportSchema,
  registerBusinessCase,
  registerMonitor,
  registerServe,
  registerDb,
  registerApiKey,
  registerAudit,
];

export function registerCommands(program: Command): void {
  for (const register of registrars) register(program);
}
