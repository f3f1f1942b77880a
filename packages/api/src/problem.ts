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
