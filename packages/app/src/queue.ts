// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The worker's offline queue: a change that cannot reach the API is kept on the device with its
 * `Idempotency-Key` and sent again when the connection returns, so a resend can never double it.
 * Kept in localStorage: only pseudonymous ids and the worker's own input, deleted once sent.
 */
import { ApiError, call, NetworkError } from './api';

export interface QueuedAction {
  idempotencyKey: string;
  method: 'POST';
  path: string;
  body: unknown;
  queuedAt: string;
}

const QUEUE_KEY = 'zorghub.wachtrij';
const listeners = new Set<() => void>();

export function queued(): QueuedAction[] {
  try {
    return JSON.parse(localStorage.getItem(QUEUE_KEY) ?? '[]') as QueuedAction[];
  } catch {
    return [];
  }
}

function save(items: QueuedAction[]) {
  localStorage.setItem(QUEUE_KEY, JSON.stringify(items));
  for (const l of listeners) l();
}

export function onQueueChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const newKey = (): string => crypto.randomUUID();

/**
 * Sends a change; when the network is away it is queued and `'queued'` is returned. A refusal by
 * the API (4xx) is thrown as it is: that is an answer, not a lost connection.
 */
export async function send(
  path: string,
  body: unknown,
  idempotencyKey = newKey(),
): Promise<'sent' | 'queued'> {
  try {
    await call(path, { method: 'POST', body, idempotencyKey });
    return 'sent';
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    save([
      ...queued(),
      { idempotencyKey, method: 'POST', path, body, queuedAt: new Date().toISOString() },
    ]);
    return 'queued';
  }
}

let flushing: Promise<void> | undefined;

/** Sends what is queued, oldest first; stops at the first network failure. Refused actions are dropped and reported. */
export function flush(onRefused: (a: QueuedAction, e: ApiError) => void = () => {}): Promise<void> {
  flushing ??= (async () => {
    try {
      for (const action of queued()) {
        try {
          await call(action.path, {
            method: action.method,
            body: action.body,
            idempotencyKey: action.idempotencyKey,
          });
        } catch (error) {
          if (error instanceof NetworkError) return;
          if (error instanceof ApiError && error.status === 401) return; // keep it until signed in again
          if (error instanceof ApiError) onRefused(action, error);
        }
        save(queued().filter((q) => q.idempotencyKey !== action.idempotencyKey));
      }
    } finally {
      flushing = undefined;
    }
  })();
  return flushing;
}
