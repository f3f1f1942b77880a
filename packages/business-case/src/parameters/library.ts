// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The parameter library: Dutch unit costs and rates with value, unit, source, source year, price
 * year, evidence grade and where they apply. Every figure comes from the toolkit's reference list
 * (REFERENCE.md, with its sources) or the seed articles; none is invented. Where a figure is not
 * available there, the entry has `waarde: null` and says so: the scenario must give it as an
 * explicit, labelled input. Grades follow the scenario's scale (1 = strong … 5 = an assumption);
 * the grade of each entry is the toolkit's own judgement of its source and is stated with it.
 * A data file: its length is the number of entries, not logic (exempt from the 400-line habit).
 */
import type { Parameter } from '../types.js';

export interface LibraryEntry {
  /** Stable id, referenced by a scenario parameter's `bibliotheek`. */
  id: string;
  label: { nl: string; en: string };
  /** The value, or null when no published figure was found: then an explicit input. */
  waarde: number | null;
  eenheid: Parameter['eenheid'];
  bron: string;
  /** Year of the source (publication or validity). */
  bronJaar: number;
  /** Price year of a money amount; null for rates and counts. */
  prijsjaar: number | null;
  /** Evidence grade 1–5, the toolkit's judgement of the source. */
  bewijsklasse: number;
  /** Where it applies: the scenario inputs it is meant for (paths as in `correlaties`). */
  toepassing: string[];
  toelichting?: { nl: string; en: string };
}

const SZW_WML = 'Ministerie van SZW, wettelijk minimumloon per uur';
const NORMS = 'Gemeentelijke publicaties van de SZW-normen (Participatiewet)';
const KHL = 'Zorginstituut Nederland, Kostenhandleiding 2024';
const UWV = 'UWV, maximale uren jobcoaching als deel van de gewerkte uren';
const statutory = {
  nl: 'Wettelijk vastgesteld bedrag: bewijsklasse 1.',
  en: 'A statutory amount: evidence grade 1.',
};
const reference = {
  nl: 'Landelijke referentieprijs uit de Kostenhandleiding: bewijsklasse 2 (een gemiddelde, niet gemeten in de eigen hub).',
  en: 'National reference price from the Kostenhandleiding: evidence grade 2 (an average, not measured in the hub itself).',
};
const notFound = {
  nl: 'Niet gevonden in de bronnen van de toolkit: expliciete invoer, geen stille standaardwaarde.',
  en: 'Not found in the toolkit’s sources: an explicit input, no silent default.',
};

export const PARAMETER_LIBRARY: readonly LibraryEntry[] = [
  {
    id: 'discontovoet-mkba',
    label: { nl: 'Discontovoet MKBA (reëel)', en: 'Discount rate, social CBA (real)' },
    waarde: 0.0225,
    eenheid: 'rentevoet',
    bron: 'Werkgroep discontovoet, rapport discontovoet',
    bronJaar: 2020,
    prijsjaar: null,
    bewijsklasse: 1,
    toepassing: ['parameters.discontovoet'],
    toelichting: {
      nl: '−1 % risicovrij plus 3,25 % risico-opslag; −1 % alleen voor aantoonbaar risicovrije stromen; vóór 2020 3 %.',
      en: '−1 % risk-free plus a 3.25 % risk premium; −1 % only for provably risk-free flows; 3 % before 2020.',
    },
  },
  {
    id: 'discontovoet-risicovrij',
    label: { nl: 'Discontovoet risicovrije stromen', en: 'Discount rate, risk-free flows' },
    waarde: -0.01,
    eenheid: 'rentevoet',
    bron: 'Werkgroep discontovoet, rapport discontovoet',
    bronJaar: 2020,
    prijsjaar: null,
    bewijsklasse: 1,
    toepassing: ['parameters.discontovoet'],
  },
  {
    id: 'discontovoet-voor-2020',
    label: { nl: 'Discontovoet MKBA vóór 2020', en: 'Discount rate, social CBA before 2020' },
    waarde: 0.03,
    eenheid: 'rentevoet',
    bron: 'Werkgroep discontovoet, rapport discontovoet',
    bronJaar: 2020,
    prijsjaar: null,
    bewijsklasse: 1,
    toepassing: ['parameters.discontovoet'],
  },
  {
    id: 'discontovoet-zorg-kosten',
    label: {
      nl: 'Discontovoet zorgeconomie, kosten',
      en: 'Discount rate, health economics, costs',
    },
    waarde: 0.03,
    eenheid: 'rentevoet',
    bron: 'Zorginstituut Nederland, richtlijn economische evaluaties',
    bronJaar: 2024,
    prijsjaar: null,
    bewijsklasse: 1,
    toepassing: ['parameters.discontovoet'],
  },
  {
    id: 'discontovoet-zorg-effecten',
    label: {
      nl: 'Discontovoet zorgeconomie, effecten',
      en: 'Discount rate, health economics, effects',
    },
    waarde: 0.015,
    eenheid: 'rentevoet',
    bron: 'Zorginstituut Nederland, richtlijn economische evaluaties',
    bronJaar: 2024,
    prijsjaar: null,
    bewijsklasse: 1,
    toepassing: ['parameters.discontovoet'],
  },
  ...(
    [
      ['2025-01', 14.06, 2025, '1 januari 2025', '1 January 2025'],
      ['2025-07', 14.4, 2025, '1 juli 2025', '1 July 2025'],
      ['2026-01', 14.71, 2026, '1 januari 2026', '1 January 2026'],
    ] as const
  ).map(
    ([when, waarde, year, nl, en]): LibraryEntry => ({
      id: `minimumloon-${when}`,
      label: {
        nl: `Wettelijk minimumloon per uur, ${nl}`,
        en: `Statutory minimum wage per hour, ${en}`,
      },
      waarde,
      eenheid: 'EUR/uur',
      bron: SZW_WML,
      bronJaar: year,
      prijsjaar: year,
      bewijsklasse: 1,
      toepassing: ['parameters.uurloon'],
      toelichting: statutory,
    }),
  ),
  ...(
    [
      [
        'alleenstaande',
        'alleenstaande 21+',
        'single person 21+',
        '2025-01',
        1345.45,
        'januari',
        'January',
      ],
      [
        'alleenstaande',
        'alleenstaande 21+',
        'single person 21+',
        '2025-07',
        1369.06,
        'juli',
        'July',
      ],
      ['gehuwden', 'gehuwden', 'couple', '2025-01', 1922.07, 'januari', 'January'],
      ['gehuwden', 'gehuwden', 'couple', '2025-07', 1955.8, 'juli', 'July'],
    ] as const
  ).map(
    ([who, nl, en, when, waarde, monthNl, monthEn]): LibraryEntry => ({
      id: `bijstandsnorm-${who}-${when}`,
      label: {
        nl: `Bijstandsnorm ${nl} per maand incl. vakantiegeld, ${monthNl} 2025`,
        en: `Assistance norm, ${en}, per month incl. holiday pay, ${monthEn} 2025`,
      },
      waarde,
      eenheid: 'EUR/maand',
      bron: NORMS,
      bronJaar: 2025,
      prijsjaar: 2025,
      bewijsklasse: 1,
      toepassing: ['parameters.bijstandsnormMaand'],
      toelichting: statutory,
    }),
  ),
  {
    id: 'bijstandsnorm-2026',
    label: { nl: 'Bijstandsnorm 2026', en: 'Assistance norm 2026' },
    waarde: null,
    eenheid: 'EUR/maand',
    bron: 'niet gevonden',
    bronJaar: 2026,
    prijsjaar: 2026,
    bewijsklasse: 5,
    toepassing: ['parameters.bijstandsnormMaand'],
    toelichting: notFound,
  },
  {
    id: 'werkgeverslasten',
    label: { nl: 'Werkgeverslasten op het brutoloon', en: 'Employer costs on the gross wage' },
    waarde: null,
    eenheid: 'fractie',
    bron: 'niet gevonden',
    bronJaar: 2025,
    prijsjaar: null,
    bewijsklasse: 5,
    toepassing: ['parameters.werkgeverslasten'],
    toelichting: notFound,
  },
  {
    id: 'jobcoach-tarief',
    label: { nl: 'Uurtarief jobcoach', en: 'Job coach tariff per hour' },
    waarde: null,
    eenheid: 'EUR/uur',
    bron: 'niet gevonden',
    bronJaar: 2025,
    prijsjaar: 2025,
    bewijsklasse: 5,
    toepassing: ['parameters.jobcoachTarief'],
    toelichting: notFound,
  },
  ...(
    [
      [1, 0.15],
      [2, 0.075],
      [3, 0.06],
    ] as const
  ).map(
    ([year, waarde]): LibraryEntry => ({
      id: `jobcoach-aandeel-jaar${year}`,
      label: {
        nl: `Jobcoaching, maximaal deel van de gewerkte uren, jaar ${year}`,
        en: `Job coaching, maximum share of hours worked, year ${year}`,
      },
      waarde,
      eenheid: 'fractie',
      bron: UWV,
      bronJaar: 2025,
      prijsjaar: null,
      bewijsklasse: 1,
      toepassing: [`parameters.jobcoachAandeelJaar${year}`],
      toelichting: {
        nl: 'Een bovengrens van de vergoede uren, geen gemeten gebruik.',
        en: 'A cap on the hours paid for, not a measured use.',
      },
    }),
  ),
  {
    id: 'lks-opslag-werkgeverslasten',
    label: {
      nl: 'Forfaitaire opslag werkgeverslasten op de loonkostensubsidie',
      en: 'Flat surcharge for employer costs on the wage-cost subsidy',
    },
    waarde: 0.235,
    eenheid: 'fractie',
    bron: 'Participatiewet, forfaitaire opslag werkgeverslasten loonkostensubsidie',
    bronJaar: 2025,
    prijsjaar: null,
    bewijsklasse: 1,
    toepassing: ['parameters.lksOpslag'],
    toelichting: statutory,
  },
  ...(
    [
      ['huisarts-consult', 'Consult huisarts', 'GP consultation', 30.87, 'EUR'],
      ['huisarts-visite', 'Visite huisarts', 'GP home visit', 43.31, 'EUR'],
      [
        'thuiszorg-huishoudelijke-hulp',
        'Huishoudelijke hulp per uur',
        'Household help per hour',
        32.76,
        'EUR/uur',
      ],
      [
        'thuiszorg-persoonlijke-verzorging',
        'Persoonlijke verzorging per uur',
        'Personal care per hour',
        57.58,
        'EUR/uur',
      ],
      ['thuiszorg-begeleiding', 'Begeleiding per uur', 'Guidance per hour', 64, 'EUR/uur'],
      ['thuiszorg-verpleging', 'Verpleging per uur', 'Nursing per hour', 75, 'EUR/uur'],
      [
        'dagbesteding-dagdeel',
        'Dagbesteding per dagdeel',
        'Day activities per half day',
        83.29,
        'EUR',
      ],
      [
        'mantelzorg-uur',
        'Uur mantelzorg of vrijwilligerswerk (vervangingskosten)',
        'Informal care or volunteer hour (replacement cost)',
        18.8,
        'EUR/uur',
      ],
    ] as const
  ).map(
    ([id, nl, en, waarde, eenheid]): LibraryEntry => ({
      id,
      label: { nl, en },
      waarde,
      eenheid,
      bron: KHL,
      bronJaar: 2024,
      prijsjaar: 2022,
      bewijsklasse: 2,
      toepassing: ['regels.<regel-id>.eenheidswaarde'],
      toelichting: reference,
    }),
  ),
  {
    id: 'brede-baten-van-werk',
    label: {
      nl: 'Brede baten van werk per persoon per jaar (minder ggz, Wmo, criminaliteit, schulden)',
      en: 'Broad benefits of work per person per year (less mental-health care, social support, crime, debt)',
    },
    waarde: 5000,
    eenheid: 'EUR/persoon/jaar',
    bron: 'CPB en SCP, De brede baten van werk',
    bronJaar: 2020,
    prijsjaar: 2020,
    bewijsklasse: 3,
    toepassing: ['regels.<regel-id>.eenheidswaarde'],
    toelichting: {
      nl: 'Ongeveer, bovenop de uitkeringsbesparing, voor de doelgroep van de vroegere sociale werkvoorziening: bewijsklasse 3 (een andere doelgroep). Prijsjaar: het jaar van publicatie (aanname).',
      en: 'About, on top of benefit savings, for the former sheltered-work target group: evidence grade 3 (another target group). Price year: the year of publication (an assumption).',
    },
  },
  {
    id: 'besparing-premiebetaler-drechtsteden',
    label: {
      nl: 'Besparing voor de premiebetaler, Baanbrekend Drechtsteden (ruim 60 mensen aan het werk)',
      en: 'Saving for the premium payer, Baanbrekend Drechtsteden (more than 60 people into work)',
    },
    waarde: 70000,
    eenheid: 'EUR',
    bron: 'In voor zorg!, Baanbrekend Drechtsteden: werk als beste zorg (Coöperatie VGZ)',
    bronJaar: 2019,
    prijsjaar: null,
    bewijsklasse: 4,
    toepassing: ['regels.<regel-id>.eenheidswaarde'],
    toelichting: {
      nl: 'Eén bedrag uit een artikel, niet per jaar en zonder prijsjaar of methode: bewijsklasse 4. Het bronjaar is dat van het artikel.',
      en: 'One amount from an article, not per year and without price year or method: evidence grade 4. The source year is that of the article.',
    },
  },
];
