// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * What the public household routes (sign-up, sign-in link) need without a credential: which hub
 * they belong to, the tariff and notice period of a new subscription, the app's address for links,
 * and a limit per client address that every API process on one database shares.
 */

import type { PeriodeEenheidCode } from '@zorghub/schemas';
import { hourlyCents } from '../config/region.js';
import { problem } from '../problem.js';
import type { HandlerContext } from '../types.js';

/** How a deployment takes sign-ups from the public (ZorghubApiOptions.signup). */
export interface SignupOptions {
  /** The hub (its operator organisation id) sign-ups go to; default: the database's only hub. */
  hubId?: string;
  /** Tariff per hour in cents; default: the region configuration's hourly tariff. */
  hourlyCents?: number;
  /** Notice period of a new subscription in days (default 30). */
  noticeDays?: number;
  /** The app's public address, for the links in messages (default `/app`). */
  appUrl?: string;
  /** Public requests per address per window (default 10 per 10 minutes; reads of the offer 10×). */
  max?: number;
  /**
   * The hour bundles the sign-up page offers (GET /aanbod); default 4, 8 and 16 hours a month.
   * Each is priced at the hourly tariff.
   */
  packages?: Array<{ aantalPerPeriode: number; periodeEenheid: PeriodeEenheidCode }>;
  windowMs?: number;
}

export interface SignupSettings {
  hubId: string;
  hourlyCents: number;
  noticeDays: number;
  appUrl: string;
}

/** The settings for this request's hub; 503 with what to configure when they cannot be known. */
export async function signupSettings(ctx: HandlerContext): Promise<SignupSettings> {
  const state = ctx.req.server.zorghub;
  const o = state.signup ?? {};
  let hubId = o.hubId;
  if (!hubId) {
    const { rows } = await ctx.q.query<{ hub_id: string }>(
      "SELECT DISTINCT hub_id FROM records WHERE entity = 'organisatie' AND id = hub_id ORDER BY hub_id LIMIT 2",
    );
    if (rows.length === 1) hubId = rows[0]!.hub_id;
  }
  const cents = o.hourlyCents ?? (state.region ? hourlyCents(state.region) : undefined);
  if (!hubId || cents === undefined)
    throw problem(
      503,
      'Aanmelden is niet ingericht: geef de hub en een uurtarief op (zorghubApi-optie signup, of een regioconfiguratie met uurtarief) / Sign-up is not configured: set the hub and an hourly tariff (option signup, or a region configuration)',
    );
  return { hubId, hourlyCents: cents, noticeDays: o.noticeDays ?? 30, appUrl: o.appUrl ?? '/app' };
}

/**
 * Counts a public request of `kind` from the client address (after trustProxy) and refuses it with
 * 429 once the address is over the limit. On PostgreSQL counted outside the request's
 * transaction, so a refused or invalid attempt counts too; on PGlite (one process, one connection)
 * inside it. `factor` multiplies the limit (a read of the offer is cheaper than a sign-up).
 */
export async function publicLimit(ctx: HandlerContext, kind: string, factor = 1): Promise<void> {
  const o = ctx.req.server.zorghub.signup ?? {};
  const max = (o.max ?? 10) * factor;
  const windowMs = o.windowMs ?? 600_000;
  // PGlite has one connection, held by the request's transaction: count in that transaction there.
  const q = ctx.db.kind === 'pg' ? ctx.db : ctx.q;
  const { rows } = await q.query<{ hits: number; ttl_ms: number }>(
    `INSERT INTO rate_limit_counts (key, hits, window_end)
       VALUES ($1, 1, now() + make_interval(secs => $2::float8 / 1000))
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN rate_limit_counts.window_end <= now() THEN 1 ELSE rate_limit_counts.hits + 1 END,
       window_end = CASE WHEN rate_limit_counts.window_end <= now()
                         THEN now() + make_interval(secs => $2::float8 / 1000)
                         ELSE rate_limit_counts.window_end END
     RETURNING hits, (extract(epoch FROM window_end - now()) * 1000)::float8 AS ttl_ms`,
    [`public:${kind}:${ctx.req.ip}`, windowMs],
  );
  const hit = rows[0]!;
  if (hit.hits > max) {
    const retry = Math.max(1, Math.ceil(hit.ttl_ms / 1000));
    ctx.reply.header('retry-after', String(retry));
    throw problem(
      429,
      `Te veel verzoeken vanaf dit adres: maximaal ${max} per ${Math.round(windowMs / 60_000)} minuten; probeer het over ${retry} s opnieuw / Too many requests from this address; retry after ${retry} s`,
    );
  }
}
