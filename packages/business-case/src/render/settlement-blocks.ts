// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The report's settlement beyond the full table: the instrument per contributor, the settlement
 * without the Rijk with what stays uncovered, the cash check and the payment-by-results variant.
 */
import { type ScenarioInstrumentCode, scenarioInstrumentLabels } from '@zorghub/schemas';
import type { BusinessCaseResult } from '../result-types.js';
import type { Block } from './blocks.js';
import { type Formatter, fill, type Strings } from './format.js';

export function settlementBlocks(
  result: BusinessCaseResult,
  lang: 'nl' | 'en',
  t: Strings,
  f: Formatter,
): Block[] {
  const name = (id: string): string =>
    result.stakeholders.find((x) => x.id === id)?.name[lang] ?? id;
  const instrument = (code: string | null): string =>
    code ? (scenarioInstrumentLabels[code as ScenarioInstrumentCode]?.[lang] ?? code) : '—';
  const first = Math.max(0, result.scenario.baseYear - result.scenario.startYear);
  const blocks: Block[] = [];
  const contributors = result.settlement.filter((x) => x.contribution < 0);
  if (contributors.length > 0)
    blocks.push({
      kind: 'table',
      caption: t.instrumentsCaption as string,
      head: [t.stakeholder, t.contribution, t.instrument] as string[],
      numeric: [false, true, false],
      rows: contributors.map((x) => [
        name(x.id),
        f.money(x.contribution),
        instrument(x.instrument),
      ]),
    });
  if (result.cashCheck.warning)
    blocks.push({ kind: 'warning', text: result.cashCheck.warning[lang] });
  else if (contributors.length > 0)
    blocks.push({ kind: 'paragraph', text: t.cashCheckOk as string });

  const local = result.localSettlement;
  blocks.push({ kind: 'heading', text: t.localSettlement as string });
  blocks.push({
    kind: 'paragraph',
    text: fill(t.localSettlementText as string, {
      deficit: f.money(local.summary.totalDeficit),
      surplus: f.money(local.summary.totalCashableSurplus),
      uncovered: f.money(local.summary.shortfall),
      perYear: f.money(local.uncovered[first] ?? 0),
    }),
  });
  blocks.push({
    kind: 'table',
    head: [t.stakeholder, t.npv, t.contribution, t.perYear, t.npvAfter] as string[],
    numeric: [false, true, true, true, true],
    rows: local.settlement
      .filter((x) => x.deficit > 0 || x.cashableSurplus > 0)
      .map((x) => [
        name(x.id),
        f.money(x.npvBefore),
        f.money(x.contribution),
        f.money(x.yearly[first] ?? 0),
        f.money(x.npvAfter),
      ]),
  });

  const pbr = result.paymentByResults;
  if (pbr.contributors.length > 0) {
    blocks.push({ kind: 'heading', text: t.paymentByResults as string });
    blocks.push({
      kind: 'paragraph',
      text: fill(t.paymentByResultsText as string, { outcomes: f.number(pbr.pvOutcomes) }),
    });
    blocks.push({
      kind: 'table',
      head: [t.stakeholder, t.perOutcome, ...result.years.slice(first).map(String)] as string[],
      numeric: [false, true, ...result.years.slice(first).map(() => true)],
      rows: pbr.contributors.map((x) => [
        name(x.id),
        f.money(x.perOutcome),
        ...x.yearly.slice(first).map((v) => f.money(v)),
      ]),
    });
  }
  return blocks;
}
