// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The discount rate as a scenario: society's and each party's NPV per rate, as a table. */
import type { BusinessCaseResult } from '../result-types.js';
import type { Block } from './blocks.js';
import type { Formatter, Strings } from './format.js';

export function discountBlock(
  result: BusinessCaseResult,
  lang: 'nl' | 'en',
  t: Strings,
  f: Formatter,
): Block {
  const rates = result.discountScenarios;
  return {
    kind: 'table',
    caption: t.discountScenariosCaption as string,
    head: [
      t.discountRate as string,
      t.society as string,
      ...result.stakeholders.map((s) => s.name[lang]),
    ],
    numeric: [false, true, ...result.stakeholders.map(() => true)],
    rows: rates.map((r) => [
      `${f.percent(r.rate, true)} – ${r.label[lang]}${r.scenario ? ' *' : ''}`,
      f.money(r.societyNpv),
      ...r.npv.map((x) => f.money(x.npv)),
    ]),
    negative: rates.map((r) => [false, r.societyNpv < 0, ...r.npv.map((x) => x.npv < 0)]),
  };
}
