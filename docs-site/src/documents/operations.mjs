// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The signal protocol and the timeline template, in Dutch and English (neither is a Dutch
// legal document, so both languages are useful as they are).

const NOTE = {
  nl: 'Model uit de Zorghub-toolkit (EUPL-1.2). Tekst tussen [haken] vult u zelf in.',
  en: 'Template from the Zorghub toolkit (EUPL-1.2). Fill in the text in [brackets] yourself.',
};

const URGENCY = {
  nl: [
    ['Urgentie', 'Voorbeeld', 'Wat de medewerker doet', 'Reactie van de zorgorganisatie'],
    [
      'Acuut',
      'Cliënt is gevallen en kan niet opstaan',
      'Belt 112 bij levensgevaar, dan de zorgorganisatie',
      'Direct',
    ],
    [
      'Hoog',
      'Cliënt is sinds gisteren verward, eet niet',
      'Meldt direct na het bezoek en belt de contactpersoon',
      'Dezelfde dag',
    ],
    ['Normaal', 'Cliënt laat medicijnen liggen', 'Meldt na het bezoek', 'Binnen twee werkdagen'],
    ['Laag', 'Cliënt lijkt wat eenzamer', 'Meldt na het bezoek', 'Binnen een week'],
  ],
  en: [
    ['Urgency', 'Example', 'What the worker does', 'Care organisation responds'],
    [
      'Acute',
      'Client has fallen and cannot get up',
      'Calls 112 if life is at risk, then the care organisation',
      'At once',
    ],
    [
      'High',
      'Client has been confused since yesterday, not eating',
      'Reports right after the visit and phones the contact',
      'Same day',
    ],
    [
      'Normal',
      'Client leaves medicines untaken',
      'Reports after the visit',
      'Within two working days',
    ],
    ['Low', 'Client seems lonelier', 'Reports after the visit', 'Within a week'],
  ],
};

const STEPS = {
  nl: [
    'Waarnemen: de medewerker merkt iets op tijdens een bezoek.',
    'Handelen bij gevaar: bij acuut gevaar eerst 112 bellen en de cliënt niet alleen laten.',
    'Melden: via het afgesproken kanaal, met categorie, urgentie en een korte, feitelijke beschrijving.',
    'Doorsturen: het systeem stuurt het signaal alleen naar de zorgorganisatie van de cliënt.',
    'Bevestigen: de zorgorganisatie bevestigt binnen de termijn; anders belt de planner van de hub.',
    'Opvolgen: de zorgorganisatie beoordeelt en legt vast dat het signaal is opgevolgd.',
    'Terugkoppelen: de medewerker hoort in algemene termen dat het is opgepakt.',
    'Nabespreken: de jobcoach bespreekt het signaal met de medewerker.',
  ],
  en: [
    'Notice: the worker notices something during a visit.',
    'Act on danger: in acute danger call 112 first and do not leave the client alone.',
    'Report: through the agreed channel, with category, urgency and a short, factual description.',
    "Forward: the system sends the signal only to the client's care organisation.",
    "Confirm: the care organisation confirms within the agreed time; otherwise the hub's planner phones.",
    'Follow up: the care organisation assesses the signal and records that it was followed up.',
    'Feed back: the worker hears in general terms that it was taken up.',
    'Debrief: the job coach discusses the signal with the worker.',
  ],
};

export function signaalprotocol(lang) {
  const nl = lang === 'nl';
  return {
    title: nl ? 'Signaalprotocol Zorghub [regio]' : 'Signal protocol Zorghub [region]',
    subtitle: NOTE[lang],
    lang,
    blocks: [
      { h: 1, text: nl ? 'Doel' : 'Purpose' },
      {
        p: nl
          ? 'Medewerkers van de hub zien het als het met een cliënt niet goed gaat. Dit protocol zegt hoe zij dat melden, wie het oppakt en binnen welke tijd.'
          : 'Hub workers see when a client is not doing well. This protocol says how they report it, who takes it up and how fast.',
      },
      { h: 1, text: nl ? 'Wat is een signaal?' : 'What is a signal?' },
      {
        p: nl
          ? 'Een waarneming dat het met een cliënt mogelijk niet goed gaat, en die de zorgorganisatie moet weten. Geen diagnose: de medewerker beschrijft wat hij of zij ziet of hoort.'
          : 'An observation that a client may not be doing well, which the care organisation needs to know. Not a diagnosis: the worker describes what they see or hear.',
      },
      { h: 1, text: nl ? 'Urgentie en termijnen' : 'Urgency and response times' },
      { table: URGENCY[lang] },
      { h: 1, text: nl ? 'Stappen' : 'Steps' },
      { list: STEPS[lang] },
      { h: 1, text: nl ? 'Contactpersonen' : 'Contacts' },
      {
        table: nl
          ? [
              ['Rol', 'Organisatie', 'Bereikbaar'],
              ['Aanspreekpunt signalen', '[zorgorganisatie]', '[tijden, ook buiten kantoortijd]'],
              ['Planner', '[hub]', '[tijden]'],
            ]
          : [
              ['Role', 'Organisation', 'Reachable'],
              ['Signal contact', '[care organisation]', '[hours, also out of office hours]'],
              ['Planner', '[hub]', '[hours]'],
            ],
      },
      { h: 1, text: nl ? 'Privacy' : 'Privacy' },
      {
        p: nl
          ? 'Een signaal is een gezondheidsgegeven (artikel 9 AVG). Geen signaalinhoud in e-mail, sms of chat; alleen in het systeem van de hub, waar elke inzage wordt gelogd (NEN 7513).'
          : 'A signal is health data (GDPR art. 9). No signal content in e-mail, text messages or chat; only in the hub’s system, where every access is logged (NEN 7513).',
      },
      { h: 1, text: nl ? 'Evaluatie' : 'Review' },
      {
        p: nl
          ? 'De hub en de zorgorganisatie bespreken elk kwartaal hoeveel signalen er waren, hoe snel ze zijn bevestigd en wat er beter kan.'
          : 'Every quarter the hub and the care organisation review how many signals there were, how fast they were confirmed and what can improve.',
      },
    ],
  };
}

const PHASES = {
  nl: [
    ['Fase', 'Wat', 'Wie', 'Start', 'Klaar'],
    [
      '1. Alliantie',
      'Partners, intentieverklaring, stuurgroep',
      'gemeente, sociaal werkbedrijf',
      '[maand]',
      '[maand]',
    ],
    [
      '2. Businesscase',
      'Scenario voor de regio, verrekentabel',
      'beleidsmedewerker, financiën',
      '[maand]',
      '[maand]',
    ],
    ['3. Besluitvorming', 'Collegevoorstel, raadsvoorstel', 'college, raad', '[maand]', '[maand]'],
    [
      '4. Afspraken',
      'Abonnementen, tarievenblad, verwerkersovereenkomst, DPIA, signaalprotocol',
      'hub, zorgorganisaties',
      '[maand]',
      '[maand]',
    ],
    ['5. Werving', 'Kandidaten in beeld, kennismaking', 'gemeente, hub', '[maand]', '[maand]'],
    ['6. Training', 'Vier weken werk- en vakvaardigheden', 'hub', '[maand]', '[maand]'],
    ['7. Start', 'Dienstverband, eerste inzet, jobcoaching', 'hub', '[maand]', ''],
    [
      '8. Monitoring',
      'Plan en realisatie, jaarlijkse herijking',
      'stuurgroep',
      '[maand]',
      'doorlopend',
    ],
  ],
  en: [
    ['Phase', 'What', 'Who', 'Start', 'Done'],
    [
      '1. Alliance',
      'Partners, letter of intent, steering group',
      'municipality, social enterprise',
      '[month]',
      '[month]',
    ],
    [
      '2. Business case',
      'Scenario for the region, settlement table',
      'policy officer, finance',
      '[month]',
      '[month]',
    ],
    [
      '3. Decisions',
      'Executive proposal, council proposal',
      'executive, council',
      '[month]',
      '[month]',
    ],
    [
      '4. Agreements',
      'Subscriptions, tariff sheet, processing agreement, DPIA, signal protocol',
      'hub, care organisations',
      '[month]',
      '[month]',
    ],
    [
      '5. Recruitment',
      'Candidates in view, first meetings',
      'municipality, hub',
      '[month]',
      '[month]',
    ],
    ['6. Training', 'Four weeks of work and job skills', 'hub', '[month]', '[month]'],
    ['7. Start', 'Employment contract, first visits, job coaching', 'hub', '[month]', ''],
    ['8. Monitoring', 'Plan and actual, yearly review', 'steering group', '[month]', 'ongoing'],
  ],
};

export function planning(lang) {
  const nl = lang === 'nl';
  return {
    title: nl ? 'Planning Zorghub [regio]' : 'Timeline Zorghub [region]',
    subtitle: NOTE[lang],
    lang,
    blocks: [
      { h: 1, text: nl ? 'Fasen' : 'Phases' },
      {
        p: nl
          ? 'De fasen lopen deels door elkaar. Hoe lang de voorbereiding duurt, verschilt per regio; de bronnen over Delft noemen geen duur. Vul de maanden samen met de partners in.'
          : 'The phases overlap. How long the preparation takes differs per region; the sources on Delft give no duration. Fill in the months with the partners.',
      },
      { table: PHASES[lang] },
      { h: 1, text: nl ? 'Beslismomenten' : 'Decision points' },
      {
        list: nl
          ? [
              'Go/no-go van de stuurgroep na de businesscase',
              'Besluit van het college',
              'Besluit van de raad over het budget',
              'Start van de eerste klas',
            ]
          : [
              'Go/no-go of the steering group after the business case',
              'Decision of the executive',
              'Council decision on the budget',
              'Start of the first cohort',
            ],
      },
      { h: 1, text: nl ? 'Risico’s voor de planning' : 'Risks to the timeline' },
      {
        list: nl
          ? [
              'Geen zorgorganisatie die als eerste klant tekent',
              'DPIA of verwerkersovereenkomst niet op tijd klaar',
              'Te weinig kandidaten voor de eerste klas',
            ]
          : [
              'No care organisation signs as the first client',
              'DPIA or processing agreement not ready in time',
              'Too few candidates for the first cohort',
            ],
      },
    ],
  };
}
