// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Calls to the reference API on the same origin, with the tab's credential; errors as problem+json. */
import { storedKey } from './session';

export interface InvalidParam {
  name: string;
  code?: string;
  reason: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly invalidParams: InvalidParam[] = [],
  ) {
    super(detail);
  }
}

/** Thrown when the request could not reach the API (offline, server down). */
export class NetworkError extends Error {}

export interface CallOptions {
  method?: string;
  body?: unknown;
  idempotencyKey?: string;
  ifMatch?: string;
  key?: string;
}

export const API_BASE = '/api/v1';

export interface Answer<T> {
  body: T;
  headers: Headers;
}

/** One request; the body and the response headers (Link, ETag). */
export async function request<T>(path: string, options: CallOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const key = options.key ?? storedKey();
  if (key) headers.authorization = `Bearer ${key}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  let res: Response;
  try {
    res = await fetch(path.startsWith(API_BASE) ? path : API_BASE + path, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch {
    throw new NetworkError('network');
  }
  const text = await res.text();
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!res.ok) {
    throw new ApiError(
      res.status,
      String(json.detail ?? json.title ?? res.statusText),
      (json.invalidParams as InvalidParam[] | undefined) ?? [],
    );
  }
  return { body: json as T, headers: res.headers };
}

export async function call<T>(path: string, options: CallOptions = {}): Promise<T> {
  return (await request<T>(path, options)).body;
}

/** The target of `rel="next"` in an RFC 8288 Link header, or undefined on the last page. */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (m && /;\s*rel="?([^";]*\s)?next(\s[^";]*)?"?/.test(m[2]!)) return m[1];
  }
  return undefined;
}

/**
 * Every record of a list: the first page, then each `Link: rel="next"` (the API's keyset cursor)
 * until there is none. `onPage` hears of each call (the planner's benchmark counts them).
 */
export async function listAll<T>(
  path: string,
  pageSize = 100,
  onPage?: (n: number) => void,
): Promise<T[]> {
  const out: T[] = [];
  const sep = path.includes('?') ? '&' : '?';
  let next: string | undefined = `${path}${sep}pageSize=${pageSize}`;
  for (let n = 1; next !== undefined; n += 1) {
    const answer: Answer<{ resultaten: T[] }> = await request(next);
    onPage?.(n);
    out.push(...answer.body.resultaten);
    next = nextLink(answer.headers.get('link'));
  }
  return out;
}
