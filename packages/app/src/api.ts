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

export async function call<T>(path: string, options: CallOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const key = options.key ?? storedKey();
  if (key) headers.authorization = `Bearer ${key}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  let res: Response;
  try {
    res = await fetch(API_BASE + path, {
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
  return json as T;
}

/** Every page of a list (the API pages with page/pageSize and answers { resultaten, volgendePagina }). */
export async function listAll<T>(path: string, pageSize = 100): Promise<T[]> {
  const out: T[] = [];
  const sep = path.includes('?') ? '&' : '?';
  for (let page = 1; ; page += 1) {
    const body = await call<{ resultaten: T[]; volgendePagina: number | null }>(
      `${path}${sep}page=${page}&pageSize=${pageSize}`,
    );
    out.push(...body.resultaten);
    if (body.volgendePagina === null) return out;
  }
}
