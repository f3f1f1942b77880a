// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * /regio: who runs this hub and where, its hourly tariff and the services it offers, from the
 * region's zorghub.config.ts (ZORGHUB_CONFIG or `zorghub serve --config`). Without one: 404.
 */
import { codelists } from '@zorghub/schemas';
import { hourlyCents, type RegionConfig } from '../config/region.js';
import { problem } from '../problem.js';
import { ROLES, type RouteDef } from '../types.js';

const text = (description: string) => ({ type: 'string', description });

export function regionRoute(region: RegionConfig | undefined): RouteDef {
  return {
    method: 'GET',
    path: '/regio',
    operationId: 'getRegio',
    summary:
      'De regio van deze hub: organisatie, gemeente, uurtarief en diensten (uit zorghub.config.ts) / This hub’s region: organisation, municipality, hourly tariff and services',
    tag: 'Beheer',
    roles: ROLES,
    mayBeAbsent: true,
    success: {
      status: 200,
      description: 'De regioconfiguratie / The region configuration',
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['hubNaam', 'gemeente', 'sociaalWerkbedrijf', 'diensten', 'tarieven'],
        properties: {
          hubNaam: text('Naam van de hub / The hub’s name'),
          gemeente: text('Gemeente / Municipality'),
          gemeentecode: text('CBS-gemeentecode, GM en 4 cijfers / CBS municipality code'),
          sociaalWerkbedrijf: text('Sociaal werkbedrijf / Social enterprise'),
          organisatiesoorten: {
            type: 'array',
            description:
              'Soorten zorgorganisaties (codelijst organisatiesoort) / Care organisation kinds',
            items: { type: 'string' },
          },
          diensten: {
            type: 'array',
            description: 'Aangeboden diensten (codelijst dienstsoort) / Services offered',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['dienstsoort', 'naam'],
              properties: {
                dienstsoort: text('Code uit dienstsoort / Code of dienstsoort'),
                naam: text('Naam in de codelijst / Label in the codelist'),
              },
            },
          },
          tarieven: {
            type: 'object',
            additionalProperties: false,
            required: ['uurtariefInCenten', 'valuta', 'prijsjaar'],
            properties: {
              uurtariefInCenten: { type: 'integer', description: 'Uurtarief / Hourly tariff' },
              valuta: text('Valuta / Currency'),
              prijsjaar: { type: 'integer', description: 'Prijspeil / Price year' },
            },
          },
        },
      },
    },
    async handler() {
      if (!region)
        throw problem(
          404,
          'Deze server draait zonder regioconfiguratie (ZORGHUB_CONFIG of zorghub serve --config) / This server runs without a region configuration',
        );
      const labels = new Map(codelists.dienstsoort!.codes.map((c) => [c.code, c.labelNl]));
      return {
        body: {
          hubNaam: region.hub.name,
          gemeente: region.region.municipality,
          ...(region.region.municipalityCode
            ? { gemeentecode: region.region.municipalityCode }
            : {}),
          sociaalWerkbedrijf: region.partners.socialEnterprise,
          organisatiesoorten: region.partners.careOrganisationKinds,
          diensten: region.services.map((code) => ({
            dienstsoort: code,
            naam: labels.get(code) ?? code,
          })),
          tarieven: {
            uurtariefInCenten: hourlyCents(region),
            valuta: region.tariffs.currency,
            prijsjaar: region.tariffs.priceYear,
          },
        },
      };
    },
  };
}
