// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { MonitorResult } from '@zorghub/business-case';

export function inUnit(
  value: number | null,
  unit: string,
  lang: 'nl' | 'en',
  signed?: boolean,
): string;
export function euro(value: number | null, lang: 'nl' | 'en'): string;
export function comparisonTable(
  result: MonitorResult,
  lang: 'nl' | 'en',
  npvOf?: ReadonlyArray<{ id: string; name: string }>,
): { head: string[]; rows: Array<{ key: string; outside: boolean; cells: string[] }> };
export function summarySentences(result: MonitorResult, lang: 'nl' | 'en'): string[];
