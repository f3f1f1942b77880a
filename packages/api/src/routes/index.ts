// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The route table: every resource's routes in the order the OpenAPI document lists them, and the
 * component schemas they refer to. To add a resource, write `routes/<resource>.ts` exporting its
 * `RouteDef[]` and add it here.
 */
import type { EntiteitCode } from '@zorghub/schemas';
import type { RegionConfig } from '../config/region.js';
import { componentName, entitySchema, STORED_ENTITIES } from '../standard.js';
import type { RouteDef } from '../types.js';
import { accessOverviewRoute } from './access-overview.js';
import { aggregateRoute } from './aggregates.js';
import { apiKeyRoutes } from './api-keys.js';
import { clientRoutes } from './clients.js';
import { coachingContactRoutes } from './coaching-contacts.js';
import { consentRoutes } from './consents.js';
import { createSchema } from './crud.js';
import { directDebitRoute } from './direct-debits.js';
import { exportRoute } from './exports.js';
import { householdSessionRoutes } from './household-sessions.js';
import { householdRoutes } from './households.js';
import { invoiceRoutes } from './invoices.js';
import { mandateRoutes } from './mandates.js';
import { monitoringRoute } from './monitoring.js';
import { offerRoute } from './offer.js';
import { organisationRoutes } from './organisations.js';
import { outboxRoute } from './outbox.js';
import { outcomeRoutes } from './outcomes.js';
import { packageExportRoute } from './package-export.js';
import { participantRoutes } from './participants.js';
import { regionRoute } from './region.js';
import { retentionRoute } from './retention.js';
import { serviceRoutes } from './services.js';
import { sessionRoute } from './session.js';
import { signalConfig, signalRoutes } from './signals.js';
import { signupRoute, signupSchema } from './signups.js';
import { subscriptionLifecycleRoutes } from './subscription-lifecycle.js';
import { subscriptionConfig, subscriptionRoutes } from './subscriptions.js';
import { timesheetRoutes } from './timesheets.js';
import { trainingRoutes } from './trainings.js';
import { visitRoutes } from './visits.js';

/** With a region configuration, subscriptions and services follow it (see config/region.ts). */
export function allRoutes(region?: RegionConfig): RouteDef[] {
  return [
    ...organisationRoutes(),
    ...serviceRoutes(region),
    ...subscriptionRoutes(region),
    ...subscriptionLifecycleRoutes(),
    ...clientRoutes(),
    ...participantRoutes(),
    ...trainingRoutes(),
    ...coachingContactRoutes(),
    ...outcomeRoutes(),
    ...visitRoutes(),
    ...signalRoutes(),
    ...timesheetRoutes(),
    ...invoiceRoutes(),
    ...householdRoutes(),
    offerRoute(),
    signupRoute(),
    ...consentRoutes(),
    ...mandateRoutes(),
    ...householdSessionRoutes(),
    outboxRoute(),
    directDebitRoute(),
    packageExportRoute(),
    exportRoute(),
    aggregateRoute(),
    monitoringRoute(),
    accessOverviewRoute(),
    retentionRoute(),
    ...apiKeyRoutes(),
    sessionRoute(),
    regionRoute(region),
  ];
}

/** The schemas under components/schemas: one per stored entity, and the create variants. */
export function componentSchemas(): Record<string, object> {
  const out: Record<string, object> = {};
  for (const e of STORED_ENTITIES) {
    // Examples stay in the standard; a few example values trip a path-matching ADR rule ("post…").
    const {
      $schema: _s,
      $id: _i,
      examples: _x,
      ...rest
    } = entitySchema(e) as Record<string, unknown>;
    out[componentName(e)] = rest;
  }
  const { schema } = createSchema(signalConfig);
  out.SignaalNieuw = schema;
  out.AbonnementNieuw = createSchema(subscriptionConfig).schema;
  // Private households (issue 17) and their consents and mandates: stored, never exported, so not
  // among STORED_ENTITIES.
  for (const e of [
    'huishouden',
    'toestemming',
    'machtiging',
  ] as const satisfies readonly EntiteitCode[]) {
    const {
      $schema: _s,
      $id: _i,
      examples: _x,
      ...rest
    } = entitySchema(e) as Record<string, unknown>;
    out[componentName(e)] = rest;
  }
  out.Aanmelding = signupSchema;
  return out;
}
