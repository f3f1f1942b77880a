// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../scenario/parse.js';
import type { Parameter, Scenario } from '../types.js';
import { setScenarioValidator } from '../validator.js';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Tests use the data standard's compiled validator, exactly as the package does. */
export function useSchemaValidator(): void {
  setScenarioValidator(undefined);
}

export function readExample(name: string): string {
  return readFileSync(`${repoRoot}examples/${name}/scenario.yaml`, 'utf8');
}

export function loadExample(name: string): Scenario {
  const parsed = parseScenario(readExample(name));
  if (!parsed.scenario) throw new Error(parsed.issues.map((i) => i.message.en).join('\n'));
  return parsed.scenario;
}

const zero = (eenheid: Parameter['eenheid'], extra: Partial<Parameter> = {}): Parameter => ({
  waarde: 0,
  eenheid,
  bron: 'aanname',
  ...extra,
});

/**
 * GMCA Unit Cost Database entry E&E1.0 (workless claimant into work, 2012/13 prices) as a scenario:
 * one person into work for one year, the benefit saving a transfer from the claimant to central
 * government, the NHS saving to the health system, the earnings as economic value.
 */
export function gmcaScenario(): Scenario {
  const gbp = (waarde: number): Parameter => ({
    waarde,
    eenheid: 'GBP/persoon/jaar',
    bron: 'New Economy, Unit Cost Database (GMCA), E&E1.0',
    bronJaar: 2013,
    prijsjaar: 2013,
  });
  return {
    id: 'SC-GMCA-EE1',
    naam: 'GMCA E&E1.0',
    valuta: 'GBP',
    startjaar: 2013,
    horizonJaren: 1,
    prijsjaar: 2013,
    parameters: {
      discontovoet: {
        waarde: 0.035,
        eenheid: 'rentevoet',
        bron: 'HM Treasury, Green Book',
        bronJaar: 2013,
      },
      uurloon: zero('GBP/uur', { prijsjaar: 2013 }),
      vakantiegeld: zero('fractie'),
      werkgeverslasten: zero('fractie'),
      loonheffing: zero('fractie'),
      bijstandsnormMaand: zero('GBP/maand', { prijsjaar: 2013 }),
      behoudAandeelGemeente: zero('fractie'),
      tariefAbonnement: zero('GBP/uur', { prijsjaar: 2013 }),
      declarabelAandeel: zero('fractie'),
      urenPerAbonnement: zero('uren/jaar'),
      trainingKosten: zero('GBP/persoon', { prijsjaar: 2013 }),
      jobcoachTarief: zero('GBP/uur', { prijsjaar: 2013 }),
      jobcoachAandeelJaar1: zero('fractie'),
      jobcoachAandeelJaar2: zero('fractie'),
      jobcoachAandeelJaar3: zero('fractie'),
    },
    bewijsklassen: {
      '1': zero('fractie'),
      '2': zero('fractie'),
      '3': zero('fractie'),
      '4': zero('fractie'),
      '5': zero('fractie'),
    },
    belanghebbenden: [{ id: 'rijk', naam: { nl: 'Rijk (DWP)', en: 'Central government (DWP)' } }],
    cohorten: [
      {
        id: 'C1',
        startjaar: 2013,
        instroom: { waarde: 1, eenheid: 'personen', bron: 'aanname' },
        uitvalTraining: zero('fractie'),
        plaatsing: { waarde: 1, eenheid: 'fractie', bron: 'aanname' },
        urenPerWeek: zero('uur/week'),
        betaaldeWeken: zero('weken/jaar'),
        uitstroom: [],
      },
    ],
    regels: [
      {
        id: 'uitkering',
        naam: { nl: 'Uitkering bespaard', en: 'Benefits saved' },
        berekening: 'per-werkende',
        categorie: 'baten',
        soort: 'fiscaal',
        verzilverbaar: true,
        transfer: true,
        betaler: 'deelnemers',
        ontvanger: 'rijk',
        eenheidswaarde: gbp(9234),
      },
      {
        id: 'nhs',
        naam: { nl: 'Zorgkosten bespaard', en: 'NHS costs saved' },
        berekening: 'per-werkende',
        categorie: 'baten',
        soort: 'fiscaal',
        verzilverbaar: true,
        transfer: false,
        ontvanger: 'zorgverzekeraar',
        eenheidswaarde: gbp(566),
      },
      {
        id: 'inkomen',
        naam: { nl: 'Hoger inkomen', en: 'Increased earnings' },
        berekening: 'per-werkende',
        categorie: 'baten',
        soort: 'economisch',
        verzilverbaar: false,
        transfer: false,
        ontvanger: 'deelnemers',
        eenheidswaarde: gbp(14044),
      },
    ],
  };
}

export function clone<T>(x: T): T {
  return structuredClone(x);
}

/**
 * A small scenario whose timing can be worked out by hand: the hub starts in May 2026, one cohort of
 * 12 starts training in May (four weeks), all are placed, a quarter a year leave for a regular job.
 * Lines: €1,000 a person-year at work (municipality), €2,000 a year in a regular job for two years
 * with 10 % drop-off (participants), €1,200 a year of overhead from May, €500 per candidate once.
 * Discounted to 2025, the year of the decision.
 */
export function timingScenario(convention: 'midden-jaar' | 'maand', rate: number): Scenario {
  const eur = (waarde: number, eenheid: Parameter['eenheid']): Parameter => ({
    waarde,
    eenheid,
    bron: 'aanname',
    prijsjaar: 2026,
  });
  const none = (eenheid: Parameter['eenheid']) => zero(eenheid, { prijsjaar: 2026 });
  return {
    id: 'SC-TIMING',
    naam: 'Timing by hand',
    valuta: 'EUR',
    startjaar: 2026,
    startmaand: 5,
    horizonJaren: 3,
    prijsjaar: 2026,
    basisjaar: 2025,
    tijdconventie: convention,
    parameters: {
      discontovoet: { waarde: rate, eenheid: 'rentevoet', bron: 'aanname' },
      uurloon: none('EUR/uur'),
      vakantiegeld: zero('fractie'),
      werkgeverslasten: zero('fractie'),
      loonheffing: zero('fractie'),
      bijstandsnormMaand: none('EUR/maand'),
      behoudAandeelGemeente: zero('fractie'),
      tariefAbonnement: none('EUR/uur'),
      declarabelAandeel: zero('fractie'),
      urenPerAbonnement: zero('uren/jaar'),
      trainingKosten: none('EUR/persoon'),
      jobcoachTarief: none('EUR/uur'),
      jobcoachAandeelJaar1: zero('fractie'),
      jobcoachAandeelJaar2: zero('fractie'),
      jobcoachAandeelJaar3: zero('fractie'),
    },
    bewijsklassen: {
      '1': zero('fractie'),
      '2': zero('fractie'),
      '3': zero('fractie'),
      '4': zero('fractie'),
      '5': zero('fractie'),
    },
    belanghebbenden: [{ id: 'gemeente', naam: { nl: 'Gemeente', en: 'Municipality' } }],
    cohorten: [
      {
        id: 'C1',
        startjaar: 2026,
        startmaand: 5,
        instroom: { waarde: 12, eenheid: 'personen', bron: 'aanname' },
        trainingWeken: { waarde: 4, eenheid: 'weken', bron: 'aanname' },
        uitvalTraining: zero('fractie'),
        plaatsing: { waarde: 1, eenheid: 'fractie', bron: 'aanname' },
        urenPerWeek: { waarde: 10, eenheid: 'uur/week', bron: 'aanname' },
        betaaldeWeken: { waarde: 50, eenheid: 'weken/jaar', bron: 'aanname' },
        uitstroom: [
          {
            bestemming: 'regulier-werk',
            kansPerJaar: { waarde: 0.25, eenheid: 'fractie', bron: 'aanname' },
            vertragingJaren: 0,
          },
        ],
      },
    ],
    regels: [
      {
        id: 'aan-het-werk',
        naam: { nl: 'Per persoonsjaar aan het werk', en: 'Per person-year at work' },
        berekening: 'per-werkende',
        categorie: 'baten',
        soort: 'fiscaal',
        verzilverbaar: true,
        transfer: false,
        ontvanger: 'gemeente',
        eenheidswaarde: eur(1000, 'EUR/persoon/jaar'),
      },
      {
        id: 'regulier',
        naam: { nl: 'Per jaar in een reguliere baan', en: 'Per year in a regular job' },
        berekening: 'per-uitstroom-regulier',
        categorie: 'baten',
        soort: 'economisch',
        verzilverbaar: false,
        transfer: false,
        ontvanger: 'deelnemers',
        eenheidswaarde: eur(2000, 'EUR/persoon/jaar'),
        afname: { waarde: 0.1, eenheid: 'fractie', bron: 'aanname' },
        duurJaren: 2,
      },
      {
        id: 'overhead',
        naam: { nl: 'Overhead', en: 'Overhead' },
        berekening: 'vast',
        categorie: 'kosten',
        soort: 'economisch',
        verzilverbaar: true,
        transfer: false,
        betaler: 'exploitant',
        eenheidswaarde: eur(1200, 'EUR/jaar'),
      },
      {
        id: 'intake',
        naam: { nl: 'Eenmalig per kandidaat', en: 'Once per candidate' },
        berekening: 'per-instroom',
        categorie: 'kosten',
        soort: 'economisch',
        verzilverbaar: true,
        transfer: false,
        betaler: 'exploitant',
        eenheidswaarde: eur(500, 'EUR/persoon'),
      },
    ],
  };
}
