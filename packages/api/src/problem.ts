// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** An RFC 9457 problem, sent as application/problem+json. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'Problem';
  }
}

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

/** The part of an ajv error the API reports. */
export interface ValidationDetail {
  instancePath: string;
  message?: string;
  keyword: string;
  params?: Record<string, unknown>;
}

/** The dotted field an ajv error is about (the missing or unknown property included). */
export function fieldOf(v: ValidationDetail): string {
  let name = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (v.keyword === 'required' && v.params?.missingProperty)
    name = [name, String(v.params.missingProperty)].filter(Boolean).join('.');
  if (v.keyword === 'additionalProperties' && v.params?.additionalProperty)
    name = [name, String(v.params.additionalProperty)].filter(Boolean).join('.');
  return name;
}

const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer / Bad request',
  401: 'Niet geauthenticeerd / Unauthenticated',
  403: 'Geen toegang / Forbidden',
  404: 'Niet gevonden / Not found',
  405: 'Methode niet toegestaan / Method not allowed',
  406: 'Niet aanvaardbaar / Not acceptable',
  409: 'Conflict',
  412: 'Voorwaarde niet vervuld / Precondition failed',
  413: 'Bericht te groot / Payload too large',
  415: 'Mediatype niet ondersteund / Unsupported media type',
  422: 'Niet verwerkbaar / Unprocessable content',
  429: 'Te veel verzoeken / Too many requests',
  500: 'Interne fout / Internal server error',
  503: 'Niet beschikbaar / Service unavailable',
};

export function titleFor(status: number): string {
  return TITLES[status] ?? (status >= 500 ? TITLES[500]! : TITLES[400]!);
}

export const problem = (status: number, detail: string, extra: Record<string, unknown> = {}) =>
  new Problem(status, titleFor(status), detail, extra);

export const notFound = (what = 'De resource bestaat niet / The resource does not exist') =>
  problem(404, what);

/** The JSON Schema of a problem answer (the OpenAPI component and the serialiser's schema). */
export const problemSchema = {
  type: 'object',
  description: 'Foutbericht volgens RFC 9457 / Problem details (RFC 9457)',
  required: ['status', 'title', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri', description: 'Soort fout / Problem type' },
    title: { type: 'string', description: 'Korte omschrijving / Short summary' },
    status: { type: 'integer', minimum: 400, maximum: 599, description: 'HTTP-status' },
    detail: {
      type: 'string',
      description: 'Uitleg voor deze keer / Explanation for this occurrence',
    },
    instance: {
      type: 'string',
      description: 'Kenmerk van dit verzoek / Identifier of this request',
    },
    code: {
      type: 'string',
      description: 'Soort conflict, zoals overboeking / Kind of conflict, such as overboeking',
    },
    invalidParams: {
      type: 'array',
      description: 'Ongeldige velden / Invalid fields',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string', description: 'Veld / Field' },
          code: { type: 'string', description: 'Regel / Rule' },
          reason: { type: 'string', description: 'Reden / Reason' },
        },
      },
    },
  },
};
