// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2

import { problemSchema } from '../problem.js';
import { PURPOSE_PATTERN } from '../purpose.js';
import { signInConfigSchema } from '../routes/sign-in-config.js';
import { ROLES, type RouteDef } from '../types.js';
import { API_VERSION } from '../version.js';
import { PATH_PARAM_SCHEMA, pathParamNames } from './route-schema.js';

const PROBLEM_TEXT: Record<string, string> = {
  '400': 'Ongeldige invoer / Bad request',
  '401': 'Niet geauthenticeerd / Unauthenticated',
  '403': 'Geen toegang / Forbidden',
  '404': 'Niet gevonden / Not found',
  '409': 'Conflict',
  '412': 'Verouderde versie (If-Match) / Stale version (If-Match)',
  '413': 'Bericht te groot / Payload too large',
  '414': 'Adres of parameter te lang / URI or path parameter too long',
  '415': 'Mediatype niet ondersteund / Unsupported media type',
  '422': 'Niet verwerkbaar / Unprocessable content',
  '429': 'Te veel verzoeken / Too many requests',
  '500': 'Interne fout / Internal server error',
  '503': 'Niet beschikbaar / Service unavailable',
};

const problemResponse = (code: string) => ({ $ref: `#/components/responses/Problem${code}` });

/** A problem response whose description says when this route gives it (OpenAPI 3.1 allows it beside $ref). */
const withReason = (ref: { $ref: string }, reason: string | undefined) =>
  reason ? { ...ref, description: reason } : ref;

const versionHeader = { 'API-Version': { $ref: '#/components/headers/API-Version' } };

function okResponse(route: Pick<RouteDef, 'success' | 'etag' | 'method'>) {
  const headers: Record<string, unknown> = { ...versionHeader };
  if (route.success.list) headers.Link = { $ref: '#/components/headers/Link' };
  if (route.etag && route.method !== 'DELETE') headers.ETag = { $ref: '#/components/headers/ETag' };
  if (route.success.status === 201 && route.success.location !== false)
    headers.Location = { $ref: '#/components/headers/Location' };
  const response: Record<string, unknown> = { description: route.success.description, headers };
  if (route.success.schema) {
    response.content = {
      [route.success.contentType ?? 'application/json']: { schema: route.success.schema },
    };
  }
  return response;
}

/**
 * The standard's `codelist` keyword is no OpenAPI keyword: in the document it is the extension
 * `x-codelist` (the name of the codelist in @zorghub/schemas), next to the `enum` of its codes.
 */
function withCodelistExtension(node: unknown, inProperties = false): unknown {
  if (Array.isArray(node)) return node.map((n) => withCodelistExtension(n));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const name =
      !inProperties && key === 'codelist' && typeof value === 'string' ? 'x-codelist' : key;
    out[name] = withCodelistExtension(value, !inProperties && key === 'properties');
  }
  return out;
}

export function buildOpenApi(routes: RouteDef[], schemas: Record<string, object> = {}): object {
  const paths: Record<string, Record<string, unknown>> = {};
  const system = (
    path: string,
    operationId: string,
    summary: string,
    content: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ) => {
    paths[path] = {
      get: {
        operationId,
        summary,
        tags: ['Systeem'],
        security: [],
        responses: {
          '200': { description: summary, headers: versionHeader, content },
          '429': problemResponse('429'),
          '500': problemResponse('500'),
          ...extra,
        },
      },
    };
  };
  const statusSchema = {
    type: 'object',
    properties: { status: { type: 'string', description: 'ok' } },
  };
  system('/health', 'getHealth', 'Draait de server? / Is the server running?', {
    'application/json': { schema: statusSchema },
  });
  system(
    '/ready',
    'getReadiness',
    'Kan de server verzoeken aan (database bereikbaar)? / Ready to serve?',
    { 'application/json': { schema: statusSchema } },
    { '503': problemResponse('503') },
  );
  system('/openapi.json', 'getOpenApi', 'Deze OpenAPI-beschrijving / This OpenAPI document', {
    'application/json': { schema: { type: 'object' } },
  });
  system(
    '/inlogconfiguratie',
    'getInlogconfiguratie',
    'Hoe de app inlogt: OpenID-provider, publieke client-id en scopes (geen geheimen) / How the app signs in',
    { 'application/json': { schema: signInConfigSchema } },
  );
  system('/reference', 'getReference', 'Referentiepagina (HTML) / Reference page (HTML)', {
    'text/html': { schema: { type: 'string' } },
  });

  for (const route of routes) {
    const pathParams = pathParamNames(route.path).map((name) => ({
      name,
      in: 'path',
      required: true,
      description: 'Pseudoniem kenmerk / Pseudonymous identifier',
      schema: PATH_PARAM_SCHEMA,
    }));
    const queryParams = (route.query ?? []).map((p) => ({
      name: p.name,
      in: 'query',
      required: p.required ?? false,
      description: p.description,
      schema: p.schema,
      ...(p.deprecated ? { deprecated: true } : {}),
    }));
    // A public route (no roles: the household sign-up) takes no credential.
    const isPublic = route.roles.length === 0;
    // Idempotency-Key is kept per credential: a public POST has none to keep it under.
    const idempotent = route.method === 'POST' && route.idempotency !== false && !isPublic;
    const headerParams: object[] = [];
    if (idempotent) headerParams.push({ $ref: '#/components/parameters/IdempotencyKey' });
    if (route.audit) headerParams.push({ $ref: '#/components/parameters/Doel' });
    // Changes of an existing resource (PUT, DELETE and the POST actions on /{id}/_…) honour If-Match.
    const changesExisting =
      route.method !== 'GET' && (route.method !== 'POST' || route.path.includes('{'));
    if (route.etag && changesExisting) {
      headerParams.push({ $ref: '#/components/parameters/IfMatch' });
    }
    const responses: Record<string, unknown> = {
      [String(route.success.status)]: okResponse(route),
    };
    const other = route.success.other;
    // A second status for the same answer (a run that made something new): no single address.
    if (other)
      responses[String(other.status)] = okResponse({
        ...route,
        success: { ...route.success, ...other, location: false },
      });
    responses['400'] = problemResponse('400');
    if (!isPublic) responses['401'] = problemResponse('401');
    // A route every role may call has no role to refuse.
    if (!isPublic && !ROLES.every((role) => route.roles.includes(role)))
      responses['403'] = problemResponse('403');
    if (route.mayBeAbsent) responses['404'] = problemResponse('404');
    if (pathParams.length) {
      responses['404'] = problemResponse('404');
      // The router refuses a path parameter over 200 characters before any handler runs.
      responses['414'] = problemResponse('414');
    }
    if (route.body) responses['413'] = problemResponse('413');
    // Idempotency-Key reused with another body, or a rule the schema cannot express.
    if (route.body && (idempotent || route.unprocessable))
      responses['422'] = withReason(problemResponse('422'), route.unprocessable);
    // A body of another type is refused on any method that may carry one, with or without a schema.
    if (route.method !== 'GET') responses['415'] = problemResponse('415');
    if (route.etag && changesExisting) responses['412'] = problemResponse('412');
    if (route.conflict) responses['409'] = withReason(problemResponse('409'), route.conflict);
    responses['429'] = problemResponse('429');
    responses['500'] = problemResponse('500');
    // The request took longer than the handler time limit, the server is shutting down, or the
    // identity provider's keys cannot be fetched.
    responses['503'] = problemResponse('503');
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      ...(isPublic ? { security: [] } : { 'x-roles': route.roles }),
      ...(route.audit ? { 'x-access-log': route.audit.action } : {}),
      parameters: [...pathParams, ...queryParams, ...headerParams],
      responses,
    };
    if (route.body) {
      operation.requestBody = {
        required: route.body.required ?? true,
        content: {
          [route.method === 'PATCH' ? 'application/merge-patch+json' : 'application/json']: {
            schema: route.body.ref
              ? { $ref: route.body.ref }
              : withCodelistExtension(route.body.schema),
          },
        },
      };
    }
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = operation;
  }

  const tags = [...new Set(['Systeem', ...routes.map((r) => r.tag)])].map((name) => ({ name }));
  const responses = Object.fromEntries(
    Object.entries(PROBLEM_TEXT).map(([code, description]) => [
      `Problem${code}`,
      {
        description,
        headers: versionHeader,
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Zorghub API',
      version: API_VERSION,
      description:
        'Referentie-API voor de backoffice van een Zorghub: abonnementen, bezoeken, signalen, uren, facturen en uitkomsten, volgens de API Design Rules. / Reference API for a Zorghub back office, following the Dutch API Design Rules.',
      contact: { name: 'Zorghub toolkit', email: 'api@zorghub.nl', url: 'https://zorghub.nl' },
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: 'https://zorghub.example.nl/api/v1', description: 'Voorbeeld / Example' }],
    security: [{ apiKey: [] }, { oidc: [] }],
    tags,
    paths,
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'API-sleutel (zh_…) / API key' },
        oidc: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'OIDC access token',
        },
      },
      headers: {
        'API-Version': {
          description: 'Volledige API-versie / Full API version',
          schema: { type: 'string', example: API_VERSION },
        },
        ETag: {
          description: 'Versie van de resource / Resource version',
          schema: { type: 'string' },
        },
        Link: {
          description: 'Paginering (RFC 8288) / Pagination links',
          schema: { type: 'string' },
        },
        Location: {
          description: 'Adres van de nieuwe resource / Location of the new resource',
          schema: { type: 'string' },
        },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Herhaalde POST met dezelfde sleutel maakt niets nieuws / A retried POST with the same key creates nothing new',
          schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,128}$' },
        },
        Doel: {
          name: 'X-Doel',
          in: 'header',
          required: false,
          description:
            'Doelbinding (NEN 7513): waarom u deze gegevens inziet, bijvoorbeeld `inzageverzoek`; vastgelegd in het toegangslog. Zonder header geldt het gebruikelijke doel van uw rol; een ongeldige waarde geeft 400. / Purpose of this access, recorded in the access log; defaults from your role; a malformed value is a 400.',
          schema: { type: 'string', pattern: PURPOSE_PATTERN },
        },
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          required: false,
          description: 'ETag van de versie die u wijzigt / ETag of the version you change',
          schema: { type: 'string' },
        },
      },
      responses,
      schemas: withCodelistExtension({ Problem: problemSchema, ...schemas }),
    },
  };
}
