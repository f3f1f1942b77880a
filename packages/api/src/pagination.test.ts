// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Keyset pagination: every row once, stable under concurrent inserts, tampered cursors refused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from './index.js';
import { appFor, DATABASES, insertRecord, type Keys, seedTenants } from './test-support/harness.js';

const EXTRA = 47;

const visit = (id: string, t = 'A1') => ({
  id,
  clientId: `CL-${t}`,
  deelnemerId: `DN-${t}`,
  abonnementId: `AB-${t}`,
  dienstId: 'DI-A',
  geplandStartOp: '2024-03-05T10:00:00+01:00',
  geplandEindOp: '2024-03-05T11:00:00+01:00',
  status: 'gepland',
});

/** The targets of a Link header by relation. */
function links(header: string | string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of String(header ?? '').split(/,\s*(?=<)/)) {
    const m = /^<([^>]+)>;\s*rel="(\w+)"$/.exec(part.trim());
    if (m) out[m[2]!] = m[1]!;
  }
  return out;
}

describe.each(DATABASES)('keyset pagination on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    ctx = await appFor(kind, 'pagination', { rateLimit: false });
    keys = await seedTenants(ctx.app);
    for (let i = 0; i < EXTRA; i++)
      await insertRecord(
        ctx.app.zorghub.db,
        'HUB-A',
        'bezoek',
        visit(`BZ-K${String(i).padStart(3, '0')}`, i % 3 ? 'A1' : 'A2'),
      );
  });
  afterAll(async () => ctx.close());

  const get = (url: string, role: keyof Keys = 'planner') =>
    ctx.app.inject({ url, headers: { authorization: `Bearer ${keys.A[role]}` } });

  async function allIds(careOrg?: string): Promise<string[]> {
    const params: unknown[] = ['HUB-A'];
    let where = "hub_id = $1 AND entity = 'bezoek'";
    if (careOrg) {
      params.push(careOrg);
      where += ' AND care_org_id = $2';
    }
    const { rows } = await ctx.app.zorghub.db.query<{ id: string }>(
      `SELECT id FROM records WHERE ${where}`,
      params,
    );
    return rows.map((r) => r.id).sort();
  }

  /** Follows rel="next" from the first page; `between` runs after each page. */
  async function walk(first: string, role: keyof Keys = 'planner', between?: () => Promise<void>) {
    const seen: string[] = [];
    const pages: Array<{ pagina: number; ids: string[]; link: Record<string, string> }> = [];
    let url: string | undefined = first;
    while (url) {
      const r = await get(url, role);
      expect(r.statusCode, r.body).toBe(200);
      const body = r.json() as {
        resultaten: Array<{ id: string }>;
        pagina: number;
        volgendeCursor: string | null;
      };
      const ids = body.resultaten.map((v) => v.id);
      seen.push(...ids);
      const link = links(r.headers.link);
      pages.push({ pagina: body.pagina, ids, link });
      expect(link.next === undefined).toBe(body.volgendeCursor === null);
      await between?.();
      url = link.next;
      expect(pages.length).toBeLessThan(100);
    }
    return { seen, pages };
  }

  it('shows every row exactly once across the pages, with numbered pages and prev links', async () => {
    const { seen, pages } = await walk('/api/v1/bezoeken?pageSize=10');
    expect([...seen].sort()).toEqual(await allIds());
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages.map((p) => p.pagina)).toEqual(pages.map((_, i) => i + 1));
    expect(pages[0]!.link.prev).toBeUndefined();
    expect(pages[0]!.link.next).toContain('cursor=');
    expect(pages[0]!.link.next).not.toContain('page=');
    // Back from the last page by rel="prev": the same pages in reverse.
    for (let i = pages.length - 1; i > 0; i--) {
      const r = await get(pages[i]!.link.prev!);
      expect(r.statusCode).toBe(200);
      expect(r.json().resultaten.map((v: { id: string }) => v.id)).toEqual(pages[i - 1]!.ids);
      expect(r.json().pagina).toBe(i);
    }
  });

  it('keeps the scope of the caller on every page', async () => {
    const { seen } = await walk('/api/v1/bezoeken?pageSize=7', 'zorgorganisatie');
    expect([...seen].sort()).toEqual(await allIds('OZ-A1'));
  });

  it('keeps filters in the cursor links', async () => {
    const { seen, pages } = await walk('/api/v1/bezoeken?pageSize=5&clientId=CL-A2');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]!.link.self).toContain('clientId=CL-A2');
    const { rows } = await ctx.app.zorghub.db.query<{ id: string }>(
      "SELECT id FROM records WHERE hub_id = 'HUB-A' AND entity = 'bezoek' AND client_id = 'CL-A2'",
    );
    expect([...seen].sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it('sees every row that was there once, in a stable order, while others are inserted', async () => {
    const before = await allIds();
    let n = 0;
    const { seen } = await walk('/api/v1/bezoeken?pageSize=6', 'planner', async () => {
      // One before everything seen so far and one after it: with OFFSET the first shifts a row
      // from this page onto the next, so it would be seen twice.
      n++;
      const db = ctx.app.zorghub.db;
      await insertRecord(db, 'HUB-A', 'bezoek', visit(`BZ-0${String(n).padStart(3, '0')}`));
      await insertRecord(db, 'HUB-A', 'bezoek', visit(`BZ-Z${String(n).padStart(3, '0')}`));
    });
    expect(new Set(seen).size).toBe(seen.length);
    const seenSet = new Set(seen);
    expect(before.filter((id) => !seenSet.has(id))).toEqual([]);
    // The order is the order of the whole list: each page continues where the previous stopped.
    const order = await allIds();
    const { rows } = await ctx.app.zorghub.db.query<{ id: string }>(
      "SELECT id FROM records WHERE hub_id = 'HUB-A' AND entity = 'bezoek' ORDER BY id",
    );
    expect(order.length).toBe(rows.length);
    const rank = new Map(rows.map((r, i) => [r.id, i]));
    const ranks = seen.map((id) => rank.get(id)!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('refuses a tampered, foreign or malformed cursor with a 400 naming the cursor', async () => {
    const first = await get('/api/v1/bezoeken?pageSize=4');
    const next = links(first.headers.link).next!;
    const cursor = new URL(next, 'http://x').searchParams.get('cursor')!;
    const [payload, check] = cursor.split('.');
    const decoded = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as { k: string };
    const forged = Buffer.from(JSON.stringify({ ...decoded, k: 'BZ-A1' })).toString('base64url');
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    const cases: Array<[string, RegExp]> = [
      [`/api/v1/bezoeken?pageSize=4&cursor=${forged}.${check}`, /gewijzigd|altered/],
      [`/api/v1/bezoeken?pageSize=4&cursor=${payload}.${flip(check!)}`, /gewijzigd|altered/],
      [`/api/v1/bezoeken?pageSize=5&cursor=${cursor}`, /pageSize/],
      [`/api/v1/bezoeken?pageSize=4&clientId=CL-A1&cursor=${cursor}`, /filter/],
      [`/api/v1/signalen?pageSize=4&cursor=${cursor}`, /another list/],
      ['/api/v1/bezoeken?cursor=nietsdan', /expected <data>\.<check>/],
      [`/api/v1/bezoeken?pageSize=4&page=2&cursor=${cursor}`, /not both/],
    ];
    for (const [url, message] of cases) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(400);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
      expect(r.json().detail).toMatch(message);
      expect(r.json().detail).toMatch(/cursor/);
      expect(r.body).not.toMatch(/\bat .+\.(ts|js):\d+/);
    }
    // Untouched, the cursor works.
    expect((await get(`/api/v1/bezoeken?pageSize=4&cursor=${cursor}`)).statusCode).toBe(200);
  });

  it('keeps the deprecated page parameter working with page links', async () => {
    const r = await get('/api/v1/bezoeken?page=2&pageSize=10');
    expect(r.statusCode).toBe(200);
    expect(r.json().pagina).toBe(2);
    const link = links(r.headers.link);
    expect(link.next).toContain('page=3');
    expect(link.prev).toContain('page=1');
    const byCursor = await walk('/api/v1/bezoeken?pageSize=10');
    expect(r.json().resultaten.map((v: { id: string }) => v.id)).toEqual(byCursor.pages[1]!.ids);
  });

  it('documents the cursor and marks page deprecated on every list route', async () => {
    const doc = (await openApiDocument()) as {
      paths: Record<
        string,
        {
          get?: {
            operationId: string;
            parameters: Array<Record<string, unknown>>;
            responses: Record<string, { headers?: Record<string, unknown> }>;
          };
        }
      >;
    };
    const lists = Object.values(doc.paths)
      .map((p) => p.get)
      .filter((op) => op?.responses['200']?.headers?.Link !== undefined);
    expect(lists.length).toBeGreaterThan(5);
    for (const op of lists) {
      const names = op!.parameters.map((p) => p.name);
      expect(names, op!.operationId).toContain('cursor');
      expect(op!.parameters.find((p) => p.name === 'page')?.deprecated).toBe(true);
    }
  });
});
