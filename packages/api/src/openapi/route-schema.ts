// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A route of the table as Fastify's route schema: path and query parameters and the body for ajv,
 * the answers for fast-json-stringify. The OpenAPI document is built from the same parts, so the
 * router and the document cannot describe different parameters.
 */
import type { FastifySchema } from 'fastify';
import { problemSchema } from '../problem.js';
import type { RouteDef } from '../types.js';

/** Every path parameter is a pseudonymous identifier. */
export const PATH_PARAM_SCHEMA = {
  type: 'string',
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9._-]+$',
} as const;

export const pathParamNames = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

const COMPONENT_REF = /^#\/components\/schemas\/(\w+)$/;
const CONDITIONALS = ['allOf', 'if', 'then', 'else'];

/**
 * What fast-json-stringify serialises an answer with: `$ref`s into the components inlined, and a
 * record schema's conditional rules (if/then: "a performed visit needs its actual times") left out
 * — they constrain which fields are required, they add none, and checking them on every answer
 * would cost a validation per record.
 */
export function serialisationSchema(
  schema: unknown,
  components: Record<string, object>,
  seen: string[] = [],
): unknown {
  if (Array.isArray(schema)) return schema.map((s) => serialisationSchema(s, components, seen));
  if (schema === null || typeof schema !== 'object') return schema;
  const node = schema as Record<string, unknown>;
  if (typeof node.$ref === 'string') {
    const name = COMPONENT_REF.exec(node.$ref)?.[1];
    const target = name ? components[name] : undefined;
    if (!name || !target || seen.includes(name))
      throw new Error(`cannot inline ${node.$ref} in a response schema`);
    return serialisationSchema(target, components, [...seen, name]);
  }
  const properties = node.properties as Record<string, unknown> | undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (properties && CONDITIONALS.includes(k)) {
      assertAddsNoProperties(v, properties);
      continue;
    }
    if (k === 'properties')
      out[k] = Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([p, s]) => [
          p,
          serialisationSchema(s, components, seen),
        ]),
      );
    else out[k] = k === 'items' ? serialisationSchema(v, components, seen) : v;
  }
  return out;
}

function assertAddsNoProperties(node: unknown, properties: Record<string, unknown>) {
  if (Array.isArray(node)) {
    for (const n of node) assertAddsNoProperties(n, properties);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  for (const key of ['then', 'else']) {
    const branch = n[key] as { properties?: Record<string, unknown> } | undefined;
    for (const p of Object.keys(branch?.properties ?? {}))
      if (!(p in properties))
        throw new Error(`a conditional adds property ${p}; the serialiser would drop it`);
  }
  if (n.allOf) assertAddsNoProperties(n.allOf, properties);
}

export function querySchema(route: RouteDef) {
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries((route.query ?? []).map((p) => [p.name, p.schema])),
    required: (route.query ?? []).filter((p) => p.required).map((p) => p.name),
  };
}

const isJson = (contentType: string | undefined) =>
  contentType === undefined || /json/.test(contentType);

/** Fastify's schema for a route of the table. */
export function fastifySchema(route: RouteDef, components: Record<string, object>): FastifySchema {
  const names = pathParamNames(route.path);
  const response: Record<string, unknown> = { '4xx': problemSchema, '5xx': problemSchema };
  if (route.success.schema && isJson(route.success.contentType)) {
    const serialise = serialisationSchema(route.success.schema, components);
    response[String(route.success.status)] = serialise;
    if (route.success.other) response[String(route.success.other.status)] = serialise;
  }
  return {
    querystring: querySchema(route),
    ...(names.length
      ? {
          params: {
            type: 'object',
            properties: Object.fromEntries(names.map((n) => [n, PATH_PARAM_SCHEMA])),
          },
        }
      : {}),
    ...(route.body ? { body: route.body.schema } : {}),
    response,
  };
}
