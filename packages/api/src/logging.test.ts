// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFor, DATABASES, type Keys, seedTenants } from './test-support/harness.js';

describe.each(DATABASES)('application logs on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  const lines: string[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    ctx = await appFor(kind, 'logging', {
      logger: { level: 'info', stream },
      rateLimit: { max: 100_000, timeWindow: 60_000 },
    });
    keys = await seedTenants(ctx.app);
  });
  afterAll(async () => ctx.close());

  it('are structured JSON without tokens, keys, query strings or health content', async () => {
    const secretOmschrijving = 'valt-vaak-en-is-verward';
    await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/signalen?clientId=CL-A1',
      headers: { authorization: `Bearer ${keys.A.medewerker}` },
      payload: {
        id: 'SG-A50',
        clientId: 'CL-A1',
        categorie: 'lichamelijk',
        urgentie: 'hoog',
        omschrijving: secretOmschrijving,
      },
    });
    await ctx.app.inject({
      url: '/api/v1/clienten/CL-A1',
      headers: { 'x-api-key': keys.A.planner },
    });
    await ctx.app.inject({
      url: '/api/v1/clienten',
      headers: { authorization: 'Bearer zh_fout-sleutel-123456' },
    });
    expect(lines.length).toBeGreaterThan(3);
    const all = lines.join('');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(all).toMatch(/"statusCode":20\d/);
    expect(all).not.toContain(keys.A.medewerker);
    expect(all).not.toContain(keys.A.planner);
    expect(all).not.toContain('zh_fout-sleutel');
    expect(all).not.toContain(secretOmschrijving);
    expect(all).not.toContain('lichamelijk');
    expect(all).not.toContain('clientId=');
  });
});
