// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Frictionless interop: the Delft package converted to CSV without BOM, described by the exported
 * Table Schemas and datapackage.json, read by the `tableschema` npm library (Frictionless'
 * JavaScript implementation) into the same records; and `validate` takes the datapackage.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getEntity } from '../index.js';
import { cellText, tableColumns, valueAtSegments } from '../table/columns.js';
import { convertFile, exportSchemas, validatePaths } from './index.js';
import { formatOf } from './package.js';

const require = createRequire(import.meta.url);
const { Table } = require('tableschema') as {
  Table: {
    load(
      source: string,
      options: { schema: string; delimiter: string },
    ): Promise<{
      read(o: { keyed: boolean }): Promise<Array<Record<string, unknown>>>;
    }>;
  };
};

const delft = join(dirname(fileURLToPath(import.meta.url)), '../../../../examples/delft/export');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zorghub-frictionless-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A cell's value as tableschema gives it, back in the standard's text form. */
function asText(value: unknown, format: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return format === 'date' ? value.toISOString().slice(0, 10) : String(value.getTime());
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

describe('Frictionless', { timeout: 120_000 }, () => {
  it('tableschema reads the exported package into the records of the Delft export', async () => {
    const written = await exportSchemas(dir, { frictionless: true });
    expect(written.some((f) => f.endsWith('datapackage.json'))).toBe(true);
    const descriptor = JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8'));
    const present: string[] = [];
    let compared = 0;
    for (const name of readdirSync(delft).filter((n) => n !== 'datapakket.json')) {
      if (!formatOf(name)) continue;
      const entity = getEntity(name.replace(/\..*$/, ''))!;
      const csv = join(dir, `${entity.plural}.csv`);
      await convertFile(join(delft, name), { out: csv, bom: false });
      expect(readFileSync(csv).subarray(0, 3).toString('hex')).not.toBe('efbbbf');
      present.push(entity.plural);
      // the records as the toolkit reads the original file
      const ndjson = join(dir, `${entity.plural}.ndjson`);
      await convertFile(join(delft, name), { out: ndjson });
      const records = (await readFile(ndjson, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      const table = await Table.load(csv, {
        schema: join(dir, `${entity.plural}.tableschema.json`),
        delimiter: ';',
      });
      const rows = await table.read({ keyed: true });
      expect(rows).toHaveLength(records.length);
      const columns = tableColumns(entity);
      rows.forEach((row, i) => {
        for (const col of columns) {
          const original = valueAtSegments(records[i], col.segments);
          const expected =
            col.field.format === 'date-time' && typeof original === 'string'
              ? String(Date.parse(original))
              : cellText(original);
          expect(asText(row[col.header], col.field.format), `${name}:${i + 2} ${col.header}`).toBe(
            expected,
          );
          compared++;
        }
      });
    }
    expect(compared).toBeGreaterThan(10_000);
    // the invoice lines: a table of their own whose factuurId is a foreign key to facturen
    const lines = await Table.load(join(dir, 'facturen.regels.csv'), {
      schema: join(dir, 'facturen.regels.tableschema.json'),
      delimiter: ';',
    });
    const invoices = await (
      await Table.load(join(dir, 'facturen.csv'), {
        schema: join(dir, 'facturen.tableschema.json'),
        delimiter: ';',
      })
    ).read({ keyed: true });
    const relations = { facturen: invoices, diensten: [] };
    const joined = await lines.read({ keyed: true, relations } as never);
    expect(joined.length).toBeGreaterThanOrEqual(invoices.length);
    expect(joined[0]!.factuurId).toEqual(expect.objectContaining({ id: invoices[0]!.id }));
    // a line whose invoice is not there breaks the foreign key for tableschema too
    await expect(
      lines.read({
        keyed: true,
        relations: { facturen: invoices.slice(1), diensten: [] },
      } as never),
    ).rejects.toThrow(/Foreign key "factuurId" violation/);
    present.push('facturen.regels');
    // a package with the resources it has, described the Frictionless way only
    descriptor.resources = descriptor.resources.filter((r: { name: string }) =>
      present.includes(r.name),
    );
    await writeFile(join(dir, 'datapackage.json'), JSON.stringify(descriptor));
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ndjson'))) await rm(join(dir, f));
    const report = await validatePaths([dir], { checkReferences: true });
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.stats.files).toBe(present.length);
    expect(report.issues.map((i) => i.code)).not.toContain('manifest.absent');
  });
});
