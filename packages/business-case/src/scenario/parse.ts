// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads a scenario: YAML or JSON text → the standard's scenario schema → the cross-field rules.
 * Every issue carries its JSON Pointer and, where the text has one, its line.
 */
import type { BestandsformaatCode } from '@zorghub/schemas';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Scenario, ScenarioIssue } from '../types.js';
import { getScenarioValidator } from '../validator.js';
import { fromPointer, IssueCollector, type Json } from './issues.js';
import { checkRules } from './rules.js';
import { reportSchemaError } from './schema-errors.js';

export interface ParseResult {
  scenario?: Scenario;
  issues: ScenarioIssue[];
}

/** The formats a scenario is written in: codes of the standard's `bestandsformaat`. */
export const SCENARIO_FORMATS = ['yaml', 'json'] as const satisfies readonly BestandsformaatCode[];
export type ScenarioFormat = (typeof SCENARIO_FORMATS)[number];

function syntaxIssue(
  message: string,
  line: number | undefined,
  format: ScenarioFormat,
): ScenarioIssue {
  const what = message.split('\n')[0] ?? message;
  const name = format === 'json' ? 'JSON' : 'YAML';
  return {
    code: 'scenario.syntax',
    severity: 'error',
    path: '/',
    ...(line !== undefined ? { line } : {}),
    expected: `valid ${name}`,
    found: what,
    message: {
      nl: `${line !== undefined ? `regel ${line}: ` : ''}verwacht geldige ${name}, gevonden: ${what}`,
      en: `${line !== undefined ? `line ${line}: ` : ''}expected valid ${name}, found: ${what}`,
    },
  };
}

/**
 * Reads a scenario from YAML or JSON text and checks it against the standard's scenario schema and
 * the model's cross-field rules. Returns the scenario only when there are no errors.
 */
export function parseScenario(text: string, format: ScenarioFormat = 'yaml'): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: true,
  });
  const lineOf = (path: string): number | undefined => {
    const segments = fromPointer(path);
    for (let n = segments.length; n >= 0; n--) {
      const node = doc.getIn(
        segments.slice(0, n).map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
        true,
      );
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const out = new IssueCollector(lineOf);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
      out.push(syntaxIssue(error.message, line, format));
    }
    return { issues: out.issues };
  }
  const root = doc.toJS({ maxAliasCount: 100 }) as Json;
  const validate = getScenarioValidator();
  if (!validate(root))
    for (const error of validate.errors ?? []) reportSchemaError(error, root, out);
  checkRules(root, out);
  return out.hasErrors()
    ? { issues: out.issues }
    : { scenario: root as Scenario, issues: out.issues };
}
