import { componentName, entitySchema, STORED_ENTITIES } from '../standard.js';
import type { RouteDef } from '../types.js';
import { createSchema, crudRoutes, type EntityConfig } from './crud.js';
import { type Columns, mustExist } from './store.js';
import { signalConfig, workRoutes } from './work.js';

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const cols = (c: Partial<Columns>): Columns => ({
  careOrgId: null,
  clientId: null,
  participantId: null,
  parentId: null,
  ...c,
});

export const ENTITY_CONFIGS: EntityConfig[] = [
  {
    entity: 'organisatie',
    path: 'organisaties',
    tag: 'Organisaties',
    titleNl: 'Organisaties',
    read: {
      beheerder: 'hub',
      planner: 'hub',
      jobcoach: 'hub',
      zorgorganisatie: 'self',
      financier: 'self',
    },
    write: { beheerder: 'hub' },
    columns: async (_q, _hub, d) => cols({ careOrgId: str(d.id) }),
  },
  {
    entity: 'dienst',
    path: 'diensten',
    tag: 'Diensten',
    titleNl: 'Diensten',
    read: {
      beheerder: 'hub',
      planner: 'hub',
      jobcoach: 'hub',
      medewerker: 'hub',
      zorgorganisatie: 'hub',
    },
    write: { beheerder: 'hub' },
    columns: async () => cols({}),
  },
  {
    entity: 'abonnement',
    path: 'abonnementen',
    tag: 'Abonnementen',
    titleNl: 'Abonnementen',
    read: { beheerder: 'hub', planner: 'hub', zorgorganisatie: 'careOrg' },
    write: { beheerder: 'hub' },
    columns: async (q, hub, d) => {
      await mustExist(q, hub, 'organisatie', d.afnemerOrganisatieId, 'afnemerOrganisatieId');
      return cols({ careOrgId: str(d.afnemerOrganisatieId) });
    },
  },
  {
    entity: 'client',
    path: 'clienten',
    tag: 'Cliënten',
    titleNl: 'Cliënten',
    read: { beheerder: 'hub', planner: 'hub', zorgorganisatie: 'careOrg' },
    write: { beheerder: 'hub', planner: 'hub', zorgorganisatie: 'careOrg' },
    audit: 'client',
    filters: [
      {
        name: 'abonnementId',
        column: 'parent_id',
        description: 'Alleen cliënten onder dit abonnement / Only clients under this subscription',
      },
    ],
    async beforeWrite(ctx, data) {
      if (ctx.principal.role === 'zorgorganisatie' && data.zorgorganisatieId === undefined)
        data.zorgorganisatieId = ctx.principal.orgId;
    },
    columns: async (q, hub, d) => {
      await mustExist(q, hub, 'organisatie', d.zorgorganisatieId, 'zorgorganisatieId');
      await mustExist(q, hub, 'abonnement', d.abonnementId, 'abonnementId');
      return cols({
        careOrgId: str(d.zorgorganisatieId),
        clientId: str(d.id),
        parentId: str(d.abonnementId),
      });
    },
  },
  {
    entity: 'deelnemer',
    path: 'deelnemers',
    tag: 'Deelnemers',
    titleNl: 'Deelnemers (medewerkers)',
    read: { beheerder: 'hub', planner: 'hub', jobcoach: 'hub', medewerker: 'participant' },
    write: { beheerder: 'hub', jobcoach: 'hub' },
    columns: async (_q, _hub, d) => cols({ participantId: str(d.id) }),
  },
  {
    entity: 'training',
    path: 'trainingen',
    tag: 'Deelnemers',
    titleNl: 'Trainingen',
    read: { beheerder: 'hub', jobcoach: 'hub', medewerker: 'participant' },
    write: { beheerder: 'hub', jobcoach: 'hub' },
    filters: [
      {
        name: 'deelnemerId',
        column: 'participant_id',
        description: 'Alleen van deze deelnemer / Only this participant',
      },
    ],
    columns: async (q, hub, d) => {
      await mustExist(q, hub, 'deelnemer', d.deelnemerId, 'deelnemerId');
      return cols({ participantId: str(d.deelnemerId) });
    },
  },
  {
    entity: 'coachingcontact',
    path: 'coachingcontacten',
    tag: 'Deelnemers',
    titleNl: 'Coachingcontacten',
    read: { beheerder: 'hub', jobcoach: 'hub', medewerker: 'participant' },
    write: { beheerder: 'hub', jobcoach: 'hub' },
    filters: [
      {
        name: 'deelnemerId',
        column: 'participant_id',
        description: 'Alleen van deze deelnemer / Only this participant',
      },
    ],
    columns: async (q, hub, d) => {
      await mustExist(q, hub, 'deelnemer', d.deelnemerId, 'deelnemerId');
      return cols({ participantId: str(d.deelnemerId) });
    },
  },
  {
    entity: 'uitkomst',
    path: 'uitkomsten',
    tag: 'Uitkomsten',
    titleNl: 'Uitkomsten',
    read: { beheerder: 'hub', jobcoach: 'hub' },
    write: { beheerder: 'hub', jobcoach: 'hub' },
    filters: [
      {
        name: 'deelnemerId',
        column: 'participant_id',
        description: 'Alleen van deze deelnemer / Only this participant',
      },
    ],
    columns: async (q, hub, d) => {
      await mustExist(q, hub, 'deelnemer', d.deelnemerId, 'deelnemerId');
      return cols({ participantId: str(d.deelnemerId) });
    },
  },
];

export function allRoutes(): RouteDef[] {
  return [...ENTITY_CONFIGS.flatMap(crudRoutes), ...workRoutes()];
}

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
  return out;
}
