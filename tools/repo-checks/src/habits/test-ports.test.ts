// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Test servers listen on a port the system picks (port 0), not on a fixed one in the range Linux
// hands out to outgoing connections (32768–60999 by default): CI once failed with EADDRINUSE on
// 127.0.0.1:45850, which the app's tests had chosen as 45000 + pid % 900 while another
// program's connection held it. A test that must know an address before it listens (an OpenID
// provider needs the app's redirect URI) binds first and asks the server for its port.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryFiles } from '../public-code/files.js';
import { root } from '../public-code/project.js';

const EPHEMERAL_LOW = 32768;
const EPHEMERAL_HIGH = 60999;
// A literal next to a port word (`port: 44011`, `const PORT = 42400 + …`, `ZORGHUB_PORT=41012`),
// or a literal that a pid is added to.
const PORT_LITERAL = /\bport\b[^0-9\n]{0,40}?(\d{5})\b|\b(\d{5})\s*\+\s*\(?\s*process\.pid/gi;

/** Where a test's source sets a port in the ephemeral range: `line: text` per finding. */
export function fixedEphemeralPorts(source: string): string[] {
  const found: string[] = [];
  source.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(PORT_LITERAL)) {
      const port = Number(m[1] ?? m[2]);
      if (port >= EPHEMERAL_LOW && port <= EPHEMERAL_HIGH) found.push(`${i + 1}: ${line.trim()}`);
    }
  });
  return found;
}

const isTestCode = (path: string) =>
  /\.(test|e2e)\.(ts|tsx|mjs|js)$/.test(path) ||
  /(^|\/)(test|test-support)\/[^/]+\.(ts|tsx|mjs|js)$/.test(path);

describe('ports in tests', () => {
  it('finds a fixed port in the ephemeral range, and leaves port 0 and low ports alone', () => {
    expect(
      fixedEphemeralPorts(
        [
          'const PORT = 45000 + (process.pid % 900);',
          '    const port = 44011;',
          'const PORT: Record<K, number> = { pglite: 41101, postgres: 41102 };',
          'await app.listen({ port: 0, host: "127.0.0.1" });',
          '  for (let port = 4100; port < 4200; port++) {',
          'expect(config).toMatchObject({ port: 3000 });',
          "const when = '2026-12-04'; const rows = 50000;",
        ].join('\n'),
      ),
    ).toEqual([
      '1: const PORT = 45000 + (process.pid % 900);',
      '2: const port = 44011;',
      '3: const PORT: Record<K, number> = { pglite: 41101, postgres: 41102 };',
    ]);
  });

  it('no test listens on a fixed port the system may have given to a connection', () => {
    const findings = repositoryFiles()
      // this file's own examples are what it looks for
      .filter((path) => isTestCode(path) && !path.endsWith('habits/test-ports.test.ts'))
      .flatMap((path) =>
        fixedEphemeralPorts(readFileSync(join(root, path), 'utf8')).map((f) => `${path}:${f}`),
      );
    expect(findings, 'listen on port 0 and read the address the server got').toEqual([]);
  });
});
