// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** De teksten van de pagina's voor particuliere huishoudens (aanmelden, inloggen, eigen pagina's). */
export const householdNl = {
  signup: {
    title: 'Aanmelden voor hulp thuis',
    intro:
      'Meld je huishouden aan voor een abonnement bij de Zorghub. Medewerkers van de hub komen op de dagen die je kiest. Velden zonder "(niet verplicht)" zijn verplicht.',
    package: 'Welk pakket wil je?',
    packageOption: (hours: number, unit: string) => `${hours} uur per ${unit}`,
    packageHint: (price: string, unit: string, hourly: string) =>
      `Kost ${price} per ${unit} (${hourly} per uur).`,
    offerLoading: 'Het aanbod van de hub wordt geladen…',
    offerFailed: (detail: string) =>
      `Het aanbod van de hub kon niet worden geladen (${detail}). Probeer het later opnieuw; wat je hebt ingevuld blijft bewaard.`,
    offerRetry: 'Opnieuw laden',
    choosePackage: 'Kies een pakket.',
    services: 'Waarvoor wil je hulp? (niet verplicht)',
    days: 'Op welke dagen komen we het liefst? (niet verplicht)',
    start: 'Vanaf welke datum?',
    startHint: 'Bijvoorbeeld 2027-01-04. De hub bevestigt de eerste datum.',
    address: 'Adres waar de bezoeken zijn',
    name: 'Naam',
    street: 'Straat',
    number: 'Huisnummer',
    numberHint: 'Alleen cijfers, bijvoorbeeld 12.',
    addition: 'Toevoeging (niet verplicht)',
    postcode: 'Postcode',
    postcodeHint: 'Vier cijfers en twee letters, bijvoorbeeld 2611 AB.',
    town: 'Woonplaats',
    contact: 'Contactgegevens',
    email: 'E-mailadres',
    emailHint: 'Hierheen sturen we de bevestiging en de inloglink.',
    phone: 'Telefoonnummer (niet verplicht)',
    language: 'In welke taal schrijven we je?',
    payment: 'Hoe wil je betalen?',
    iban: 'IBAN',
    ibanHint: 'Je rekeningnummer, bijvoorbeeld NL91 ABNA 0417 1643 00.',
    holder: 'Naam van de rekeninghouder',
    mandate:
      'Met een doorlopende machtiging geef je de hub toestemming om elke maand het bedrag van je factuur af te schrijven. Je kunt een afschrijving binnen 8 weken laten terugboeken.',
    invoice: 'Je krijgt elke maand een factuur die je zelf overmaakt.',
    consent: 'Toestemming',
    consentLabel:
      'Ik geef toestemming dat de Zorghub mijn gegevens gebruikt om de bezoeken te plannen, te bevestigen en te factureren.',
    privacyLink: 'Lees de privacyverklaring (opent de gids)',
    consentRequired:
      'Geef toestemming voor het gebruik van je gegevens, anders kunnen we je niet helpen.',
    submit: 'Aanmelding versturen',
    busy: 'Bezig met versturen…',
    signIn: 'Heb je al een abonnement? Log in op je eigen pagina’s',
  },
  field: {
    iban: 'Dit IBAN klopt niet: controleer of je het goed hebt overgenomen (de controlecijfers kloppen niet).',
    ibanFormat:
      'Vul een IBAN in: twee letters, twee cijfers en dan het rekeningnummer, bijvoorbeeld NL91 ABNA 0417 1643 00.',
    postcode: 'Vul een postcode in met vier cijfers en twee letters, bijvoorbeeld 2611 AB.',
    number:
      'Vul het huisnummer in met alleen cijfers, bijvoorbeeld 12; een letter hoort bij de toevoeging.',
    email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
    phone:
      'Vul een telefoonnummer in met alleen cijfers, spaties of streepjes, bijvoorbeeld 06 12345678.',
    date: 'Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2027-01-04.',
    addition: 'Een toevoeging is 1 tot 10 letters of cijfers, bijvoorbeeld A of bis.',
  },
  done: {
    title: 'Je aanmelding is ontvangen',
    intro: (id: string) => `Dank je wel. Je aanvraag heeft nummer ${id}.`,
    next: 'Wat gebeurt er nu?',
    steps: [
      'We hebben een bevestiging voor je klaargezet in de uitgaande post van de hub, met een inloglink naar je eigen pagina’s.',
      'Een planner van de hub bekijkt je aanvraag en neemt binnen vijf werkdagen contact met je op over de eerste afspraak.',
      'Daarna zie je je bezoeken en facturen op je eigen pagina’s. Een bezoek afzeggen kan tot 24 uur van tevoren.',
    ] as readonly string[],
    signIn: 'Naar inloggen',
  },
  signIn: {
    title: 'Inloggen voor huishoudens',
    intro:
      'Vul het e-mailadres in waarmee je je hebt aangemeld. We sturen je een inloglink die 15 minuten geldig is.',
    email: 'E-mailadres',
    submit: 'Stuur mij een inloglink',
    sent: 'Als dit e-mailadres bij ons bekend is, staat er nu een inloglink voor je klaar. Kijk in je e-mail; de link is 15 minuten geldig en werkt één keer.',
    exchanging: 'Bezig met inloggen…',
    badToken: 'Deze inloglink is verlopen of al gebruikt. Vraag hieronder een nieuwe aan.',
    signup: 'Nog geen abonnement? Meld je aan',
  },
  home: {
    title: 'Mijn abonnement',
    loading: 'Laden…',
    subscription: 'Abonnement',
    status: 'Status',
    amount: 'Pakket',
    days: 'Voorkeursdagen',
    noDays: 'Geen voorkeur',
    startDate: 'Start',
    endDate: 'Einde',
    notice: 'Opzegtermijn',
    noticeDays: (n: number) => (n === 1 ? '1 dag' : `${n} dagen`),
    visits: 'Komende bezoeken',
    noVisits: 'Er zijn geen bezoeken gepland.',
    visit: (date: string) => `Bezoek op ${date}`,
    time: 'Tijd',
    service: 'Dienst',
    reason: 'Waarom zeg je af?',
    cancel: 'Bezoek afzeggen',
    cancelled: (date: string) => `Het bezoek op ${date} is afgezegd.`,
    tooLate:
      'Afzeggen kan tot 24 uur voor het bezoek. Bel de hub als je toch niet kunt; dan zoeken we samen een oplossing.',
    chooseReason: 'Kies waarom je afzegt.',
    change: 'Pakket wijzigen',
    newAmount: 'Aantal uren per maand',
    amountHint: 'Een heel getal, bijvoorbeeld 8.',
    save: 'Wijziging opslaan',
    changed: 'Je abonnement is gewijzigd.',
    end: 'Abonnement opzeggen',
    endIntro: (date: string, days: string) =>
      `Met een opzegtermijn van ${days} stopt je abonnement op ${date}. Tot die dag komen de geplande bezoeken door.`,
    confirmEnd: 'Ja, zeg mijn abonnement op',
    ended: (date: string) => `Je abonnement is opgezegd en stopt op ${date}.`,
    notEndable: 'Dit abonnement is al opgezegd of beëindigd.',
    invoices: 'Facturen',
    noInvoices: 'Er zijn nog geen facturen.',
    invoiceColumns: ['Nummer', 'Periode', 'Status', 'Bedrag'] as readonly string[],
    refused: (detail: string) => `De hub weigert dit: ${detail}`,
  },
  consent: {
    title: 'Toestemming en betalen',
    intro:
      'Hier zie je waarvoor je toestemming hebt gegeven en hoe je betaalt. Intrekken kan hier net zo makkelijk als geven.',
    consents: 'Je toestemmingen',
    givenOn: 'Gegeven op',
    version: 'Versie privacyverklaring',
    withdrawnOn: 'Ingetrokken op',
    withdraw: (subject: string) => `Toestemming intrekken: ${subject}`,
    withdrawIntro: (subject: string) =>
      `Wil je je toestemming "${subject}" intrekken? De hub gebruikt je gegevens daar dan niet meer voor.`,
    withdrawService: (date: string) =>
      `Zonder deze toestemming kan de hub geen bezoeken plannen: je abonnement wordt opgezegd en stopt met de opzegtermijn op ${date}.`,
    confirmWithdraw: 'Ja, trek mijn toestemming in',
    withdrawn: (subject: string) =>
      `Je toestemming "${subject}" is ingetrokken. Je krijgt een bevestiging per e-mail.`,
    mandates: 'Je machtiging voor automatische incasso',
    noMandates: 'Je betaalt per factuur; er is geen machtiging.',
    account: 'Rekening',
    accountEnding: (last: string) => `eindigt op ${last}`,
    signedOn: 'Getekend op',
    revokedOn: 'Ingetrokken op',
    revoke: 'Machtiging intrekken',
    revokeIntro:
      'Wil je de machtiging intrekken? De hub schrijft dan niets meer van je rekening af; je krijgt voortaan een factuur die je zelf overmaakt.',
    confirmRevoke: 'Ja, trek mijn machtiging in',
    revoked: 'Je machtiging is ingetrokken. Je krijgt voortaan een factuur.',
    keep: 'Nee, laat staan',
  },
};

export type HouseholdTexts = typeof householdNl;
