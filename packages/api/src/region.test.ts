// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The API started with a region's zorghub.config.ts (ZORGHUB_CONFIG), over HTTP: its identity at
 * /regio, the configured hourly tariff in a new subscription and the invoice run, and only the
 * configured services. The same server without a configuration behaves as before.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { insertRecord, type Keys, seedTenants } from './test-support/harness.js';
import { configSource, regionProject } from './test-support/region-project.js';

const project = regionProject();
const configFile = project.write(configSource());

async function listen(env: Record<string, string | undefined>) {
  const saved = { ZORGHUB_CONFIG: process.env.ZORGHUB_CONFIG };
  Object.assign(process.env, env);
  if (env.ZORGHUB_CONFIG === undefined) delete process.env.ZORGHUB_CONFIG;
  let app: FastifyInstance;
  try {
    app = await buildApp({ dataDir: 'memory://', rateLimit: false });
  } finally {
    if (saved.ZORGHUB_CONFIG === undefined) delete process.env.ZORGHUB_CONFIG;
    else process.env.ZORGHUB_CONFIG = saved.ZORGHUB_CONFIG;
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const keys = (await seedTenants(app)).A;
  const call = async (key: keyof Keys, method: string, path: string, body?: unknown) => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${keys[key]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  return { app, call };
}

const subscription = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  aanbiederId: 'HUB-A',
  afnemersoort: 'organisatie',
  afnemerOrganisatieId: 'OZ-A1',
  abonnementsvorm: 'urenbundel',
  aantalPerPeriode: 40,
  periodeEenheid: 'maand',
  tariefeenheid: 'uur',
  startDatum: '2024-01-01',
  ...extra,
});

describe('the API with a region configuration', () => {
  let server: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    server = await listen({ ZORGHUB_CONFIG: configFile });
  });
  afterAll(async () => {
    await server?.app.close();
    project.remove();
  });

  it('tells its organisation, region, tariff and services at /regio, to every role', async () => {
    const { status, body } = await server.call('planner', 'GET', '/regio');
    expect(status).toBe(200);
    expect(body).toEqual({
      hubNaam: 'Zorghub Teststad',
      gemeente: 'Teststad',
      gemeentecode: 'GM0999',
      sociaalWerkbedrijf: 'Werkbedrijf Test',
      organisatiesoorten: ['ouderenzorg'],
      // Labels from the standard's dienstsoort codelist.
      diensten: [
        { dienstsoort: 'gezelschap', naam: 'Gezelschap en een praatje' },
        { dienstsoort: 'wandelen', naam: 'Wandelen of buiten zijn' },
      ],
      tarieven: { uurtariefInCenten: 4150, valuta: 'EUR', prijsjaar: 2026 },
    });
    expect((await server.call('financier', 'GET', '/regio')).status).toBe(200);
  });

  it('charges the configured hourly tariff in the invoice run', async () => {
    const created = await server.call('beheerder', 'POST', '/abonnementen', subscription('AB-R1'));
    expect(created.status).toBe(201);
    expect(created.body.tariefInCenten).toBe(4150);
    // A tariff in the request is the contract's: kept.
    const own = await server.call(
      'beheerder',
      'POST',
      '/abonnementen',
      subscription('AB-R2', { tariefInCenten: 3000 }),
    );
    expect(own.body.tariefInCenten).toBe(3000);
    // Another unit has no tariff in the configuration: still required.
    const perVisit = await server.call(
      'beheerder',
      'POST',
      '/abonnementen',
      subscription('AB-R3', { tariefeenheid: 'dienst', abonnementsvorm: 'dienstenbundel' }),
    );
    expect(perVisit.status).toBe(422);
    expect(perVisit.body.invalidParams).toEqual([
      expect.objectContaining({ name: 'tariefInCenten' }),
    ]);

    for (const [id, sub, start, end] of [
      ['BZ-R1', 'AB-R1', '2024-03-05T09:00:00+01:00', '2024-03-05T11:30:00+01:00'],
      ['BZ-R2', 'AB-R2', '2024-03-06T09:00:00+01:00', '2024-03-06T10:00:00+01:00'],
    ] as const)
      await insertRecord(server.app.zorghub.db, 'HUB-A', 'bezoek', {
        id,
        clientId: 'CL-A1',
        deelnemerId: 'DN-A1',
        abonnementId: sub,
        dienstId: 'DI-A',
        geplandStartOp: start,
        geplandEindOp: end,
        status: 'uitgevoerd',
      });
    const run = await server.call('beheerder', 'POST', '/facturen/_genereer', { maand: '2024-03' });
    expect(run.status).toBe(201);
    expect(run.body.aangemaakt).toEqual(
      expect.arrayContaining(['FA-2024-03-AB-R1', 'FA-2024-03-AB-R2']),
    );
    const invoice = await server.call('beheerder', 'GET', '/facturen/FA-2024-03-AB-R1');
    expect(invoice.body.regels[0]).toMatchObject({ aantal: 2.5, prijsPerEenheidInCenten: 4150 });
    expect(invoice.body.totaalExclBtwInCenten).toBe(10375);
    const contract = await server.call('beheerder', 'GET', '/facturen/FA-2024-03-AB-R2');
    expect(contract.body.regels[0].prijsPerEenheidInCenten).toBe(3000);
  });

  it('adds only the services the configuration offers', async () => {
    const offered = await server.call('beheerder', 'POST', '/diensten', {
      id: 'DI-R1',
      dienstsoort: 'wandelen',
      naam: 'Samen wandelen',
    });
    expect(offered.status).toBe(201);
    const other = await server.call('beheerder', 'POST', '/diensten', {
      id: 'DI-R2',
      dienstsoort: 'kleineKlusjes',
      naam: 'Klusjes',
    });
    expect(other.status).toBe(422);
    expect(other.body.detail).toMatch(/kleineKlusjes.*gezelschap, wandelen/);
    expect(other.body.invalidParams).toEqual([
      { name: 'dienstsoort', code: 'enum', reason: 'expected one of gezelschap, wandelen' },
    ]);
  });
});

describe('the API without a region configuration', () => {
  let server: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    server = await listen({ ZORGHUB_CONFIG: undefined });
  });
  afterAll(async () => server?.app.close());

  it('has no /regio, wants a tariff in every subscription and takes any service', async () => {
    const region = await server.call('beheerder', 'GET', '/regio');
    expect(region.status).toBe(404);
    expect(region.body.detail).toMatch(/zonder regioconfiguratie/);
    const sub = await server.call('beheerder', 'POST', '/abonnementen', subscription('AB-N1'));
    expect(sub.status).toBe(422);
    expect(sub.body.detail).toMatch(/geen regioconfiguratie/);
    const service = await server.call('beheerder', 'POST', '/diensten', {
      id: 'DI-N1',
      dienstsoort: 'kleineKlusjes',
      naam: 'Klusjes',
    });
    expect(service.status).toBe(201);
  });
});
