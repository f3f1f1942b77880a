// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildApp, createApiKey, loadRegionConfig } from '@zorghub/api';
import { builtAppDir } from '@zorghub/app';
import config from '../zorghub.config.ts';

describe('the API on the embedded database', () => {
  let dataDir: string;
  let app: Awaited<ReturnType<typeof buildApp>>;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'zorghub-api-test-'));
    app = await buildApp({ dataDir, logger: false });
    await app.ready();
  });

  after(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers the health check with 200', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
    assert.equal(response.statusCode, 200);
    assert.ok(response.headers['api-version'], 'every response carries an API-Version header');
  });

  it('publishes its OpenAPI document', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.json().openapi), /^3\.1/);
  });

  it('refuses a request without credentials for client data', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/clienten' });
    assert.ok([401, 403].includes(response.statusCode), `got ${response.statusCode}`);
  });
});

describe('the API with this project’s zorghub.config.ts (as npm start runs it)', () => {
  it('tells this region’s organisation, tariff and services at /api/v1/regio', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'zorghub-api-region-'));
    const { config: region } = await loadRegionConfig('zorghub.config.ts');
    const app = await buildApp({ dataDir, logger: false, region });
    try {
      const { apiKey } = await createApiKey(app.zorghub.db, {
        hubId: 'HUB',
        orgId: 'HUB',
        role: 'beheerder',
      });
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/regio',
        headers: { authorization: `Bearer ${apiKey}` },
      });
      assert.equal(response.statusCode, 200);
      const body = response.json();
      assert.equal(body.hubNaam, config.hub.name);
      assert.equal(body.gemeente, config.region.municipality);
      assert.equal(body.tarieven.uurtariefInCenten, Math.round(config.tariffs.hourly * 100));
      assert.deepEqual(
        body.diensten.map((d: { dienstsoort: string }) => d.dienstsoort),
        config.services,
      );
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the hub app at /app/ (as npm start serves it)', () => {
  it('is installed, built, and served on the same origin as the API', async () => {
    const appDir = builtAppDir();
    assert.ok(appDir, '@zorghub/app is installed with its built app (dist/index.html)');
    const dataDir = await mkdtemp(join(tmpdir(), 'zorghub-app-'));
    const app = await buildApp({ dataDir, logger: false, appDir });
    try {
      const response = await app.inject({ method: 'GET', url: '/app/' });
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^text\/html/);
      assert.match(response.body, /<div id="root">/);
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
