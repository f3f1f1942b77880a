// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Requests per time window (@fastify/rate-limit), counted per verified credential: the limiter runs
 * after authentication, so a request is counted against the key that was checked, never against
 * whatever a header claims. Routes without a credential (health, the document) count per address.
 * Failed logins have a limit of their own per client address (`failedLogins`, used by the
 * authentication plugin). Both count in one `Counter`, shared by every process on PostgreSQL.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { problem } from '../problem.js';
import type { Counter } from './rate-counter.js';

export interface RateLimitOptions {
  max: number;
  timeWindow: number;
  counter: Counter;
}

/** @fastify/rate-limit's store interface over a `Counter`. */
function storeFor(counter: Counter) {
  return class CounterStore {
    incr(
      key: string,
      cb: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      counter.hit(`req:${key}`, timeWindow).then(
        (hit) => cb(null, { current: hit.count, ttl: hit.ttlMs }),
        (error: Error) => cb(error),
      );
    }
    child() {
      return new CounterStore();
    }
  };
}

const tooMany = (max: number, what: string, retryAfterS: number) =>
  Object.assign(
    problem(
      429,
      `Maximaal ${max} ${what.split('|')[0]} per minuut / At most ${max} ${what.split('|')[1]} per minute; retry after ${retryAfterS} s`,
    ),
    { statusCode: 429 },
  );

const rateLimitPlugin: FastifyPluginAsync<RateLimitOptions> = async (app, opts) => {
  await app.register(rateLimit, {
    global: true,
    hook: 'preValidation',
    max: opts.max,
    timeWindow: opts.timeWindow,
    store: storeFor(opts.counter) as never,
    // Rate-limit headers only on the 429 itself: computing them on every answer costs throughput.
    addHeadersOnExceeding: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
    },
    keyGenerator: (req) =>
      req.principal ? `cred:${req.principal.hubId}|${req.principal.id}` : `ip:${req.ip}`,
    errorResponseBuilder: (_req, context) =>
      tooMany(context.max, 'verzoeken|requests', Math.ceil(context.ttl / 1000)),
  });
};

export interface FailedLogins {
  /** Set when `ip` has used up its failed logins in this window (checked before the credential). */
  check(ip: string): { retryAfterS: number } | undefined;
  /** Counts a refused credential; returns the 429 to answer instead of the 401 once over the limit. */
  fail(ip: string): Promise<{ retryAfterS: number } | undefined>;
  max: number;
}

/**
 * Failed logins per client address (after trustProxy). Once an address is over the limit its
 * requests are refused before the credential is checked: answering 401 or 200 after the limit would
 * still tell a guesser which key is right.
 */
export function failedLogins(counter: Counter, max: number, windowMs: number): FailedLogins {
  const retry = (ttlMs: number) => ({ retryAfterS: Math.max(1, Math.ceil(ttlMs / 1000)) });
  return {
    max,
    check(ip) {
      const now = counter.peek(`fail:${ip}`);
      return now.count >= max ? retry(now.ttlMs) : undefined;
    },
    async fail(ip) {
      const hit = await counter.hit(`fail:${ip}`, windowMs);
      return hit.count > max ? retry(hit.ttlMs) : undefined;
    },
  };
}

export const failedLoginProblem = (max: number, retryAfterS: number) =>
  tooMany(max, 'mislukte aanmeldingen|failed logins', retryAfterS);

export default fp(rateLimitPlugin, {
  name: 'zorghub-rate-limit',
  fastify: '5.x',
  dependencies: ['zorghub-authentication'],
});
