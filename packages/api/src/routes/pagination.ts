// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Pages of a list, by keyset: an opaque `cursor` names the last (or first) id of the page before,
 * so page 1,000 costs what page 1 costs and a record inserted meanwhile never shifts a page. The
 * old `page` parameter (OFFSET) still works and is deprecated. The list body and its `Link` header
 * (RFC 8288) carry the next and previous pages in the form the request used.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db.js';
import { problem } from '../problem.js';
import type { HandlerContext, QueryParam } from '../types.js';
import { MAX_PAGE_SIZE } from './store.js';

const CURSOR_MAX = 400;

export const pageParams: QueryParam[] = [
  {
    name: 'cursor',
    schema: { type: 'string', minLength: 1, maxLength: CURSOR_MAX, pattern: '^[A-Za-z0-9_.-]+$' },
    description:
      'Ondoorzichtige verwijzing naar een pagina, uit de `Link`-header of `volgendeCursor`; niet samen met `page` / Opaque page reference from the `Link` header or `volgendeCursor`; not with `page`',
  },
  {
    name: 'page',
    schema: { type: 'integer', minimum: 1, maximum: 100000 },
    description:
      'Verouderd: paginanummer vanaf 1 (OFFSET, traag bij diepe pagina’s); gebruik `cursor` / Deprecated page number (OFFSET); use `cursor`',
    deprecated: true,
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
    volgendeCursor: {
      type: ['string', 'null'],
      description:
        'Cursor van de volgende pagina (parameter `cursor`), of null / Cursor of the next page, or null',
    },
  },
});

/** Where a page starts: after id `k` (next) or before it (prev), and the page number it is. */
interface Cursor {
  d: 'n' | 'p';
  k: string;
  p: number;
}

/**
 * The check value binds a cursor to its list (path, filters, page size). It is a checksum, not a
 * secret: a recomputed cursor can only start the caller's own, scoped list at another id.
 */
function checkValue(payload: string, binding: string): string {
  return createHash('sha256')
    .update(`zorghub-cursor-v1\n${binding}\n${payload}`)
    .digest('base64url')
    .slice(0, 22);
}

/** The list a cursor belongs to: the path and every query parameter but the cursor and page. */
function bindingOf(ctx: HandlerContext): string {
  const base = ctx.req.url.split('?')[0];
  const rest = Object.entries(ctx.query)
    .filter(([k, v]) => k !== 'cursor' && k !== 'page' && v !== undefined)
    .map(([k, v]) => `${k}=${String(v)}`)
    .sort();
  return `${base}?${rest.join('&')}`;
}

function encodeCursor(c: Cursor, binding: string): string {
  const payload = Buffer.from(JSON.stringify(c)).toString('base64url');
  return `${payload}.${checkValue(payload, binding)}`;
}

const badCursor = (reason: string) =>
  problem(
    400,
    `cursor is ongeldig: ${reason}. Gebruik een cursor zoals de vorige pagina hem gaf (Link-header of volgendeCursor), met dezelfde filters en paginagrootte, of begin opnieuw zonder cursor / cursor is invalid: ${reason}; use one exactly as a previous page gave it, with the same filters and pageSize, or start again without a cursor`,
    { invalidParams: [{ name: 'cursor', code: 'x-cursor', reason }] },
  );

function decodeCursor(raw: string, binding: string): Cursor {
  const [payload, check, ...more] = raw.split('.');
  if (!payload || !check || more.length)
    throw badCursor('expected <gegevens>.<controlewaarde> / expected <data>.<check>');
  const expected = Buffer.from(checkValue(payload, binding));
  const given = Buffer.from(check);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw badCursor(
      'gewijzigd, of van een andere lijst, filters of paginagrootte / altered, or from another list, filter or pageSize',
    );
  let c: unknown;
  try {
    c = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw badCursor('geen leesbare cursor / not a readable cursor');
  }
  const o = c as Partial<Cursor>;
  if (
    !o ||
    (o.d !== 'n' && o.d !== 'p') ||
    typeof o.k !== 'string' ||
    !Number.isInteger(o.p) ||
    (o.p as number) < 1
  )
    throw badCursor('onbekende vorm / unknown shape');
  return { d: o.d, k: o.k, p: o.p as number };
}

/** One page of rows ordered by `id`, and the links and body fields that go with it. */
export interface Page<T> {
  rows: T[];
  headers: { link: string };
  body: {
    pagina: number;
    paginaGrootte: number;
    volgendePagina: number | null;
    volgendeCursor: string | null;
  };
}

/**
 * Runs `SELECT <select> FROM records WHERE <where>` one page at a time: by keyset on `id` for a
 * `cursor` or no page parameter, by OFFSET for the deprecated `page` parameter.
 */
export async function listPage<T extends { id: string }>(
  ctx: HandlerContext,
  q: Queryable,
  select: string,
  where: string,
  params: unknown[],
): Promise<Page<T>> {
  const pageSize = Number(ctx.query.pageSize ?? 20);
  const rawCursor = typeof ctx.query.cursor === 'string' ? ctx.query.cursor : undefined;
  const legacy = ctx.query.page !== undefined;
  if (rawCursor !== undefined && legacy)
    throw problem(400, 'Gebruik cursor óf page, niet beide / Use cursor or page, not both', {
      invalidParams: [{ name: 'page', code: 'x-exclusive', reason: 'not with cursor' }],
    });
  const binding = bindingOf(ctx);
  const cursor = rawCursor === undefined ? undefined : decodeCursor(rawCursor, binding);
  const n = params.length;
  let rows: T[];
  let page: number;
  let hasNext: boolean;
  let hasPrev: boolean;
  if (legacy) {
    page = Number(ctx.query.page);
    ({ rows } = await q.query<T>(
      `SELECT ${select} FROM records WHERE ${where} ORDER BY id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, pageSize + 1, (page - 1) * pageSize],
    ));
    hasNext = rows.length > pageSize;
    rows = rows.slice(0, pageSize);
    hasPrev = page > 1;
  } else if (cursor?.d === 'p') {
    ({ rows } = await q.query<T>(
      `SELECT ${select} FROM records WHERE ${where} AND id < $${n + 1} ORDER BY id DESC LIMIT $${n + 2}`,
      [...params, cursor.k, pageSize + 1],
    ));
    hasPrev = rows.length > pageSize;
    rows = rows.slice(0, pageSize).reverse();
    // Fewer rows before it than a page (records were deleted meanwhile): this is the first page.
    page = hasPrev ? cursor.p : 1;
    hasNext = true;
  } else {
    const after = cursor ? ` AND id > $${n + 1}` : '';
    const limit = `$${n + (cursor ? 2 : 1)}`;
    ({ rows } = await q.query<T>(
      `SELECT ${select} FROM records WHERE ${where}${after} ORDER BY id LIMIT ${limit}`,
      cursor ? [...params, cursor.k, pageSize + 1] : [...params, pageSize + 1],
    ));
    hasNext = rows.length > pageSize;
    rows = rows.slice(0, pageSize);
    page = cursor?.p ?? 1;
    hasPrev = cursor !== undefined;
  }
  const first = rows[0]?.id;
  const last = rows.at(-1)?.id;
  const next = hasNext && last ? encodeCursor({ d: 'n', k: last, p: page + 1 }, binding) : null;
  const prev =
    hasPrev && first ? encodeCursor({ d: 'p', k: first, p: Math.max(1, page - 1) }, binding) : null;
  return {
    rows,
    headers: {
      link: legacy
        ? pageLinks(ctx, page, pageSize, hasNext)
        : cursorLinks(ctx, pageSize, rawCursor, prev, next),
    },
    body: {
      pagina: page,
      paginaGrootte: pageSize,
      volgendePagina: hasNext ? page + 1 : null,
      volgendeCursor: next,
    },
  };
}

function linkBase(ctx: HandlerContext): { base: string; params: URLSearchParams } {
  const base = ctx.req.url.split('?')[0]!;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(ctx.query))
    if (k !== 'page' && k !== 'cursor' && v !== undefined) params.set(k, String(v));
  return { base, params };
}

function cursorLinks(
  ctx: HandlerContext,
  pageSize: number,
  self: string | undefined,
  prev: string | null,
  next: string | null,
): string {
  const { base, params } = linkBase(ctx);
  params.set('pageSize', String(pageSize));
  const at = (cursor: string | undefined) => {
    const s = new URLSearchParams(params);
    if (cursor) s.set('cursor', cursor);
    return `<${base}?${s.toString()}>`;
  };
  const links = [`${at(self)}; rel="self"`, `${at(undefined)}; rel="first"`];
  if (prev) links.push(`${at(prev)}; rel="prev"`);
  if (next) links.push(`${at(next)}; rel="next"`);
  return links.join(', ');
}

/** The deprecated page-number links, as before keyset pagination. */
function pageLinks(ctx: HandlerContext, page: number, pageSize: number, hasNext: boolean): string {
  const { base, params } = linkBase(ctx);
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
