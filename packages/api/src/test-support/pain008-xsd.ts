// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Checks a pain.008.001.02 file against an XSD that nobody here wrote: the Deutsche Kreditwirtschaft's
 * customer-to-bank schema for SEPA direct debits (ISO 20022 namespace, with the EPC SDD Core rules:
 * SEPA character set, lengths, mandate id pattern), as Debian ships it inside hbci4j
 * (package libhbci4j-core-java), read by libxml2's xmllint (package libxml2-utils). `.ci/run`
 * installs both; without them the tests fail with a message saying so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const JAR = process.env.ZORGHUB_HBCI4J_JAR ?? '/usr/share/java/hbci4j-core.jar';
const XSD_NAME = 'pain.008.001.02.xsd';

let dir: string | undefined;

/** The XSD, extracted once per test process from hbci4j's jar into a temporary folder. */
export function pain008Xsd(): string {
  if (dir) return join(dir, XSD_NAME);
  if (!existsSync(JAR))
    throw new Error(
      `The pain.008 XSD comes from Debian's libhbci4j-core-java (${JAR} is missing): run apt-get install libhbci4j-core-java libxml2-utils unzip, as .ci/run does.`,
    );
  const out = mkdtempSync(join(tmpdir(), 'zorghub-pain008-'));
  writeFileSync(join(out, XSD_NAME), execFileSync('unzip', ['-p', JAR, XSD_NAME]));
  dir = out;
  return join(out, XSD_NAME);
}

/** xmllint's complaints about this document (none for a valid file). */
export function xsdErrors(xml: string): string[] {
  const xsd = pain008Xsd();
  const file = join(dir!, `doc-${process.pid}-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  if (r.error)
    throw new Error(`xmllint did not run (${r.error.message}): apt-get install libxml2-utils`);
  if (r.status === 0) return [];
  return r.stderr
    .split('\n')
    .filter((l) => l.includes('validity error') || l.includes('parser error'))
    .map((l) => l.slice(l.indexOf(':', file.length) + 1).trim());
}
