// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listAll, nextLink } from './api';

afterEach(() => vi.unstubAllGlobals());

describe('cursor paging', () => {
  it('reads rel="next" from a Link header, whatever its place or other relations', () => {
    const link =
      '</api/v1/bezoeken?pageSize=2>; rel="self", </api/v1/bezoeken?pageSize=2>; rel="first", </api/v1/bezoeken?pageSize=2&cursor=eyJ.abc>; rel="next"';
    expect(nextLink(link)).toBe('/api/v1/bezoeken?pageSize=2&cursor=eyJ.abc');
    expect(nextLink('</x?cursor=a>; rel="prev", </x?cursor=b>; rel="next"')).toBe('/x?cursor=b');
    expect(nextLink('</x?a=1>; rel="self", </x?a=1>; rel="first"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });

  it('follows the next links until the last page and never sends the deprecated page number', async () => {
    const asked: string[] = [];
    const pages: Record<string, { rows: string[]; next?: string }> = {
      '/api/v1/bezoeken?pageSize=2': { rows: ['a', 'b'], next: 'c1' },
      '/api/v1/bezoeken?pageSize=2&cursor=c1': { rows: ['c', 'd'], next: 'c2' },
      '/api/v1/bezoeken?pageSize=2&cursor=c2': { rows: ['e'] },
    };
    vi.stubGlobal('sessionStorage', { getItem: () => 'zh_test' });
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      const page = pages[url];
      if (!page) return new Response('{"detail":"no such page"}', { status: 404 });
      const link = page.next
        ? `</api/v1/bezoeken?pageSize=2&cursor=${page.next}>; rel="next"`
        : '</api/v1/bezoeken?pageSize=2>; rel="first"';
      return new Response(JSON.stringify({ resultaten: page.rows.map((id) => ({ id })) }), {
        headers: { link, 'content-type': 'application/json' },
      });
    });
    const calls: number[] = [];
    const all = await listAll<{ id: string }>('/bezoeken', 2, (n) => calls.push(n));
    expect(all.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(calls).toEqual([1, 2, 3]);
    expect(asked.filter((u) => new URLSearchParams(u.split('?')[1]).has('page'))).toEqual([]);
  });
});
