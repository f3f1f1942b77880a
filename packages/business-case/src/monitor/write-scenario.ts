// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The re-estimated scenario as a NEW scenario file (YAML, the format of examples/delft/scenario.yaml):
 * every changed input gets its new value, `bron: monitoring …`, a `toelichting` that says what it
 * was and why it changed, and a comment above it. A calibrated input takes its credible interval
 * as its distribution; a value counted from the records (intake, contract hours) loses its
 * distribution. The original scenario object is never changed.
 */
import { Document, isMap, isNode, isSeq, type Node, type YAMLMap } from 'yaml';
import type { Parameter, Scenario } from '../types.js';
import { copyScenario, parameterAt } from './scenario-edit.js';
import type { MonitorResult } from './types.js';

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Applies the re-estimate's changes to a copy of the scenario. */
export function reestimatedScenario(
  scenario: Scenario,
  result: MonitorResult,
  lang: 'nl' | 'en' = 'nl',
): Scenario {
  const copy = copyScenario(scenario);
  const asOf = result.actuals.asOf;
  copy.id = `${scenario.id}-MONITOR-${asOf}`;
  copy.naam = `${scenario.naam} (${lang === 'nl' ? 'herijkt met monitoring tot' : 're-estimated with monitoring to'} ${asOf})`;
  for (const change of result.reestimated.changes) {
    const p = parameterAt(copy, change.path) as Parameter | undefined;
    if (!p) continue;
    p.waarde = change.to;
    p.bron = `monitoring, datapakket tot ${asOf}`;
    p.bronJaar = Number(asOf.slice(0, 4));
    const was =
      lang === 'nl'
        ? `Was ${change.from} (${scenario.id}); ${change.why.nl}.`
        : `Was ${change.from} (${scenario.id}); ${change.why.en}.`;
    p.toelichting = p.toelichting ? `${was} ${p.toelichting}` : was;
    if (change.interval) {
      const low = Math.min(change.interval.low, change.to);
      const high = Math.max(change.interval.high, change.to);
      if (high > low) p.verdeling = { type: 'driehoek', min: round(low), max: round(high) };
      else delete p.verdeling;
    } else delete p.verdeling;
  }
  return copy;
}

function nodeAt(doc: Document, path: string): Node | undefined {
  let node: unknown = doc.contents;
  for (const key of path.split('/').slice(1)) {
    if (isMap(node)) node = (node as YAMLMap).get(key, true);
    else if (isSeq(node)) node = node.items[Number(key)];
    else return undefined;
  }
  return isNode(node) ? node : undefined;
}

/** The YAML text of the re-estimated scenario, with a header and a comment on every changed input. */
export function writeScenario(
  scenario: Scenario,
  result: MonitorResult,
  lang: 'nl' | 'en' = 'nl',
): string {
  const next = reestimatedScenario(scenario, result, lang);
  const doc = new Document(next);
  const n = result.reestimated.changes.length;
  doc.commentBefore =
    lang === 'nl'
      ? ` Herijkt scenario, geschreven door "zorghub monitor" uit ${scenario.id} en het datapakket tot ${result.actuals.asOf}.\n Het oorspronkelijke scenario is niet veranderd. ${n} ${n === 1 ? 'invoer is' : 'invoeren zijn'} gewijzigd; elk staat gemarkeerd met een commentaar "monitoring: oud → nieuw".`
      : ` Re-estimated scenario, written by "zorghub monitor" from ${scenario.id} and the data package to ${result.actuals.asOf}.\n The original scenario was not changed. ${n} ${n === 1 ? 'input was' : 'inputs were'} changed; each is marked with a comment "monitoring: old → new".`;
  for (const change of result.reestimated.changes) {
    const node = nodeAt(doc, change.path);
    if (!node) continue;
    const text = ` monitoring: ${change.from} → ${change.to} (${lang === 'nl' ? change.why.nl : change.why.en})`;
    // the comment goes above the key of the changed input
    const parent = nodeAt(doc, change.path.split('/').slice(0, -1).join('/') || '/');
    const key = change.path.split('/').pop() as string;
    const pair = isMap(parent)
      ? (parent as YAMLMap).items.find(
          (i) => String((i.key as { value?: unknown })?.value ?? i.key) === key,
        )
      : undefined;
    const target = (pair?.key as Node | undefined) ?? node;
    target.commentBefore = text;
  }
  return doc.toString({ lineWidth: 100 });
}
