// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { EntiteitCode } from '@zorghub/schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Queryable } from './db.js';

/** Roles, named as on the wire (Dutch). */
export const ROLES = [
  'beheerder', // operator admin
  'planner',
  'jobcoach',
  'medewerker', // worker
  'zorgorganisatie', // care organisation
  'financier', // funder
  'particulier', // a private household, on its own pages (one huishoudenId, see routes/households.ts)
] as const;
export type Role = (typeof ROLES)[number];
export const OPERATOR_ROLES: readonly Role[] = ['beheerder', 'planner', 'jobcoach'];

/** Who is calling; the tenant (hub and organisation) comes only from the credential. */
export interface Principal {
  id: string;
  hubId: string;
  orgId: string;
  role: Role;
  participantId?: string | null;
  /** Role particulier: the one household the credential belongs to (its scope). */
  huishoudenId?: string | null;
  via: 'api-key' | 'oidc';
}

export type AuditAction = 'read' | 'search' | 'create' | 'change' | 'delete' | 'export';

/** The entities whose records hold client or signal data: reading or changing them is access-logged. */
export const AUDITED_ENTITIES = [
  'client',
  'signaal',
  'bezoek',
  'huishouden',
] as const satisfies readonly EntiteitCode[];
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];
export const isAudited = (entity: string): entity is AuditedEntity =>
  (AUDITED_ENTITIES as readonly string[]).includes(entity);

export interface AuditInfo {
  action: AuditAction;
  objectType: AuditedEntity | 'export' | 'toegangslog' | 'apiSleutel';
  objectId?: string | null;
  clientId?: string | null;
  /** The clients whose data a list, search or export returned (for the access overview). */
  clientIds?: string[] | null;
}

export interface HandlerContext {
  req: FastifyRequest;
  reply: FastifyReply;
  principal: Principal;
  /** The database, or the request's transaction for POST/PUT/PATCH/DELETE. */
  q: Queryable;
  db: Db;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  /** Tells the access log what was touched (object id and client pseudonym). */
  audit(info: Partial<AuditInfo>): void;
}

export interface HandlerResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  contentType?: string;
}

export interface QueryParam {
  name: string;
  schema: Record<string, unknown>;
  description: string;
  required?: boolean;
  /** Still accepted, to be dropped in a next major version (OpenAPI `deprecated`). */
  deprecated?: boolean;
}

export interface RouteDef {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI form, below /api/v1: '/bezoeken/{id}'. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  roles: readonly Role[];
  query?: QueryParam[];
  body?: { schema: Record<string, unknown>; ref?: string; required?: boolean };
  /** Success status and its body schema (a $ref into components, or inline). */
  success: {
    status: number;
    description: string;
    schema?: Record<string, unknown>;
    contentType?: string;
    list?: boolean;
    /** false: a 201 without `Location`, for what has no address of its own (a session). */
    location?: false;
    /** A second success status with the same body (e.g. 201 when a run made something new, else 200). */
    other?: { status: number; description: string };
  };
  /**
   * When the route answers 409 (a duplicate id, a transition its status does not allow, an
   * overbooking). Only routes that say so document 409 (status-coverage-conflicts.test.ts makes
   * each one happen).
   */
  conflict?: string;
  /**
   * When the route answers 422 for a body that is valid by its schema (an unknown reference, a rule
   * across fields). A POST with a credential and Idempotency-Key documents 422 anyway: the same key
   * with another body.
   */
  unprocessable?: string;
  /** Set for routes that touch client or signal data: they write one access-log entry each. */
  audit?: AuditInfo;
  /** Whether the response carries an ETag and changes honour If-Match. */
  etag?: boolean;
  /** false: a POST that refuses Idempotency-Key (its answer must not be stored, e.g. a secret). */
  idempotency?: false;
  /** A route without path parameters that may still answer 404 (e.g. /regio without a region). */
  mayBeAbsent?: true;
  handler(ctx: HandlerContext): Promise<HandlerResult>;
}
