import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../parse.js';
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
