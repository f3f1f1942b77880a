// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** /sessie: who the credential belongs to (role, organisation, worker), so the app can show the right pages. */
import { ROLES, type RouteDef } from '../types.js';

export function sessionRoute(): RouteDef {
  return {
    method: 'GET',
    path: '/sessie',
    operationId: 'getSessie',
    summary:
      'Wie ben ik: rol en organisatie van de inlog / Who am I: role and organisation of the credential',
    tag: 'Beheer',
    roles: ROLES,
    success: {
      status: 200,
      description: 'De rol en organisatie van de inlog / The credential’s role and organisation',
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['rol', 'organisatieId', 'hubId'],
        properties: {
          rol: { type: 'string', enum: [...ROLES], description: 'Rol / Role' },
          organisatieId: { type: 'string', description: 'Organisatie / Organisation' },
          hubId: { type: 'string', description: 'Hub' },
          deelnemerId: { type: 'string', description: 'Medewerker (rol medewerker) / Worker' },
          huishoudenId: {
            type: 'string',
            description: 'Huishouden (rol particulier) / Household (role particulier)',
          },
        },
      },
    },
    async handler(ctx) {
      const p = ctx.principal;
      return {
        body: {
          rol: p.role,
          organisatieId: p.orgId,
          hubId: p.hubId,
          ...(p.participantId ? { deelnemerId: p.participantId } : {}),
          ...(p.huishoudenId ? { huishoudenId: p.huishoudenId } : {}),
        },
      };
    },
  };
}
