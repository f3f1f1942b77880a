// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// A DPIA along the seventeen points of the Dutch government's Model DPIA Rijksdienst (parts A–D)
// and the processing agreement between a care organisation and the hub.
//
// Roles, decided here: for client and signal data the care organisation is the controller and
// the hub its processor (the hub visits the care organisation's clients and reports signals to
// it, for the care organisation's purposes). For its own employees and for private households
// that subscribe directly, the hub is the controller; no processing agreement applies there.

const NOTE =
  'Model uit de Zorghub-toolkit (EUPL-1.2). Tekst tussen [haken] vult u zelf in. Laat de functionaris gegevensbescherming meelezen.';

export const DPIA_HEADINGS = [
  [
    'A. Beschrijving kenmerken gegevensverwerkingen',
    [
      [
        '1. Voorstel',
        'De Zorghub: medewerkers uit de bijstand doen aanvullende zorgtaken bij cliënten van zorgorganisaties en bij huishoudens, en melden signalen aan de zorgorganisatie.',
      ],
      [
        '2. Persoonsgegevens',
        'Cliënten: pseudoniem, adres, contactpersoon, afspraken, signalen (gezondheidsgegevens). Medewerkers: pseudoniem deelnemer-id, uren, training, jobcoaching, uitkeringsstatus. Huishoudens: contactgegevens, IBAN, toestemming. Geen BSN in exports.',
      ],
      [
        '3. Gegevensverwerkingen',
        'Plannen van bezoeken, vastleggen van uren en bezoeken, melden en opvolgen van signalen, facturen en incasso, rapportage van uitkomsten aan financiers (geaggregeerd of gepseudonimiseerd).',
      ],
      [
        '4. Verwerkingsdoeleinden',
        'Uitvoeren van de dienst, signaleren ten behoeve van de zorg door de zorgorganisatie, werkgeverschap en re-integratie, verantwoording en monitoring.',
      ],
      [
        '5. Betrokken partijen',
        'Zorgorganisatie (verwerkingsverantwoordelijke voor cliëntgegevens), sociaal werkbedrijf (verwerker voor cliëntgegevens; verantwoordelijke voor medewerkers en huishoudens), gemeente (verantwoordelijke voor re-integratie), leverancier van de software (subverwerker).',
      ],
      [
        '6. Belangen bij de gegevensverwerkingen',
        'Cliënten: goede zorg en vertrouwelijkheid. Medewerkers: een eerlijke beoordeling. Zorgorganisatie en gemeente: verantwoording.',
      ],
      ['7. Verwerkingslocaties', '[Waar draait de software? Binnen de EER? Welke hostingpartij?]'],
      [
        '8. Techniek en methoden van de gegevensverwerkingen',
        'De referentie-API van de Zorghub-toolkit: rollen per organisatie, een toegangslogboek volgens NEN 7513 bij elke inzage van cliënt- of signaalgegevens, exports zonder BSN.',
      ],
      [
        '9. Juridisch en beleidsmatig kader',
        'AVG, Uitvoeringswet AVG, Participatiewet, Wet langdurige zorg / Wmo 2015 / Zorgverzekeringswet voor de zorgorganisatie, NEN 7510 en NEN 7513.',
      ],
      [
        '10. Bewaartermijnen',
        '[Per gegevenssoort: bijvoorbeeld signalen zo lang als de zorgorganisatie ze nodig heeft, uren zeven jaar (fiscaal).]',
      ],
    ],
  ],
  [
    'B. Beoordeling rechtmatigheid gegevensverwerkingen',
    [
      [
        '11. Rechtsgrond',
        'Zorgorganisatie: uitvoering van de zorgovereenkomst en wettelijke zorgplicht. Sociaal werkbedrijf: arbeidsovereenkomst, wettelijke plicht (Participatiewet). Huishoudens: overeenkomst en toestemming.',
      ],
      [
        '12. Bijzondere persoonsgegevens',
        'Signalen zijn gezondheidsgegevens (art. 9 AVG). Uitzondering: art. 30 lid 3 UAVG voor zorgverleners en wie namens hen werkt, met geheimhoudingsplicht in de arbeidsovereenkomst.',
      ],
      [
        '13. Doelbinding',
        'Signalen alleen voor de zorg van de zorgorganisatie; geen gebruik voor de beoordeling van de uitkering van de cliënt of voor handhaving.',
      ],
      [
        '14. Noodzaak en evenredigheid',
        'Alleen de gegevens die nodig zijn voor een bezoek; pseudoniemen in rapportages; medewerkers zien alleen hun eigen cliënten.',
      ],
      [
        '15. Rechten van de betrokkenen',
        'Inzage (met het toegangsoverzicht uit het logboek), correctie, verwijdering, bezwaar; contactpunt bij de zorgorganisatie.',
      ],
    ],
  ],
  [
    'C. Beschrijving en beoordeling risico’s voor de betrokkenen',
    [
      [
        '16. Risico’s',
        'Onbevoegde inzage in signalen; een signaal dat niet wordt opgevolgd; herleidbaarheid van cliënten in rapportages; verlies van een telefoon van een medewerker.',
      ],
    ],
  ],
  [
    'D. Beschrijving voorgenomen maatregelen',
    [
      [
        '17. Maatregelen',
        'Rollen en toegang per organisatie, NEN 7513-logboek, versleuteling, geen signaalinhoud in meldingen of e-mail, training van medewerkers, signaalprotocol met opvolgtermijnen, jaarlijkse herziening van deze DPIA.',
      ],
    ],
  ],
];

export function dpia() {
  const blocks = [
    {
      p: 'Deze DPIA volgt de zeventien punten van het Model DPIA Rijksdienst (onderdelen A tot en met D). De tekst onder elk punt is een voorbeeld voor een Zorghub; pas hem aan uw situatie aan.',
    },
  ];
  for (const [part, points] of DPIA_HEADINGS) {
    blocks.push({ h: 1, text: part });
    for (const [heading, text] of points) blocks.push({ h: 2, text: heading }, { p: text });
  }
  blocks.push(
    { h: 1, text: 'Vaststelling' },
    {
      table: [
        ['Rol', 'Naam en functie', 'Datum'],
        ['Eigenaar verwerking', '', ''],
        ['Functionaris gegevensbescherming (advies)', '', ''],
      ],
    },
  );
  return { title: 'DPIA Zorghub [regio]', subtitle: NOTE, lang: 'nl', blocks };
}

export function verwerkersovereenkomst() {
  return {
    title: 'Verwerkersovereenkomst Zorghub [regio]',
    subtitle: NOTE,
    lang: 'nl',
    blocks: [
      { h: 1, text: 'Partijen en rollen' },
      {
        p: '[Zorgorganisatie] is verwerkingsverantwoordelijke voor de gegevens van haar cliënten en voor de signalen over hen. [Sociaal werkbedrijf] (de hub) verwerkt die gegevens uitsluitend in opdracht van de zorgorganisatie en is verwerker in de zin van artikel 28 AVG.',
      },
      {
        p: 'Waarom deze rolverdeling: de hub bezoekt cliënten van de zorgorganisatie en meldt signalen aan haar, voor de zorg die de zorgorganisatie verleent. De hub bepaalt doel en middelen van die verwerking niet zelf. Voor haar eigen medewerkers en voor huishoudens die zelf een abonnement nemen, is de hub wel zelf verwerkingsverantwoordelijke; daarvoor geldt deze overeenkomst niet.',
      },
      { h: 1, text: 'Onderwerp en duur' },
      {
        p: 'Deze overeenkomst hoort bij de abonnementsovereenkomst van [datum] en loopt zolang die loopt.',
      },
      { h: 1, text: 'Aard en doel van de verwerking' },
      {
        p: 'Plannen en uitvoeren van bezoeken, vastleggen van bezoeken en uren, melden van signalen aan de zorgorganisatie.',
      },
      { h: 1, text: 'Soorten gegevens en betrokkenen' },
      {
        table: [
          ['Betrokkenen', 'Gegevens'],
          [
            'Cliënten',
            'pseudoniem, adres, contactpersoon, afspraken, signalen (gezondheidsgegevens)',
          ],
          ['Contactpersonen', 'naam, telefoonnummer'],
        ],
      },
      { h: 1, text: 'Verplichtingen van de verwerker' },
      {
        list: [
          'Verwerkt alleen op schriftelijke instructie van de zorgorganisatie.',
          'Legt geheimhouding op aan iedereen die de gegevens ziet.',
          'Neemt passende beveiligingsmaatregelen (NEN 7510), waaronder een toegangslogboek volgens NEN 7513.',
          'Helpt de zorgorganisatie bij verzoeken van betrokkenen (inzage, correctie, verwijdering).',
        ],
      },
      { h: 1, text: 'Subverwerkers' },
      {
        p: 'De hub schakelt alleen subverwerkers in (bijvoorbeeld de hostingpartij) met voorafgaande schriftelijke toestemming: [lijst].',
      },
      { h: 1, text: 'Datalekken' },
      {
        p: 'De hub meldt een (vermoedelijk) datalek binnen [24] uur aan de zorgorganisatie, met wat bekend is over aard, omvang en maatregelen.',
      },
      { h: 1, text: 'Audit' },
      {
        p: 'De zorgorganisatie mag de naleving laten controleren, [eenmaal per jaar] of na een datalek.',
      },
      { h: 1, text: 'Einde van de overeenkomst' },
      {
        p: 'Na afloop geeft de hub alle gegevens terug of vernietigt ze, naar keuze van de zorgorganisatie, en bevestigt dat schriftelijk.',
      },
      { h: 1, text: 'Ondertekening' },
      {
        table: [
          ['Partij', 'Naam en functie', 'Datum', 'Handtekening'],
          ['Zorgorganisatie', '', '', ''],
          ['Sociaal werkbedrijf', '', '', ''],
        ],
      },
    ],
  };
}
