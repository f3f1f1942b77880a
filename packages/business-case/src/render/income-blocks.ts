// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The report's section on what the workers gain: incomes per household type, marginal pressure, rules. */
import type { BusinessCaseResult } from '../result-types.js';
import type { Block } from './blocks.js';
import { type Formatter, fill, type Strings } from './format.js';

export function incomeBlocks(
  result: BusinessCaseResult,
  lang: 'nl' | 'en',
  t: Strings,
  f: Formatter,
): Block[] {
  const hi = result.householdIncome;
  const blocks: Block[] = [{ kind: 'heading', text: t.incomeHeading as string }];
  if (!hi.applicable) {
    blocks.push({ kind: 'paragraph', text: t.incomeNotApplicable as string });
    return blocks;
  }
  blocks.push({
    kind: 'paragraph',
    text: fill(t.incomeText as string, {
      hours: f.number(hi.hoursPerWeek),
      wage: f.cents(hi.hourlyWage),
      year: String(hi.rulesYear),
    }),
  });
  if (hi.rulesNote) blocks.push({ kind: 'paragraph', text: hi.rulesNote[lang] });
  for (const w of hi.warnings) blocks.push({ kind: 'warning', text: w[lang] });
  const states = hi.households[0]?.states ?? [];
  blocks.push({
    kind: 'table',
    caption: t.incomeTableCaption as string,
    head: [t.household as string, ...states.map((s) => s.name[lang]), t.gainFromWork as string],
    numeric: [false, ...states.map(() => true), true],
    rows: hi.households.map((h) => [
      h.name[lang],
      ...h.states.map((s) => f.money(s.netIncome)),
      f.money(h.gainFromWork),
    ]),
    negative: hi.households.map((h) => [false, ...h.states.map(() => false), h.gainFromWork <= 0]),
  });
  blocks.push({ kind: 'chart', chart: 'income', caption: t.chartIncome as string });
  const job = (h: (typeof hi.households)[number]) => h.states.find((s) => s.id === 'baan');
  blocks.push({
    kind: 'table',
    caption: t.incomeBuildUpCaption as string,
    head: [
      t.household,
      t.grossWage,
      t.incomeTax,
      t.netWage,
      t.assistanceTopUp,
      t.healthAllowance,
      t.rentAllowance,
      t.childBudget,
      t.netIncomeHousehold,
    ] as string[],
    numeric: [false, true, true, true, true, true, true, true, true],
    rows: hi.households.map((h) => {
      const s = job(h);
      return [
        h.name[lang],
        ...(s
          ? [
              s.grossWage,
              s.incomeTax,
              s.netWage,
              s.assistance,
              s.healthAllowance,
              s.rentAllowance,
              s.childBudget,
              s.netIncome,
            ].map((x) => f.money(x))
          : []),
      ];
    }),
  });
  const stepName = (id: string) => states.find((s) => s.id === id)?.name[lang] ?? id;
  const steps = hi.households[0]?.steps ?? [];
  blocks.push({
    kind: 'table',
    caption: t.marginalPressureCaption as string,
    head: [t.household as string, ...steps.map((s) => `${stepName(s.from)} → ${stepName(s.to)}`)],
    numeric: [false, ...steps.map(() => true)],
    rows: hi.households.map((h) => [
      h.name[lang],
      ...h.steps.map((s) =>
        s.marginalPressure === null
          ? `${f.money(s.netChange)} ${t.netPerYear as string}`
          : f.percent(s.marginalPressure),
      ),
    ]),
  });
  blocks.push({
    kind: 'table',
    caption: t.incomeRulesCaption as string,
    head: [t.input, t.value, t.source, t.status] as string[],
    numeric: [false, true, false, false],
    rows: hi.rules.map((r) => [
      r.label[lang],
      r.unit === 'fractie' ? f.percent(r.value, true) : f.value(r.value, r.unit),
      `${r.source} (${r.year}${r.priceYear !== null ? `; ${lang === 'nl' ? 'prijsjaar' : 'price year'} ${r.priceYear}` : ''})`,
      r.status === 'checked' ? (t.statusChecked as string) : (t.statusInput as string),
    ]),
  });
  return blocks;
}
