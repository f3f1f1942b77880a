// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Raadsvoorstel and collegevoorstel: the headings a Dutch municipality's proposals use
// (onderwerp, beslispunten, aanleiding, beoogd effect, argumenten, kanttekeningen, financiën,
// uitvoering, communicatie), with the business case's figures in the financial section.
import { figureBlocks } from './figures.mjs';

const FACTS = [
  'In Delft nam het sociaal werkbedrijf Werkse! vanaf mei 2021 mensen uit de bijstand in dienst voor aanvullende zorgtaken bij zorgorganisaties, na een training van vier weken, met een dienstverband van gemiddeld zestien uur per week (praktijkvoorbeeld Zorghub Delft, Samen voor de klant, juni 2022).',
  'Een jaar later waren er 27 mensen aan het werk; drie van hen kwamen in dienst van de ouderenzorgorganisatie die klant was (zelfde bron).',
  'Zorgorganisaties betalen de hub met een abonnement; de kosten van training en jobcoaching zitten in het tarief (zelfde bron).',
];

function decisionPoints(kind) {
  return kind === 'raad'
    ? [
        'In te stemmen met het opzetten van een Zorghub in [regio] door [sociaal werkbedrijf], samen met de partners die de intentieverklaring hebben getekend.',
        'Voor de jaren [jaar] tot en met [jaar] een budget van [bedrag] beschikbaar te stellen voor de onrendabele top, ten laste van [begrotingspost], en de begroting daarop aan te passen.',
        'Het college op te dragen met de zorgverzekeraar en de zorgorganisaties afspraken te maken over de verrekening van kosten en baten, zoals beschreven onder Financiën.',
        'Het college op te dragen de raad jaarlijks te informeren over de gemeten resultaten (plan en realisatie) en na [aantal] jaar een evaluatie voor te leggen.',
      ]
    : [
        'In te stemmen met het voorstel om in [regio] een Zorghub op te zetten met [sociaal werkbedrijf].',
        'De intentieverklaring met de partners aan te gaan en de wethouder [portefeuille] te machtigen die te tekenen.',
        'Het raadsvoorstel over het budget voor de onrendabele top aan de raad voor te leggen.',
        'De uitvoeringsafspraken (abonnementen, verwerkersovereenkomst, signaalprotocol) te laten uitwerken en de planning vast te stellen.',
      ];
}

/**
 * @param {'raad' | 'college'} kind
 * @param {object} [result] a BusinessCaseResult; without it the financial section asks for the
 *   region's figures (the downloads page) instead of showing Delft's as if they were the reader's.
 */
export function proposal(kind, result) {
  const title =
    kind === 'raad'
      ? 'Raadsvoorstel: een Zorghub in [regio]'
      : 'Collegevoorstel: een Zorghub in [regio]';
  const blocks = [
    { h: 1, text: 'Onderwerp' },
    {
      p: 'Betaald werk in aanvullende zorgtaken voor inwoners met een bijstandsuitkering: het opzetten van een Zorghub in [regio].',
    },
    { h: 1, text: 'Beslispunten' },
    { p: kind === 'raad' ? 'De raad besluit:' : 'Het college besluit:' },
    { list: decisionPoints(kind) },
    { h: 1, text: 'Aanleiding' },
    {
      p: 'Veel inwoners met een bijstandsuitkering komen niet aan het werk, terwijl zorgorganisaties geen tijd hebben voor aanvullende taken: iemand vergezellen naar de huisarts of de winkel, een praatje maken met een eenzame oudere, kleine klusjes. Een Zorghub zet dat werk om in betaalde banen.',
    },
    { list: FACTS },
    { h: 1, text: 'Beoogd effect' },
    {
      list: [
        'Inwoners uit de bijstand hebben betaald werk tegen cao-loon, met training en jobcoaching.',
        'Cliënten van zorgorganisaties krijgen aandacht en hulp die nu blijft liggen; medewerkers signaleren wanneer het met een cliënt niet goed gaat.',
        'De gemeente geeft minder uit aan uitkeringen; zorgorganisaties en zorgverzekeraar worden ontlast.',
      ],
    },
    { h: 1, text: 'Argumenten' },
    {
      list: [
        'Het werk is maatschappelijk waardevol en verdringt geen regulier werk als de taken aanvullend zijn (zie kanttekeningen).',
        'De businesscase laat per partij zien wie betaalt en wie baat heeft (zie Financiën).',
        'De aanpak is in Delft beproefd; de gids van de Zorghub-toolkit beschrijft de stappen.',
      ],
    },
    { h: 1, text: 'Kanttekeningen en risico’s' },
    {
      list: [
        'Als medewerkers snel doorstromen naar regulier werk, mist de hub omzet waarop de businesscase rekende (praktijkvoorbeeld Zorghub Delft). Dat is een goed resultaat voor de inwoner en een risico voor de begroting van de hub.',
        'Besparingen op de bijstand vallen deels bij het Rijk (afroming); de businesscase rekent daarmee.',
        'Signalen over cliënten zijn gezondheidsgegevens; een DPIA, een verwerkersovereenkomst en een signaalprotocol zijn nodig voor de start.',
        'Verdringing: spreek met zorgorganisaties en vakbonden af welke taken aanvullend zijn.',
      ],
    },
    { h: 1, text: 'Financiën' },
    ...(result
      ? figureBlocks(result, 'nl')
      : [
          {
            p: '[Vul hier de cijfers van uw eigen businesscase in. De rekentool van de Zorghub-gids schrijft dit voorstel met de cijfers van uw scenario: kies in de rekentool "Download raadsvoorstel" of "Download collegevoorstel".]',
          },
        ]),
    { h: 1, text: 'Uitvoering' },
    {
      list: [
        'Alliantie en intentieverklaring met de partners.',
        'Werving en een eerste training van vier weken; daarna een dienstverband.',
        'Abonnementen met zorgorganisaties (en later particulieren), met tarievenblad.',
        'Verwerkersovereenkomst, DPIA en signaalprotocol vóór de eerste inzet.',
        'Monitoring: plan en realisatie, jaarlijks bijgewerkt.',
      ],
    },
    { h: 1, text: 'Communicatie' },
    {
      p: '[Hoe informeert u de inwoners, de zorgorganisaties en de kandidaten? Noem een contactpunt bij de gemeente en bij het sociaal werkbedrijf.]',
    },
    { h: 1, text: 'Bijlagen' },
    {
      list: [
        'Businesscase (rapport uit de rekentool, XLSX of HTML)',
        'Intentieverklaring',
        'Planning',
      ],
    },
  ];
  return {
    title,
    subtitle:
      'Model uit de Zorghub-toolkit (EUPL-1.2). Tekst tussen [haken] vult u zelf in; controleer de cijfers en bronnen voor u het voorstel indient.',
    lang: 'nl',
    blocks,
  };
}
