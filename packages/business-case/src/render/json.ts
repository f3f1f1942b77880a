// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { BusinessCaseResult } from '../result-types.js';

/** The result as JSON, valid against `schema/business-case-result.schema.json`. */
export function renderJson(result: BusinessCaseResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
