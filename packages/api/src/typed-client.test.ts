// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFor, type Keys, seedTenants } from './test-support/harness.js';

// A region's developer generates a client from the published document and calls the API with it.
// This does that: openapi-typescript turns GET /openapi.json into types, the journey in
// test-support/typed-client/journey.ts is type-checked against them (tsc --strict) and then runs
// over HTTP against a listening server. A route, field or status the document gets wrong fails
// either the type check or the run.
const require = createRequire(import.meta.url);
const HERE = dirname(new URL(import.meta.url).pathname);
const WORK = resolve(HERE, '../.zorghub');

describe('a client generated from the OpenAPI document (openapi-typescript + openapi-fetch)', () => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  let baseUrl: string;
  let dir: string;
  beforeAll(async () => {
    ctx = await appFor('pglite', 'typed_client', {
      rateLimit: { max: 100_000, timeWindow: 60_000 },
    });
    keys = await seedTenants(ctx.app);
    // TEST_PORT lets a shared machine give each developer a range; 0 picks a free port.
    const address = await ctx.app.listen({
      port: Number(process.env.TEST_PORT ?? 0),
      host: '127.0.0.1',
    });
    baseUrl = `${address}/api/v1`;
    mkdirSync(WORK, { recursive: true });
    dir = mkdtempSync(join(WORK, 'typed-client-'));
  }, 240_000);
  afterAll(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    await ctx?.close();
  });

  it('type-checks the journey against the generated types and runs it', async () => {
    // The document as the server publishes it, not as the source builds it.
    const published = await fetch(`${baseUrl}/openapi.json`);
    expect(published.status).toBe(200);
    const types = astToString(await openapiTS((await published.json()) as never));
    writeFileSync(join(dir, 'zorghub-api.ts'), types);
    copyFileSync(join(HERE, 'test-support/typed-client/journey.ts'), join(dir, 'journey.ts'));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023', 'DOM'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: true,
          noEmit: true,
          types: ['node'],
        },
        include: ['*.ts'],
      }),
    );
    const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc');
    let diagnostics = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      diagnostics = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(diagnostics).toBe('');

    const { journey } = (await import(pathToFileURL(join(dir, 'journey.ts')).href)) as {
      journey: (url: string, keys: Record<string, string>) => Promise<string[]>;
    };
    const steps = await journey(baseUrl, {
      planner: keys.A.planner,
      medewerker: keys.A.medewerker,
      zorgorganisatie: keys.A.zorgorganisatie,
      beheerder: keys.A.beheerder,
    });
    expect(steps).toEqual([
      'client',
      'book',
      'perform',
      'signal',
      'acknowledge',
      'invoice',
      'read back',
    ]);
  }, 240_000);
});
