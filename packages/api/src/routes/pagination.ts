// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Pages of a list: `page`/`pageSize` parameters, the list body and its `Link` header (RFC 8288). */
import type { HandlerContext, QueryParam } from '../types.js';
import { MAX_PAGE_SIZE } from './store.js';

export const pageParams: QueryParam[] = [
  {
    name: 'page',
    schema: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
    description: 'Paginanummer, vanaf 1 / Page number',
  },
  {
    name: 'pageSize',
    schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 },
    description: `Aantal per pagina, maximaal ${MAX_PAGE_SIZE} (daarboven 400) / Items per page, at most ${MAX_PAGE_SIZE}`,
  },
];

export const listSchema = (ref: string) => ({
  type: 'object',
  required: ['resultaten', 'pagina', 'paginaGrootte'],
  properties: {
    resultaten: {
      type: 'array',
      items: { $ref: ref },
      description: 'De records op deze pagina / Records on this page',
    },
    pagina: { type: 'integer', description: 'Paginanummer / Page number' },
    paginaGrootte: { type: 'integer', description: 'Aantal per pagina / Page size' },
    volgendePagina: {
      type: ['integer', 'null'],
      description: 'Volgende pagina, of null / Next page or null',
    },
  },
});

export function linkHeader(
  ctx: HandlerContext,
  page: number,
  pageSize: number,
  hasNext: boolean,
): string {
  const base = ctx.req.url.split('?')[0];
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(ctx.query))
    if (k !== 'page' && v !== undefined) params.set(k, String(v));
  const at = (p: number) => {
    const s = new URLSearchParams(params);
    s.set('page', String(p));
    s.set('pageSize', String(pageSize));
    return `<${base}?${s.toString()}>`;
  };
  const links = [`${at(page)}; rel="self"`, `${at(1)}; rel="first"`];
  if (page > 1) links.push(`${at(page - 1)}; rel="prev"`);
  if (hasNext) links.push(`${at(page + 1)}; rel="next"`);
  return links.join(', ');
}
