// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

function startDemo(): Promise<{
  child: ChildProcess;
  url: string;
  keys: Record<string, string>;
  out: string;
  exited: Promise<number | null>;
}> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'packages/cli/src/bin.ts', 'serve', '--demo', '--port', '0'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ZORGHUB_LOG_LEVEL: 'warn' },
    },
  );
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d) => {
      err += d;
    });
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('Ctrl+C')) {
        const url = /Zorghub API: (\S+)/.exec(out)?.[1];
        const keys = Object.fromEntries(
          [...out.matchAll(/^ {2}(\w+)[^\n]*?(zh_\S+)$/gm)].map((m) => [m[1], m[2]]),
        );
        if (url) resolve({ child, url, keys: keys as Record<string, string>, out, exited });
      }
    });
    child.on('exit', (code) =>
      reject(new Error(`serve exited with ${code}: ${err.slice(0, 500)}`)),
    );
  });
}

describe('zorghub serve --demo', () => {
  it('answers with the Delft data, prints a key per role, and stops gracefully on SIGTERM', async () => {
    const { child, url, keys, out, exited } = await startDemo();
    expect(Object.keys(keys).sort()).toEqual([
      'beheerder',
      'financier',
      'jobcoach',
      'medewerker',
      'particulier',
      'planner',
      'zorgorganisatie',
    ]);
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    const visits = await fetch(`${url}/bezoeken?pageSize=5`, {
      headers: { authorization: `Bearer ${keys.beheerder}` },
    });
    expect(visits.status).toBe(200);
    const body = (await visits.json()) as { resultaten: Array<{ id: string }> };
    expect(body.resultaten).toHaveLength(5);
    expect(body.resultaten[0]!.id).toBe('BZ-000001');
    // The hub app at /app/ on the same origin, with a sign-in link per role.
    const appUrl = url.replace(/\/api\/v1$/, '/app/');
    expect(out).toContain(`App:         ${appUrl}`);
    expect(out).toContain(`${appUrl}#sleutel=${keys.medewerker}`);
    const shell = await fetch(appUrl);
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain('<div id="root"></div>');
    const funder = await fetch(`${url}/uitkomst-aggregaties`, {
      headers: { authorization: `Bearer ${keys.financier}` },
    });
    expect(funder.status).toBe(200);
    // A request in flight when SIGTERM arrives still gets its answer.
    const inFlight = fetch(`${url}/exports/bezoeken`, {
      headers: { authorization: `Bearer ${keys.beheerder}` },
    });
    await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    const exported = await inFlight;
    expect(exported.status).toBe(200);
    // every visit of the demo package, as its manifest counts them, and the demo household's three
    const manifest = JSON.parse(
      readFileSync(`${root}examples/delft/export/datapakket.json`, 'utf8'),
    );
    const visitFile = manifest.bestanden.find((f: { entiteit: string }) => f.entiteit === 'bezoek');
    const lines = (await exported.text()).split('\n').filter(Boolean);
    const household = lines.filter((l) => /"BZ-DEMO-HH1-\d+"/.test(l));
    expect(household).toHaveLength(3);
    expect(lines.length - household.length).toBe(visitFile.aantalRecords);
    expect(await exited).toBe(0);
  }, 180_000);
});
