// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** A valid body of POST /aanmeldingen (made-up household), with parts replaced by `over`. */
export const signupBody = (over: Record<string, unknown> = {}) => ({
  huishouden: {
    naam: 'Huishouden Test',
    straat: 'Teststraat',
    huisnummer: '7',
    postcode: '2611 AB',
    woonplaats: 'Delft',
    gemeentecode: 'GM0503',
    email: 'test-huishouden@example.org',
    taal: 'nl',
  },
  abonnement: {
    abonnementsvorm: 'urenbundel',
    aantalPerPeriode: 4,
    periodeEenheid: 'maand',
    startDatum: '2026-12-14',
    voorkeursdagen: ['dinsdag'],
  },
  toestemmingen: [{ onderwerp: 'dienstverlening', verklaringVersie: '2026-1' }],
  betaling: {
    betaalwijze: 'incasso',
    iban: 'NL91 ABNA 0417 1643 00',
    rekeninghouder: 'Huishouden Test',
  },
  ...over,
});
