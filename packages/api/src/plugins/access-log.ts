// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The NEN 7513 access log: every attempt on a route with `config.audit` (client and signal data)
 * writes one entry, refused ones included — `geslaagd:<status>`, `geweigerd:<status>` (401/403/404),
 * `ongeldig:<status>` (400/413/415/422) or `mislukt:<status>`. A change is logged in its own
 * transaction (the entry commits with the change or not at all; its insert is sent with the
 * COMMIT). A read is answered only once its entry has committed: reads and refusals go through a
 * group commit (`access-log-writer.ts`), so concurrent reads share one transaction and one turn of
 * the chain's lock; the group still queued when the app closes is written before it closes. A
 * rate-limited request (429) is shed unread and not logged: logging it would let a flood
 * serialise the log's writers.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { insertAfter } from '../access-log-head.js';
import { accessLogWriter } from '../access-log-writer.js';
import {
  type AccessLogEntry,
  appendAccessLog,
  auditKeyFromEnv,
  lockChain,
  reportAccessLogWrites,
} from '../audit.js';
import type { Db } from '../db.js';
import { Problem } from '../problem.js';
import { checkPurpose, purposeOf } from '../purpose.js';
import { BASE } from '../routes/register.js';
import type { AuditInfo, Principal, RouteDef } from '../types.js';
import { onRoutesWhere } from './route-hooks.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Tells the access log what was touched (object id and client pseudonym). */
    audit(info: Partial<AuditInfo>): void;
  }
  interface FastifyContextConfig {
    /** Set on routes that touch client or signal data: one access-log entry per request. */
    audit?: AuditInfo;
  }
}

/** Who a refused, unauthenticated attempt is logged as (never the token it carried). */
export const ANONYMOUS = 'anoniem';
const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** An id as the log keeps it: what the caller sent is stored only when it is a well-formed id. */
const safeId = (id: string | null | undefined) =>
  typeof id === 'string' && SAFE_ID.test(id) ? id : null;

/** The access log's result: `ongeldig` for invalid input, `mislukt` for a server fault, else `geweigerd`. */
export function accessResult(status: number): string {
  if (status < 400) return `geslaagd:${status}`;
  if (status === 400 || status === 413 || status === 415 || status === 422)
    return `ongeldig:${status}`;
  if (status >= 500) return `mislukt:${status}`;
  return `geweigerd:${status}`;
}

interface State {
  info: AuditInfo;
  /** 'pending' until an entry is written; 'in-transaction' until that transaction commits. */
  written: 'no' | 'in-transaction' | 'yes';
}
const states = new WeakMap<FastifyRequest, State>();

function stateOf(req: FastifyRequest): State | undefined {
  const audit = req.routeOptions.config.audit;
  if (!audit) return undefined;
  let state = states.get(req);
  if (!state) {
    // Until the handler says more: the object in the path (a client's id is also its pseudonym).
    const id = (req.params as Record<string, unknown> | undefined)?.id;
    const objectId = typeof id === 'string' && SAFE_ID.test(id) ? id : null;
    state = {
      info: { ...audit, objectId, clientId: audit.objectType === 'client' ? objectId : null },
      written: 'no',
    };
    states.set(req, state);
  }
  return state;
}

export interface AccessLogOptions {
  db: Db;
}

/** The entry for one attempt by `principal` (undefined: unauthenticated) from address `origin`. */
function entryFor(
  p: Principal | undefined,
  origin: string,
  info: AuditInfo,
  status: number,
  purpose: string,
): AccessLogEntry {
  const clientIds = info.clientIds?.filter((id) => SAFE_ID.test(id));
  return {
    hubId: p?.hubId ?? ANONYMOUS,
    at: new Date().toISOString(),
    actor: p?.id ?? ANONYMOUS,
    actorOrg: p?.orgId ?? ANONYMOUS,
    actorRole: p?.role ?? ANONYMOUS,
    onBehalfOf: p?.orgId ?? ANONYMOUS,
    action: info.action,
    objectType: info.objectType,
    objectId: safeId(info.objectId),
    clientId: safeId(info.clientId),
    result: accessResult(status),
    origin,
    purpose,
    clientIds: clientIds ? [...new Set(clientIds)] : null,
  };
}

/**
 * Logs an attempt the router refused before any hook ran (a malformed escape, an over-long path
 * parameter) when its path and method are those of a logged route: those attempts are logged too.
 */
export function unroutedAccessLog(
  db: Db,
  routes: ReadonlyArray<Pick<RouteDef, 'method' | 'path' | 'audit'>>,
  authenticate: (headers: FastifyRequest['headers']) => Promise<Principal>,
) {
  const logged = routes
    .filter((r) => r.audit)
    .map((r) => ({
      method: r.method,
      audit: r.audit!,
      re: new RegExp(`^${BASE}${r.path.replace(/\{\w+\}/g, '[^/]*')}$`),
    }));
  return async (req: FastifyRequest, status: number) => {
    const path = req.url.split('?')[0] ?? '';
    const route = logged.find((r) => r.method === req.method && r.re.test(path));
    if (!route) return;
    const principal = await authenticate(req.headers).catch(() => undefined);
    await db
      .transaction((tx) =>
        appendAccessLog(
          tx,
          entryFor(
            principal,
            req.ip,
            { ...route.audit },
            status,
            purposeOf(req.headers, principal?.role),
          ),
        ),
      )
      .catch((e) =>
        req.log.error({ err: { message: String(e).slice(0, 200) } }, 'access log write failed'),
      );
  };
}

const accessLog: FastifyPluginAsync<AccessLogOptions> = async (app, { db }) => {
  const entry = (req: FastifyRequest, info: AuditInfo, status: number): AccessLogEntry =>
    entryFor(req.principal, req.ip, info, status, purposeOf(req.headers, req.principal?.role));
  const writer = accessLogWriter(db);
  // Entries still queued (requests answered after close began) are written before the db closes.
  app.addHook('onClose', async () => writer.flush());

  app.decorateRequest('audit', function audit(this: FastifyRequest, info: Partial<AuditInfo>) {
    const state = stateOf(this);
    if (state) state.info = { ...state.info, ...info };
  });

  onRoutesWhere(app, (route) => !!route.config?.audit, {
    preValidation: async (req: FastifyRequest) => checkPurpose(req.headers),
    preHandler: async (req: FastifyRequest) => {
      // A change: the entry is written in the request's transaction, just before it commits.
      const state = stateOf(req);
      const tx = req.transaction;
      if (!state || !tx) return;
      tx.commitWith(async (reply) => {
        // The chain's lock, held until the commit; the insert goes with the COMMIT (one round
        // trip less under the lock). The reads' next group is chained after it.
        const e = entry(req, state.info, reply.statusCode);
        const insert = insertAfter(await lockChain(tx.q), [e], auditKeyFromEnv());
        reportAccessLogWrites('written', [e]);
        writer.follow(insert.last);
        state.written = 'in-transaction';
        return insert.sql;
      });
    },
    onSend: async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      // A read: written before the answer leaves; if it cannot be written the read is not answered.
      const state = stateOf(req);
      if (state?.written !== 'no' || reply.statusCode >= 400) return payload;
      if (req.transaction) return payload; // written by the commit task
      await writer.append(entry(req, state.info, reply.statusCode));
      state.written = 'yes';
      return payload;
    },
    onError: async (req: FastifyRequest, _reply: FastifyReply, error: Error) => {
      // A refusal or failure, before or in the handler: its own entry, after the change was undone.
      const state = stateOf(req);
      if (!state) return;
      if (state.written === 'yes') return;
      if (state.written === 'in-transaction' && req.transaction?.committed) return;
      const status =
        error instanceof Problem
          ? error.status
          : ((error as { statusCode?: number }).statusCode ?? 500);
      if (status === 429) return;
      if (!req.principal && !req.authenticationFailed) {
        // Refused before authentication ran (unparseable body, wrong media type): who was it?
        req.principal = await app.authenticate(req.headers).catch(() => undefined);
      }
      state.written = 'yes';
      await writer
        .append(entry(req, state.info, status < 400 ? 500 : status))
        .catch((e) =>
          req.log.error({ err: { message: String(e).slice(0, 200) } }, 'access log write failed'),
        );
    },
  });
};

export default fp(accessLog, {
  name: 'zorghub-access-log',
  fastify: '5.x',
  dependencies: ['zorghub-authentication', 'zorghub-transaction'],
});
