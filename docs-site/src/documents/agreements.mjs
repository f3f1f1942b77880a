// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The alliance's letter of intent and the two subscription agreements with their tariff
// sheets. The tariffs shown are the Delft scenario's (passed in), marked as an example.

const NOTE =
  'Model uit de Zorghub-toolkit (EUPL-1.2). Tekst tussen [haken] vult u zelf in. Laat de tekst juridisch toetsen voordat partijen tekenen.';

export function convenant() {
  return {
    title: 'Intentieverklaring Zorghub [regio]',
    subtitle: NOTE,
    lang: 'nl',
    blocks: [
      { h: 1, text: 'Partijen' },
      {
        list: [
          'Gemeente [naam], vertegenwoordigd door [functie];',
          '[Sociaal werkbedrijf], vertegenwoordigd door [functie];',
          '[Zorgorganisatie(s)], vertegenwoordigd door [functie];',
          '[Zorgverzekeraar], vertegenwoordigd door [functie];',
          '[Overige partners: fonds, welzijnsorganisatie, UWV].',
        ],
      },
      { h: 1, text: 'Overwegingen' },
      {
        list: [
          'Inwoners met een bijstandsuitkering komen moeilijk aan werk, terwijl aanvullende zorgtaken blijven liggen.',
          'Een Zorghub zet deze taken om in betaalde banen; de baten vallen bij verschillende partijen.',
          'Partijen willen samen onderzoeken en afspreken hoe zij kosten en baten verdelen.',
        ],
      },
      { h: 1, text: 'Doel' },
      {
        p: 'Partijen spreken de intentie uit om in [regio] een Zorghub op te zetten waarin [sociaal werkbedrijf] inwoners uit de bijstand in dienst neemt voor aanvullende zorgtaken bij zorgorganisaties en huishoudens.',
      },
      { h: 1, text: 'Inbreng van partijen' },
      {
        table: [
          ['Partij', 'Inbreng'],
          [
            'Gemeente',
            'Werving en doorverwijzing, loonkostensubsidie, budget voor de onrendabele top',
          ],
          ['Sociaal werkbedrijf', 'Werkgeverschap, training, jobcoaching, planning'],
          ['Zorgorganisaties', 'Abonnementen, begeleiding op de werkvloer, opvolging van signalen'],
          ['Zorgverzekeraar', 'Bijdrage naar resultaat, op basis van de businesscase'],
        ],
      },
      { h: 1, text: 'Verrekening van kosten en baten' },
      {
        p: 'Partijen gebruiken de verrekentabel van de businesscase als uitgangspunt en herijken die jaarlijks met gemeten cijfers (plan en realisatie).',
      },
      { h: 1, text: 'Governance' },
      {
        p: 'Een stuurgroep met een vertegenwoordiger van elke partij komt ten minste [aantal] keer per jaar bijeen.',
      },
      { h: 1, text: 'Privacy' },
      {
        p: 'Gegevens over cliënten en signalen zijn gezondheidsgegevens. Partijen sluiten de nodige verwerkersovereenkomsten en voeren een DPIA uit voordat de eerste medewerker bij een cliënt komt.',
      },
      { h: 1, text: 'Looptijd en evaluatie' },
      {
        p: 'Deze intentieverklaring geldt van [datum] tot [datum] en wordt na [termijn] geëvalueerd.',
      },
      { h: 1, text: 'Ondertekening' },
      {
        table: [
          ['Partij', 'Naam en functie', 'Datum', 'Handtekening'],
          ['', '', '', ''],
          ['', '', '', ''],
        ],
      },
    ],
  };
}

function tariffRows(tariffs, audience) {
  const eur = (v) =>
    new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(v);
  return audience === 'zorgorganisatie'
    ? [
        ['Onderdeel', 'Tarief', 'Toelichting'],
        [
          'Uurtarief abonnement',
          `${eur(tariffs.tariefAbonnement)} per uur`,
          'inclusief training en jobcoaching',
        ],
        [
          'Uren per abonnement',
          `${tariffs.urenPerAbonnement} uur per jaar`,
          'bundel; meer uren in overleg',
        ],
        ['Opzegtermijn', '[aantal] maanden', ''],
        ['Indexering', 'jaarlijks per 1 januari', '[index, bijvoorbeeld CBS cao-lonen]'],
      ]
    : [
        ['Onderdeel', 'Tarief', 'Toelichting'],
        [
          'Uurtarief huishouden',
          `${eur(tariffs.tariefParticulier)} per uur`,
          'inclusief btw [ja/nee]',
        ],
        ['Minimale afname', '[aantal] uur per maand', ''],
        ['Betaling', 'maandelijks via SEPA-incasso', 'met machtiging'],
        ['Opzegtermijn', '[aantal] maand', 'per de eerste van de maand'],
      ];
}

/**
 * @param {'zorgorganisatie' | 'huishouden'} audience
 * @param {Record<string, number>} tariffs the scenario's tariff parameters (example values)
 */
export function abonnement(audience, tariffs) {
  const care = audience === 'zorgorganisatie';
  const client = care ? 'de zorgorganisatie' : 'het huishouden';
  return {
    title: care
      ? 'Abonnementsovereenkomst Zorghub – zorgorganisatie'
      : 'Abonnementsovereenkomst Zorghub – huishouden',
    subtitle: NOTE,
    lang: 'nl',
    blocks: [
      { h: 1, text: 'Partijen' },
      {
        p: care
          ? '[Sociaal werkbedrijf] (de hub), KvK-nummer [nummer], en [zorgorganisatie], KvK-nummer [nummer].'
          : '[Sociaal werkbedrijf] (de hub), KvK-nummer [nummer], en het huishouden op [adres] (de abonnee).',
      },
      { h: 1, text: 'Diensten' },
      {
        p: `De hub levert aanvullende zorgtaken aan ${client}: begeleiden naar de huisarts, de winkel of familie, gezelschap, kleine klusjes en lichte huishoudelijke hulp. De hub levert geen verpleging of persoonlijke verzorging.`,
      },
      { h: 1, text: 'Abonnement en uren' },
      {
        p: 'Het abonnement omvat een bundel uren per periode volgens het tarievenblad. Niet gebruikte uren [vervallen / schuiven door].',
      },
      { h: 1, text: 'Tarief en betaling' },
      {
        p: care
          ? 'De hub factureert maandelijks achteraf. De kosten van training en jobcoaching zitten in het tarief.'
          : 'De abonnee betaalt maandelijks met een SEPA-machtiging. De hub legt de toestemming en de machtiging vast.',
      },
      { h: 1, text: 'Signaalfunctie' },
      {
        p: care
          ? 'Medewerkers melden wat hun opvalt aan de zorgorganisatie volgens het signaalprotocol. De zorgorganisatie volgt elk signaal op en laat de hub weten dat het is opgepakt.'
          : 'Medewerkers melden zorgen over de cliënt aan het contactpersoon van het huishouden, of bij direct gevaar aan 112.',
      },
      { h: 1, text: 'Privacy' },
      {
        p: care
          ? 'Voor gegevens van cliënten is de zorgorganisatie verwerkingsverantwoordelijke en de hub verwerker; partijen sluiten de verwerkersovereenkomst uit de Zorghub-toolkit.'
          : 'De hub is verwerkingsverantwoordelijke voor de gegevens van het huishouden en legt in de privacyverklaring uit welke gegevens zij bewaart en waarom.',
      },
      { h: 1, text: 'Looptijd en opzegging' },
      {
        p: 'De overeenkomst gaat in op [datum] en loopt [voor onbepaalde tijd / tot datum]; opzeggen kan met de opzegtermijn uit het tarievenblad.',
      },
      { h: 1, text: 'Aansprakelijkheid en klachten' },
      {
        p: 'Klachten meldt u bij [contactpunt]; de hub reageert binnen [termijn]. [Aansprakelijkheid en verzekering.]',
      },
      { h: 1, text: 'Tarievenblad' },
      {
        p: 'Voorbeeldtarieven uit het scenario van Delft in de Zorghub-toolkit; vervang ze door uw eigen tarieven.',
      },
      { table: tariffRows(tariffs, audience) },
      { h: 1, text: 'Ondertekening' },
      {
        table: [
          ['Partij', 'Naam en functie', 'Datum', 'Handtekening'],
          ['', '', '', ''],
          ['', '', '', ''],
        ],
      },
    ],
  };
}
