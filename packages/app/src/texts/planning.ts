// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Texts of the planner's series, move and cancel forms (nl first, en the same shape), kept apart
 * from texts/nl.ts and en.ts so the pages other people work on do not conflict with these.
 */
const nl = {
  series: 'Herhalend inplannen',
  seriesTitle: 'Herhalende bezoeken',
  seriesIntro:
    'Bijvoorbeeld: elke dinsdag om 10:00 uur, drie maanden lang. Eerst ziet u welke datums passen; daarna boekt u ze.',
  weekdays: 'Op welke dagen',
  from: 'Vanaf',
  endBy: 'Eindigt',
  endUntil: 'Op een datum',
  endCount: 'Na een aantal bezoeken',
  until: 'Tot en met',
  count: 'Aantal bezoeken',
  preview: 'Voorbeeld van de datums',
  noDates: 'Deze keuze geeft geen datums. Kies minstens één dag en een einde na de begindatum.',
  truncated: (n: number) => `Er worden er hoogstens ${n} tegelijk ingepland.`,
  periodFit: (from: string, to: string, fits: number, over: number, left: string, unit: string) =>
    `${from} t/m ${to}: nog ${left} ${unit} over; ${fits} ${fits === 1 ? 'bezoek past' : 'bezoeken passen'}${over ? `, ${over} ${over === 1 ? 'zou' : 'zouden'} het abonnement overboeken` : ''}.`,
  fits: 'past',
  overboekt: 'overboekt het abonnement, wordt niet geboekt',
  buitenLooptijd: 'buiten de looptijd van het abonnement, wordt niet geboekt',
  alsoBooked: 'medewerker heeft dan al een bezoek',
  bookSeries: (n: number) => (n === 1 ? '1 bezoek boeken' : `${n} bezoeken boeken`),
  bookingProgress: (done: number, all: number) => `Bezig: ${done} van ${all} geboekt…`,
  seriesDone: (n: number) =>
    n === 1 ? '1 herhalend bezoek is ingepland.' : `${n} herhalende bezoeken zijn ingepland.`,
  seriesFailed: (ok: number, failed: number) =>
    `${ok} ${ok === 1 ? 'bezoek is' : 'bezoeken zijn'} ingepland; ${failed} niet. Hieronder staat per datum waarom. Opnieuw proberen boekt niets dubbel.`,
  failedOn: (day: string, why: string) => `${day}: ${why}`,
  retry: 'Opnieuw proberen voor de mislukte datums',
  back: 'Terug naar de planning',
  chooseWeekday: 'Kies minstens één dag.',
  chooseEnd: 'Vul een einddatum of een aantal in.',
  offline: 'Geen verbinding met de hub.',
  move: 'Verplaatsen',
  dragHint:
    'Sleep een bezoek met de muis naar een andere dag (of, per medewerker, naar een andere medewerker), of gebruik de knop Verplaatsen.',
  moveTitle: (id: string) => `Bezoek ${id} verplaatsen`,
  moveSave: 'Verplaatsing opslaan',
  moved: (id: string) => `Bezoek ${id} is verplaatst.`,
  stale:
    'Iemand anders heeft dit bezoek intussen gewijzigd. De planning is opnieuw geladen; bekijk het bezoek en probeer het nog eens.',
  cancelTitle: (id: string) => `Bezoek ${id} annuleren`,
  reason: 'Reden van annulering',
  reasonHint: 'Schrijf geen diagnose of medische reden op; kies alleen een reden uit de lijst.',
  byWhom: 'Wie annuleert',
  byClient: 'De cliënt of het huishouden',
  byProvider: 'De hub (aanbieder)',
  confirmCancel: 'Bezoek annuleren',
  keep: 'Niet annuleren',
  chooseReason: 'Kies een reden.',
};

export type PlanningTexts = typeof nl;

const en: PlanningTexts = {
  series: 'Book recurring',
  seriesTitle: 'Recurring visits',
  seriesIntro:
    'For example: every Tuesday at 10:00, for three months. First you see which dates fit; then you book them.',
  weekdays: 'On which days',
  from: 'From',
  endBy: 'Ends',
  endUntil: 'On a date',
  endCount: 'After a number of visits',
  until: 'Until (inclusive)',
  count: 'Number of visits',
  preview: 'Preview of the dates',
  noDates: 'This choice gives no dates. Choose at least one day and an end after the start date.',
  truncated: (n: number) => `At most ${n} are booked at a time.`,
  periodFit: (from: string, to: string, fits: number, over: number, left: string, unit: string) =>
    `${from} to ${to}: ${left} ${unit} left; ${fits} ${fits === 1 ? 'visit fits' : 'visits fit'}${over ? `, ${over} would overbook the subscription` : ''}.`,
  fits: 'fits',
  overboekt: 'overbooks the subscription, will not be booked',
  buitenLooptijd: "outside the subscription's term, will not be booked",
  alsoBooked: 'worker already has a visit then',
  bookSeries: (n: number) => (n === 1 ? 'Book 1 visit' : `Book ${n} visits`),
  bookingProgress: (done: number, all: number) => `Booking: ${done} of ${all} done…`,
  seriesDone: (n: number) =>
    n === 1 ? '1 recurring visit was booked.' : `${n} recurring visits were booked.`,
  seriesFailed: (ok: number, failed: number) =>
    `${ok} ${ok === 1 ? 'visit was' : 'visits were'} booked; ${failed} not. Below, per date, why. Trying again books nothing twice.`,
  failedOn: (day: string, why: string) => `${day}: ${why}`,
  retry: 'Try again for the failed dates',
  back: 'Back to the planning',
  chooseWeekday: 'Choose at least one day.',
  chooseEnd: 'Enter an end date or a number.',
  offline: 'No connection to the hub.',
  move: 'Move',
  dragHint:
    'Drag a visit with the mouse to another day (or, per worker, to another worker), or use the Move button.',
  moveTitle: (id: string) => `Move visit ${id}`,
  moveSave: 'Save the move',
  moved: (id: string) => `Visit ${id} was moved.`,
  stale:
    'Someone else changed this visit meanwhile. The planning was loaded again; look at the visit and try once more.',
  cancelTitle: (id: string) => `Cancel visit ${id}`,
  reason: 'Reason for cancelling',
  reasonHint: 'Do not write a diagnosis or medical reason; only choose a reason from the list.',
  byWhom: 'Who cancels',
  byClient: 'The client or household',
  byProvider: 'The hub (provider)',
  confirmCancel: 'Cancel the visit',
  keep: 'Do not cancel',
  chooseReason: 'Choose a reason.',
};

export const planningTexts: Record<'nl' | 'en', PlanningTexts> = { nl, en };
