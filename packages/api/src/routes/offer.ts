// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * GET /aanbod: what the hub offers private households, for the public sign-up page (no credential,
 * limited per client address like the other public routes, at ten times the sign-up's limit since
 * it only reads). The hour bundles come from the deployment's sign-up options (default 4, 8 and 16
 * hours a month), each priced at the hourly tariff; the services are the hub's own `dienst`
 * records. Nothing in it is personal data.
 */
import type { AbonnementsvormCode, PeriodeEenheidCode } from '@zorghub/schemas';
import { publicLimit, signupSettings } from '../households/public.js';
import { entitySchema } from '../standard.js';
import type { RouteDef } from '../types.js';

const HOURS: AbonnementsvormCode = 'urenbundel';
const MONTH: PeriodeEenheidCode = 'maand';
/** The bundles when the deployment names none: hours per month. */
export const DEFAULT_PACKAGES = [4, 8, 16].map((n) => ({
  aantalPerPeriode: n,
  periodeEenheid: MONTH,
}));

const subscription = entitySchema('abonnement').properties as Record<string, object>;
const service = entitySchema('dienst').properties as Record<string, object>;
const int = (description: string) => ({ type: 'integer', minimum: 0, description });

const offerSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['uurtariefInCenten', 'opzegtermijnDagen', 'pakketten', 'diensten'],
  properties: {
    uurtariefInCenten: int('Uurtarief in centen, incl. btw / Hourly tariff in cents'),
    opzegtermijnDagen: int('Opzegtermijn van een nieuw abonnement / Notice period in days'),
    pakketten: {
      type: 'array',
      description: 'De urenbundels die een huishouden kan kiezen / The hour bundles on offer',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'abonnementsvorm',
          'aantalPerPeriode',
          'periodeEenheid',
          'prijsPerPeriodeInCenten',
        ],
        properties: {
          abonnementsvorm: subscription.abonnementsvorm!,
          aantalPerPeriode: subscription.aantalPerPeriode!,
          periodeEenheid: subscription.periodeEenheid!,
          prijsPerPeriodeInCenten: int('Prijs per periode in centen / Price per period in cents'),
        },
      },
    },
    diensten: {
      type: 'array',
      description:
        'De diensten van de hub (te kiezen als dienstIds) / The hub’s services (dienstIds)',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'dienstsoort', 'naam'],
        properties: {
          id: service.id!,
          dienstsoort: service.dienstsoort!,
          naam: service.naam!,
          omschrijving: service.omschrijving!,
          standaardDuurMinuten: service.standaardDuurMinuten!,
        },
      },
    },
  },
};

export function offerRoute(): RouteDef {
  return {
    method: 'GET',
    path: '/aanbod',
    operationId: 'getAanbod',
    summary:
      'Het aanbod van de hub voor huishoudens (openbaar, zonder inlog) / The hub’s offer for households (public)',
    description:
      'Openbaar; per adres beperkt (429). De urenbundels met hun prijs (uurtarief × uren), de opzegtermijn en de diensten van de hub, voor de aanmeldpagina. Bevat geen persoonsgegevens. / Public; limited per address. The hour bundles with their price, the notice period and the hub’s services, for the sign-up page. Holds no personal data.',
    tag: 'Huishoudens',
    roles: [],
    success: { status: 200, description: 'Het aanbod / The offer', schema: offerSchema },
    async handler(ctx) {
      await publicLimit(ctx, 'aanbod', 10);
      const settings = await signupSettings(ctx);
      const packages = ctx.req.server.zorghub.signup?.packages ?? DEFAULT_PACKAGES;
      const { rows } = await ctx.q.query<{ data: Record<string, unknown> }>(
        "SELECT data FROM records WHERE hub_id = $1 AND entity = 'dienst' ORDER BY data->>'naam', id",
        [settings.hubId],
      );
      const fields = ['id', 'dienstsoort', 'naam', 'omschrijving', 'standaardDuurMinuten'];
      return {
        headers: { 'cache-control': 'public, max-age=300' },
        body: {
          uurtariefInCenten: settings.hourlyCents,
          opzegtermijnDagen: settings.noticeDays,
          pakketten: packages.map((p) => ({
            abonnementsvorm: HOURS,
            aantalPerPeriode: p.aantalPerPeriode,
            periodeEenheid: p.periodeEenheid,
            prijsPerPeriodeInCenten: p.aantalPerPeriode * settings.hourlyCents,
          })),
          diensten: rows.map((r) =>
            Object.fromEntries(
              fields.filter((f) => r.data[f] !== undefined).map((f) => [f, r.data[f]]),
            ),
          ),
        },
      };
    },
  };
}
