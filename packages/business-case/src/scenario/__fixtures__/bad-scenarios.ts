// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A battery of broken scenarios, one mistake each, that covers every check the scenario reader makes
 * (the schema's and the cross-field rules). `messages.golden.json` holds what the reader said about
 * each before the checks moved into `scenario/`: the test asserts that every message still comes, at
 * the same place and in the same words.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml, stringify } from 'yaml';

/**
 * The Delft example as it was when the messages were recorded: the battery breaks this copy, so
 * that later changes to the example do not move the lines the messages name.
 */
const readExample = (_name: 'delft'): string =>
  readFileSync(new URL('./delft-as-recorded.yaml', import.meta.url), 'utf8');

// biome-ignore lint/suspicious/noExplicitAny: the cases poke at raw YAML data
type Raw = any;

export interface BadScenario {
  name: string;
  /** The scenario text and its format. */
  text: () => { text: string; format: 'yaml' | 'json' };
}

const delft = (): Raw => parseYaml(readExample('delft'), { merge: true });
const yaml = (change: (raw: Raw) => void) => () => {
  const raw = delft();
  change(raw);
  return { text: stringify(raw), format: 'yaml' as const };
};
const json = (change: (raw: Raw) => void) => () => {
  const raw = delft();
  change(raw);
  return { text: JSON.stringify(raw, null, 2), format: 'json' as const };
};
const textual = (text: string, format: 'yaml' | 'json' = 'yaml') => () => ({ text, format });
const dist = (type: string, min: number, max: number, modus?: number) =>
  modus === undefined ? { type, min, max } : { type, min, max, modus };

const cases: Array<[string, () => { text: string; format: 'yaml' | 'json' }]> = [
  ['root is a list', textual('- 1\n- 2\n')],
  ['root is a number', textual('42\n')],
  ['root is an empty document', textual('')],
  ['YAML syntax error', textual('id: x\nnaam: [unclosed\n')],
  ['YAML duplicate key', textual('id: x\nid: y\n')],
  ['JSON syntax error', textual('{"id": "x",\n "naam": }\n', 'json')],
  ['horizon 0', yaml((r) => void (r.horizonJaren = 0))],
  ['horizon 51', yaml((r) => void (r.horizonJaren = 51))],
  ['horizon 2.5', yaml((r) => void (r.horizonJaren = 2.5))],
  ['horizon as text', yaml((r) => void (r.horizonJaren = '10'))],
  ['horizon missing', yaml((r) => void delete r.horizonJaren)],
  ['start year 1800', yaml((r) => void (r.startjaar = 1800))],
  ['price year missing', yaml((r) => void delete r.prijsjaar)],
  ['currency USD', yaml((r) => void (r.valuta = 'USD'))],
  ['parameters missing', yaml((r) => void delete r.parameters)],
  ['parameters a list', yaml((r) => void (r.parameters = []))],
  ['required parameter missing', yaml((r) => void delete r.parameters.uurloon)],
  ['parameter not an object', yaml((r) => void (r.parameters.uurloon = 5))],
  ['parameter value text', yaml((r) => void (r.parameters.uurloon.waarde = 'x'))],
  ['parameter value infinite', textual(readExample('delft').replace('waarde: 14.71', 'waarde: .inf'))],
  ['parameter value NaN', textual(readExample('delft').replace('waarde: 14.71', 'waarde: .nan'))],
  ['source missing', yaml((r) => void delete r.parameters.uurloon.bron)],
  ['source empty', yaml((r) => void (r.parameters.uurloon.bron = ''))],
  ['source blank', yaml((r) => void (r.parameters.uurloon.bron = '   '))],
  ['source year missing', yaml((r) => void delete r.parameters.uurloon.bronJaar)],
  ['unknown unit', yaml((r) => void (r.parameters.uurloon.eenheid = 'EUR/week'))],
  ['unit of another parameter', yaml((r) => void (r.parameters.uurloon.eenheid = 'EUR/maand'))],
  ['fraction unit on money', yaml((r) => void (r.parameters.uurloon.eenheid = 'fractie'))],
  ['other currency', yaml((r) => void (r.parameters.uurloon.eenheid = 'GBP/uur'))],
  ['money without price year', yaml((r) => void delete r.parameters.trainingKosten.prijsjaar)],
  [
    'price year without index',
    yaml((r) => {
      delete r.parameters.prijsindex;
    }),
  ],
  ['fraction above 1', yaml((r) => void (r.cohorten[0].uitvalTraining.waarde = 1.4))],
  ['fraction below 0', yaml((r) => void (r.parameters.vakantiegeld.waarde = -0.1))],
  ['negative hours', yaml((r) => void (r.cohorten[1].urenPerWeek.waarde = -16))],
  ['rate above 1', yaml((r) => void (r.parameters.discontovoet.waarde = 1.5))],
  ['rate of -1', yaml((r) => void (r.parameters.discontovoet.waarde = -1))],
  ['distribution not an object', yaml((r) => void (r.parameters.loonheffing.verdeling = 3))],
  [
    'distribution type unknown',
    yaml((r) => void (r.parameters.loonheffing.verdeling = dist('normaal', 0, 0.1))),
  ],
  [
    'distribution min missing',
    yaml((r) => void delete r.parameters.loonheffing.verdeling.min),
  ],
  [
    'distribution min text',
    yaml((r) => void (r.parameters.loonheffing.verdeling.min = 'laag')),
  ],
  [
    'distribution mode below min',
    yaml((r) => void (r.parameters.loonheffing.verdeling = dist('pert', 0.02, 0.1, 0.01))),
  ],
  [
    'distribution min equals max',
    yaml((r) => void (r.parameters.loonheffing.verdeling = dist('pert', 0.04, 0.04))),
  ],
  [
    'value outside its distribution',
    yaml((r) => void (r.parameters.tariefAbonnement.verdeling = dist('pert', 40, 50))),
  ],
  [
    'fraction distribution above 1',
    yaml((r) => void (r.parameters.loonheffing.verdeling = dist('driehoek', 0, 1.2))),
  ],
  [
    'negative distribution minimum',
    yaml((r) => void (r.parameters.trainingKosten.verdeling = dist('driehoek', -100, 3500))),
  ],
  [
    'rate distribution below -1',
    yaml((r) => void (r.parameters.discontovoet.verdeling = dist('driehoek', -1.5, 0.04))),
  ],
  ['grades missing', yaml((r) => void delete r.bewijsklassen)],
  ['grade missing', yaml((r) => void delete r.bewijsklassen['3'])],
  ['grade with money unit', yaml((r) => void (r.bewijsklassen['3'].eenheid = 'aantal'))],
  ['unknown stakeholder', yaml((r) => void (r.belanghebbenden[0].id = 'bank'))],
  ['stakeholder twice', yaml((r) => void (r.belanghebbenden[1].id = 'exploitant'))],
  ['cohort id twice', yaml((r) => void (r.cohorten[1].id = 'C2021'))],
  ['cohort intake missing', yaml((r) => void delete r.cohorten[0].instroom)],
  ['cohort hours unit', yaml((r) => void (r.cohorten[0].urenPerWeek.eenheid = 'uren/jaar'))],
  ['cohort before the start', yaml((r) => void (r.cohorten[2].startjaar = 2019))],
  ['cohort after the horizon', yaml((r) => void (r.cohorten[2].startjaar = 2040))],
  ['unknown destination', yaml((r) => void (r.cohorten[0].uitstroom[0].bestemming = 'pensioen'))],
  ['outflow above one', yaml((r) => void (r.cohorten[0].uitstroom[0].kansPerJaar.waarde = 0.95))],
  [
    'outflow unit',
    yaml((r) => void (r.cohorten[0].uitstroom[1].kansPerJaar.eenheid = 'personen')),
  ],
  ['negative lag', yaml((r) => void (r.cohorten[0].uitstroom[0].vertragingJaren = -1))],
  ['lag missing', yaml((r) => void delete r.cohorten[0].uitstroom[0].vertragingJaren)],
  ['unknown cohort property', yaml((r) => void (r.cohorten[0].uren = 16))],
  ['line id twice', yaml((r) => void (r.regels[1].id = 'loon'))],
  ['line id pattern', yaml((r) => void (r.regels[1].id = 'Loon Kosten'))],
  ['unknown calculation', yaml((r) => void (r.regels[0].berekening = 'winst'))],
  ['unknown category', yaml((r) => void (r.regels[0].categorie = 'opbrengst'))],
  ['unknown payer', yaml((r) => void (r.regels[0].betaler = 'bank'))],
  ['unknown receiver', yaml((r) => void (r.regels[0].ontvanger = 'bank'))],
  [
    'neither payer nor receiver',
    yaml((r) => {
      delete r.regels[3].betaler;
      delete r.regels[3].ontvanger;
    }),
  ],
  ['transfer without payer', yaml((r) => void delete r.regels[0].betaler)],
  ['transfer without receiver', yaml((r) => void delete r.regels[0].ontvanger)],
  ['payer is receiver', yaml((r) => void (r.regels[0].ontvanger = 'exploitant'))],
  ['unit value missing', yaml((r) => void delete r.regels[5].eenheidswaarde)],
  [
    'unit value not used',
    yaml(
      (r) => void (r.regels[0].eenheidswaarde = { waarde: 1, eenheid: 'EUR', bron: 'aanname' }),
    ),
  ],
  [
    'factor with a money unit in another currency',
    yaml(
      (r) =>
        void (r.regels[14].factor = {
          waarde: 1,
          eenheid: 'GBP',
          bron: 'aanname',
          prijsjaar: 2026,
        }),
    ),
  ],
  ['deadweight unit', yaml((r) => void (r.regels[12].deadweight.eenheid = 'aantal'))],
  ['deadweight above 1', yaml((r) => void (r.regels[12].deadweight.waarde = 2))],
  [
    'drop-off on a cohort line',
    yaml((r) => void (r.regels[13].afname = { waarde: 0.2, eenheid: 'fractie', bron: 'aanname' })),
  ],
  ['duration on a cohort line', yaml((r) => void (r.regels[13].duurJaren = 3))],
  ['drop-off unit', yaml((r) => void (r.regels[11].afname.eenheid = 'aantal'))],
  ['grade 7', yaml((r) => void (r.regels[10].bewijsklasse = 7))],
  ['grade 0', yaml((r) => void (r.regels[10].bewijsklasse = 0))],
  ['skimming off another receiver', yaml((r) => void (r.regels[8].afroming = true))],
  [
    'years reversed',
    yaml((r) => {
      r.regels[9].vanJaar = 2024;
      r.regels[9].totJaar = 2022;
    }),
  ],
  ['private market without tariff', yaml((r) => void delete r.parameters.tariefParticulier)],
  ['private market without share', yaml((r) => void delete r.parameters.particulierAandeel)],
  ['wage-cost subsidy without productivity', yaml((r) => void delete r.parameters.loonwaarde)],
  ['wage-cost subsidy without surcharge', yaml((r) => void delete r.parameters.lksOpslag)],
  ['JSON with a horizon of 0', json((r) => void (r.horizonJaren = 0))],
  [
    'two mistakes in one parameter',
    yaml((r) => {
      r.parameters.jobcoachTarief.eenheid = 'EUR/maand';
      r.parameters.jobcoachTarief.verdeling = dist('driehoek', 80, 95);
    }),
  ],
];

export const badScenarios: BadScenario[] = cases.map(([name, text]) => ({ name, text }));
