// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The demo household for `npm start`: HH-DEMO-1 with an active subscription paid by direct debit,
 * three upcoming visits (the first within 24 hours, so the app can show that a late cancellation is
 * refused), last month's invoice and its consent to the service; and a credential of role particulier for it. Every value is
 * made up (example.org, the IBAN from the IBAN standard's own example).
 */
import type { Db } from '../db.js';
import { issueHouseholdKey } from '../routes/household-sessions.js';

export const DEMO_HOUSEHOLD = 'HH-DEMO-1';

const day = 86_400_000;

/** Stores the demo household once (idempotent) and returns a fresh credential for it. */
export async function loadDemoHousehold(
  db: Db,
  hub: string,
  worker: string,
): Promise<{ role: string; organisation: string; apiKey: string }> {
  const hh = DEMO_HOUSEHOLD;
  const exists = await db.query(
    "SELECT 1 FROM records WHERE hub_id = $1 AND entity = 'huishouden' AND id = $2",
    [hub, hh],
  );
  if (exists.rows.length === 0) {
    const service =
      (
        await db.query<{ id: string }>(
          "SELECT id FROM records WHERE hub_id = $1 AND entity = 'dienst' ORDER BY id LIMIT 1",
          [hub],
        )
      ).rows[0]?.id ?? 'DI-DEMO';
    const now = Date.now();
    const at = (ms: number) => new Date(Math.floor(ms / 3_600_000) * 3_600_000).toISOString();
    const month = new Date(now);
    const prev = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() - 1, 1));
    const prevEnd = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 0));
    const d = (x: Date) => x.toISOString().slice(0, 10);
    const sub = 'AB-DEMO-HH1';
    const client = 'CL-DEMO-HH1';
    const records: Array<
      [string, Record<string, unknown>, string | null, string | null, string | null]
    > = [
      [
        'huishouden',
        {
          id: hh,
          naam: 'Huishouden Demo',
          straat: 'Voorbeeldstraat',
          huisnummer: '12',
          postcode: '2611 AB',
          woonplaats: 'Delft',
          gemeentecode: 'GM0503',
          email: 'demo-huishouden@example.org',
          betaalwijze: 'incasso',
          taal: 'nl',
          aangemeldOp: at(now - 60 * day),
        },
        client,
        null,
        null,
      ],
      [
        'abonnement',
        {
          id: sub,
          aanbiederId: hub,
          afnemersoort: 'particulier',
          huishoudenId: hh,
          abonnementsvorm: 'urenbundel',
          aantalPerPeriode: 4,
          periodeEenheid: 'maand',
          tariefInCenten: 3000,
          tariefeenheid: 'uur',
          startDatum: d(new Date(now - 60 * day)),
          status: 'actief',
          aangevraagdOp: at(now - 60 * day),
          opzegtermijnDagen: 30,
          voorkeursdagen: ['dinsdag'],
        },
        null,
        null,
        null,
      ],
      [
        'client',
        {
          id: client,
          abonnementId: sub,
          startDatum: d(new Date(now - 60 * day)),
          postcodegebied: '2611',
        },
        client,
        sub,
        null,
      ],
      [
        'machtiging',
        {
          id: 'MA-DEMO-HH1',
          huishoudenId: hh,
          abonnementId: sub,
          soort: 'doorlopend',
          iban: 'NL91ABNA0417164300',
          rekeninghouder: 'Huishouden Demo',
          ondertekendOp: at(now - 60 * day),
          status: 'actief',
        },
        client,
        sub,
        null,
      ],
      [
        'toestemming',
        {
          id: 'TS-DEMO-HH1',
          huishoudenId: hh,
          onderwerp: 'dienstverlening',
          verklaringVersie: '2026-1',
          kanaal: 'online',
          gegevenOp: at(now - 60 * day),
        },
        client,
        null,
        null,
      ],
      ...[20 * 3_600_000, 7 * day, 14 * day].map(
        (offset, i) =>
          [
            'bezoek',
            {
              id: `BZ-DEMO-HH1-${i + 1}`,
              clientId: client,
              deelnemerId: worker,
              abonnementId: sub,
              dienstId: service,
              geplandStartOp: at(now + offset),
              geplandEindOp: at(now + offset + 2 * 3_600_000),
              status: 'gepland',
            },
            client,
            sub,
            worker,
          ] as [string, Record<string, unknown>, string | null, string | null, string | null],
      ),
      [
        'factuur',
        {
          id: 'FA-DEMO-HH1',
          factuurnummer: `${d(prev).slice(0, 7)}-${sub}`,
          aanbiederId: hub,
          huishoudenId: hh,
          abonnementId: sub,
          factuurDatum: d(new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1))),
          periodeStartDatum: d(prev),
          periodeEindDatum: d(prevEnd),
          status: 'verzonden',
          regels: [
            {
              omschrijving: 'Uren vorige maand',
              aantal: 4,
              eenheid: 'uur',
              prijsPerEenheidInCenten: 3000,
              bedragExclBtwInCenten: 12000,
              btwPercentage: 0,
            },
          ],
          totaalExclBtwInCenten: 12000,
          btwBedragInCenten: 0,
          totaalInclBtwInCenten: 12000,
        },
        null,
        sub,
        null,
      ],
    ];
    await db.transaction(async (tx) => {
      for (const [entity, data, clientId, parent, participant] of records)
        await tx.query(
          `INSERT INTO records (hub_id, entity, id, client_id, parent_id, participant_id, household_id, data)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING`,
          [hub, entity, data.id, clientId, parent, participant, hh, JSON.stringify(data)],
        );
    });
  }
  // A day, for trying the pages; a real household signs in by its e-mail link.
  const { apiKey } = await issueHouseholdKey(db, hub, hh, 24 * 60);
  return { role: `particulier (${hh})`, organisation: hh, apiKey };
}
