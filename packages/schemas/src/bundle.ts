// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Inlining closed codelists as `enum` into a schema. Browser-safe. */
import { type Codelist, isObject, type JsonSchema } from './model.js';

/**
 * Returns a copy of a source schema with closed codelists inlined as `enum` on every node that
 * carries `codelist`. Open codelists stay a plain string (they only warn). Codes that are
 * deprecated stay valid (they warn in the validator) until they are removed.
 */
export function bundleSchema(
  schema: JsonSchema,
  codelists: Readonly<Record<string, Codelist>>,
): JsonSchema {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'examples' || key === 'const' || key === 'default') {
        out[key] = structuredClone(value);
      } else if (key === 'enum' && typeof node.codelist === 'string') {
        // replaced below from the codelist
      } else {
        out[key] = walk(value);
      }
    }
    if (typeof node.codelist === 'string') {
      const list = codelists[node.codelist];
      if (list && !list.open) {
        // Keep key order stable: put enum right after codelist.
        const ordered: JsonSchema = {};
        for (const [key, value] of Object.entries(out)) {
          ordered[key] = value;
          if (key === 'codelist') ordered.enum = list.codes.map((c) => c.code);
        }
        return ordered;
      }
    }
    return out;
  };
  return walk(schema) as JsonSchema;
}
