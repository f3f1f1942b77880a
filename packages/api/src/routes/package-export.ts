// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * /exports/datapakket: the whole hub as one data package — a ZIP with one NDJSON file per stored
 * entity and the manifest `datapakket.json` (standard version, publisher, each file's record count
 * and SHA-256), exactly what `zorghub validate <folder>` checks. Records are minimised as in the
 * per-entity exports. The ZIP is streamed: records are read a page at a time by primary key, so a
 * large hub never sits in memory whole.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type { EntiteitCode } from '@zorghub/schemas';
import { standardVersion } from '@zorghub/schemas';
import { Zip, ZipDeflate } from 'fflate';
import type { Queryable } from '../db.js';
import { entityNames, STORED_ENTITIES } from '../standard.js';
import type { RouteDef } from '../types.js';
import { minimise } from './exports.js';
import { recordPages } from './hub-records.js';

/** Entities whose records name a client: the access log lists the clients they cover. */
const CLIENT_ENTITIES = ['client', 'bezoek', 'signaal'] satisfies EntiteitCode[];

interface ManifestFile {
  pad: string;
  entiteit: string;
  formaat: 'ndjson';
  aantalRecords: number;
  sha256: string;
}

/** The manifest of the package the stream wrote. */
export function manifestFor(hubId: string, createdAt: Date, files: ManifestFile[]) {
  return {
    standaardVersie: standardVersion,
    naam: `Export ${hubId}`,
    beschrijving:
      'Export uit de Zorghub-API: per entiteit één NDJSON-bestand, geminimaliseerd (alleen pseudoniemen, geen optionele persoons- of bijzondere gegevens).',
    aangemaaktOp: createdAt.toISOString(),
    aanbiederId: hubId,
    bestanden: files,
  };
}

/** Writes the ZIP of hub `hubId` into `out`, the manifest last (it needs every file's checksum). */
async function writePackage(q: Queryable, hubId: string, out: PassThrough) {
  const zip = new Zip((err, chunk, final) => {
    if (err) {
      out.destroy(err);
      return;
    }
    out.write(chunk);
    if (final) out.end();
  });
  const encoder = new TextEncoder();
  const files: ManifestFile[] = [];
  for (const entity of STORED_ENTITIES) {
    const pad = `${entityNames(entity).plural}.ndjson`;
    const file = new ZipDeflate(pad, { level: 6 });
    zip.add(file);
    const hash = createHash('sha256');
    let count = 0;
    for await (const page of recordPages(q, hubId, entity)) {
      const text = page.map((r) => `${JSON.stringify(minimise(entity, r))}\n`).join('');
      const bytes = encoder.encode(text);
      hash.update(bytes);
      count += page.length;
      file.push(bytes);
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    file.push(new Uint8Array(0), true);
    files.push({
      pad,
      entiteit: entity,
      formaat: 'ndjson',
      aantalRecords: count,
      sha256: hash.digest('hex'),
    });
  }
  const manifest = new ZipDeflate('datapakket.json', { level: 6 });
  zip.add(manifest);
  manifest.push(
    encoder.encode(`${JSON.stringify(manifestFor(hubId, new Date(), files), null, 2)}\n`),
    true,
  );
  zip.end();
}

export function packageExportRoute(): RouteDef {
  return {
    method: 'GET',
    path: '/exports/datapakket',
    operationId: 'exportDatapakket',
    summary:
      'Het hele datapakket als ZIP: NDJSON per entiteit en datapakket.json met aantallen en SHA-256 / The whole data package as a ZIP with its manifest',
    description:
      'Alleen voor de beheerder: het pakket bevat de pseudoniemen van alle cliënten, bezoeken en signalen van de hub. Elke export komt in het toegangslog, met de cliënten die erin staan. / Operator admin only: the package holds every client, visit and signal pseudonym of the hub; every export is access-logged.',
    tag: 'Exports',
    roles: ['beheerder'],
    audit: { action: 'export', objectType: 'export' },
    success: {
      status: 200,
      description:
        'ZIP met datapakket.json en de bestanden / ZIP with datapakket.json and the files',
      schema: { type: 'string', format: 'binary' },
      contentType: 'application/zip',
    },
    async handler(ctx) {
      const hubId = ctx.principal.hubId;
      // The access log entry is written before the answer leaves, so the clients are known first.
      const { rows } = await ctx.q.query<{ client_id: string }>(
        'SELECT DISTINCT client_id FROM records WHERE hub_id = $1 AND entity = ANY($2) AND client_id IS NOT NULL ORDER BY client_id',
        [hubId, CLIENT_ENTITIES],
      );
      ctx.audit({ objectType: 'export', objectId: null, clientIds: rows.map((r) => r.client_id) });
      const out = new PassThrough();
      writePackage(ctx.q, hubId, out).catch((error: unknown) => {
        ctx.req.log.error(
          { err: { message: String(error).slice(0, 200) } },
          'data package export failed',
        );
        out.destroy(error instanceof Error ? error : new Error(String(error)));
      });
      const day = new Date().toISOString().slice(0, 10);
      return {
        contentType: 'application/zip',
        headers: {
          'content-disposition': `attachment; filename="datapakket-${hubId}-${day}.zip"`,
        },
        body: out,
      };
    },
  };
}
