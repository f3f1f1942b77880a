// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The generated types describe the same records as the schemas: typed records validate, and
 * the type checker (npm run typecheck) refuses what the schema refuses.
 */
import { describe, expect, it } from 'vitest';
import {
  type Bezoek,
  type Dienst,
  type Factuur,
  getValidator,
  type Organisatie,
  type Signaal,
} from './index.js';

const visit = {
  id: 'BZ-1',
  clientId: 'CL-0001',
  deelnemerId: 'DN-0001',
  dienstId: 'DI-GEZELSCHAP',
  geplandStartOp: '2021-06-07T10:00:00+02:00',
  geplandEindOp: '2021-06-07T11:30:00+02:00',
  status: 'gepland',
} satisfies Bezoek;

const invoice: Factuur = {
  id: 'FA-1',
  factuurnummer: '2021-0001',
  aanbiederId: 'ORG-WERKSE',
  factuurDatum: '2021-07-01',
  periodeStartDatum: '2021-06-01',
  periodeEindDatum: '2021-06-30',
  status: 'verzonden',
  regels: [
    {
      omschrijving: 'Urenbundel juni',
      aantal: 10,
      eenheid: 'uur',
      prijsPerEenheidInCenten: 3250,
      bedragExclBtwInCenten: 32500,
      btwPercentage: 0,
    },
  ],
  totaalExclBtwInCenten: 32500,
  btwBedragInCenten: 0,
  totaalInclBtwInCenten: 32500,
};

describe('generated types', () => {
  it('type records that the validators accept', () => {
    expect(getValidator('bezoek')(visit)).toBe(true);
    expect(getValidator('factuur')(invoice)).toBe(true);
  });

  it('carry closed codelists as unions and nested objects as interfaces', () => {
    // @ts-expect-error 'kwijt' is not a code of the closed codelist bezoekstatus
    const wrongStatus: Bezoek = { ...visit, status: 'kwijt' };
    expect(getValidator('bezoek')(wrongStatus)).toBe(false);
    // @ts-expect-error objects are closed: no unknown fields
    const extra: Bezoek = { ...visit, naam: 'geen namen' };
    expect(getValidator('bezoek')(extra)).toBe(false);
    const org: Organisatie = {
      id: 'ORG-1',
      naam: 'Zorg',
      organisatiesoort: 'ouderenzorg',
      rollen: ['afnemer'],
      // @ts-expect-error huisnummer is an integer, not a string
      adres: { postcode: '2611AA', huisnummer: '12' },
    };
    expect(getValidator('organisatie')(org)).toBe(false);
  });

  it('keep open codelists open: any code is a string, and the validator only warns elsewhere', () => {
    const service: Dienst = { id: 'DI-1', dienstsoort: 'nieuweRegionaleDienst', naam: 'Nieuw' };
    expect(getValidator('dienst')(service)).toBe(true);
    const signal: Signaal = {
      id: 'SG-1',
      clientId: 'CL-0001',
      categorie: 'eenzaamheid',
      urgentie: 'hoog',
      doorgezetNaarId: 'ORG-1',
      gemeldOp: '2021-06-07T11:40:00+02:00',
    };
    expect(getValidator('signaal')(signal)).toBe(true);
    // @ts-expect-error signaalcategorie is closed
    const closed: Signaal = { ...signal, categorie: 'iets' };
    expect(getValidator('signaal')(closed)).toBe(false);
  });
});
