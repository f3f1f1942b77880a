// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Actuals from a data package, browser-safe: records go in one by one (any order of files, but a
 * participant before the records that point to it, as the standard's reference order gives) and
 * are added to counters per cohort and per month. Memory grows with the number of participants,
 * subscriptions and months, never with the number of visits, hours or invoices.
 */
import type {
  DeelnemerstatusCode,
  EntiteitCode,
  FactuurstatusCode,
  PeriodeEenheidCode,
  UrensoortCode,
} from '@zorghub/schemas';
import { scenarioDestination } from './crosswalk.js';
import { dayLabel, dayOf, eachMonth, hoursBetween, monthLabel, monthOfDay } from './dates.js';
import { Tally } from './tally.js';
import type { MonitorRecord, PackageActuals, PeriodActuals } from './types.js';

const WEEKS_PER_MONTH = 52 / 12;
const DAYS_PER_MONTH = 365.25 / 12;
/** Invoice states that are not revenue: a draft, or credited. */
const NOT_REVENUE = new Set<string>(['concept', 'gecrediteerd'] satisfies FactuurstatusCode[]);
/** Hours per month of one unit of `periodeEenheid`. */
const PER_MONTH: Readonly<Record<string, number>> = {
  week: WEEKS_PER_MONTH,
  maand: 1,
  kwartaal: 1 / 3,
  jaar: 1 / 12,
} satisfies Record<PeriodeEenheidCode, number>;

interface Person {
  tally: Tally;
  /** Day the hub job started, NaN when never placed. */
  start: number;
  end: number;
  hoursPerWeek: number;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Adds records up; `finish()` gives the actuals. */
export class ActualsAccumulator {
  readonly #cohorts = new Map<string, Tally>();
  readonly #total = new Tally();
  readonly #people = new Map<string, Person>();
  readonly #subscriptions: Array<{ start: number; end: number; perMonth: number }> = [];
  readonly #records: Record<string, number> = {};
  readonly #municipalities: Record<string, number> = {};
  #invalid = 0;
  #created = Number.NaN;
  #firstDay = Number.POSITIVE_INFINITY;
  #lastDay = Number.NEGATIVE_INFINITY;
  #invoices = { count: 0, revenue: 0, invoicedHours: 0, hourRevenue: 0, creditedOrDraftLeftOut: 0 };

  /** Counts a record that was left out because it did not validate. */
  skipInvalid(): void {
    this.#invalid++;
  }

  #seen(day: number): void {
    if (!Number.isFinite(day)) return;
    if (day < this.#firstDay) this.#firstDay = day;
    if (day > this.#lastDay) this.#lastDay = day;
  }

  #cohort(code: string): Tally {
    let tally = this.#cohorts.get(code);
    if (!tally) {
      tally = new Tally();
      this.#cohorts.set(code, tally);
    }
    return tally;
  }

  /** The participant's cohort tally, or the `?` cohort when the participant is unknown. */
  #of(id: unknown): { person: Person | undefined; tally: Tally } {
    const person = typeof id === 'string' ? this.#people.get(id) : undefined;
    return { person, tally: person?.tally ?? this.#cohort('?') };
  }

  /** Adds to the month of a cohort and of the hub. */
  #add(tally: Tally, month: number, add: (p: PeriodActuals) => void): void {
    add(tally.month(month));
    add(this.#total.month(month));
  }

  add({ entity, record }: MonitorRecord): void {
    this.#records[entity] = (this.#records[entity] ?? 0) + 1;
    const handle = this.#handlers[entity];
    if (handle) handle(record);
  }

  readonly #handlers: Partial<Record<string, (r: Record<string, unknown>) => void>> = {
    datapakket: (r) => {
      this.#created = dayOf(r.aangemaaktOp);
    },
    deelnemer: (r) => this.#participant(r),
    urenregistratie: (r) => this.#hours(r),
    coachingcontact: (r) => this.#coaching(r),
    bezoek: (r) => this.#visit(r),
    signaal: (r) => this.#signal(r),
    abonnement: (r) => this.#subscription(r),
    factuur: (r) => this.#invoice(r),
  } satisfies Partial<Record<EntiteitCode, (r: Record<string, unknown>) => void>>;

  #participant(r: Record<string, unknown>): void {
    const tally = this.#cohort(String(r.cohort));
    const status = r.status as DeelnemerstatusCode | undefined;
    const trainingStart = dayOf(r.trainingStartDatum);
    const start = dayOf(r.indienstDatum);
    const out = dayOf(r.uitstroomDatum);
    const person: Person = {
      tally,
      start,
      end: Number.isFinite(start) ? out : Number.NaN,
      hoursPerWeek: num(r.contracturenPerWeek),
    };
    if (typeof r.id === 'string') this.#people.set(r.id, person);
    for (const t of [tally, this.#total]) t.participants++;
    if (typeof r.gemeentecode === 'string')
      this.#municipalities[r.gemeentecode] = (this.#municipalities[r.gemeentecode] ?? 0) + 1;
    this.#seen(trainingStart);
    this.#seen(start);
    this.#seen(out);
    if (!Number.isFinite(trainingStart)) return; // a candidate who never started: no intake
    const placed = Number.isFinite(start);
    const dropped = !placed && status === 'uitgevallen';
    const inTraining = !placed && status === 'inTraining';
    for (const t of [tally, this.#total]) {
      t.intake++;
      if (placed) {
        t.completedTraining++;
        t.placed++;
        t.contractPerWeekSum += person.hoursPerWeek;
        if (!Number.isFinite(out)) t.atWorkAtEnd++;
      } else if (dropped) t.trainingDropouts++;
      else if (inTraining) t.stillInTraining++;
      else t.completedTraining++;
    }
    this.#add(tally, monthOfDay(trainingStart), (p) => p.intake++);
    if (dropped) {
      const when = Number.isFinite(out) ? out : dayOf(r.trainingEindDatum);
      this.#add(tally, monthOfDay(Number.isFinite(when) ? when : trainingStart), (p) => {
        p.trainingDropouts++;
      });
    }
    if (!placed) return;
    this.#add(tally, monthOfDay(start), (p) => p.placements++);
    if (!Number.isFinite(out)) return;
    const destination = scenarioDestination(r.uitstroombestemming);
    const code = typeof r.uitstroombestemming === 'string' ? r.uitstroombestemming : 'onbekend';
    this.#add(tally, monthOfDay(out), (p) => p.leavers[destination]++);
    const months = (out - start) / DAYS_PER_MONTH;
    for (const t of [tally, this.#total]) {
      t.leaversByDataDestination[code] = (t.leaversByDataDestination[code] ?? 0) + 1;
      const k =
        months < 3
          ? 'under3Months'
          : months < 6
            ? 'from3To6Months'
            : months < 12
              ? 'from6To12Months'
              : months < 24
                ? 'from12To24Months'
                : 'over24Months';
      t.timing[k]++;
    }
  }

  #hours(r: Record<string, unknown>): void {
    const kind = r.urensoort as UrensoortCode | undefined;
    if (kind === 'verlof') return;
    const day = dayOf(r.werkDatum);
    if (!Number.isFinite(day)) return;
    this.#seen(day);
    const { person, tally } = this.#of(r.deelnemerId);
    const hours = num(r.uren);
    const declarable = kind === 'dienstverlening';
    this.#add(tally, monthOfDay(day), (p) => {
      p.workedHours += hours;
      if (declarable) p.declarableHours += hours;
    });
    if (person && day - person.start < 365.25)
      for (const t of [tally, this.#total]) t.workedHoursYear1 += hours;
  }

  #coaching(r: Record<string, unknown>): void {
    const day = dayOf(r.contactDatum);
    if (!Number.isFinite(day)) return;
    const { person, tally } = this.#of(r.deelnemerId);
    const hours = num(r.duurMinuten) / 60;
    this.#add(tally, monthOfDay(day), (p) => {
      p.coachingContacts++;
      p.coachingHours += hours;
    });
    if (person && r.naUitstroom !== true && day - person.start < 365.25)
      for (const t of [tally, this.#total]) t.coachingHoursYear1 += hours;
  }

  #visit(r: Record<string, unknown>): void {
    if (r.status !== 'uitgevoerd') return;
    const hours = hoursBetween(r.werkelijkStartOp, r.werkelijkEindOp);
    const day = dayOf(r.werkelijkStartOp);
    if (!Number.isFinite(day) || !(hours >= 0)) return;
    this.#seen(day);
    const { tally } = this.#of(r.deelnemerId);
    this.#add(tally, monthOfDay(day), (p) => {
      p.visits++;
      p.visitHours += hours;
    });
  }

  #signal(r: Record<string, unknown>): void {
    const day = dayOf(r.gemeldOp);
    if (!Number.isFinite(day)) return;
    const { tally } = this.#of(r.deelnemerId);
    this.#add(tally, monthOfDay(day), (p) => p.signals++);
    const hours = hoursBetween(r.gemeldOp, r.ontvangenOp);
    for (const t of [tally, this.#total]) {
      t.signals++;
      if (!(hours >= 0)) continue;
      t.acknowledged++;
      t.ackSum += hours;
      if (hours > t.ackMax) t.ackMax = hours;
      const w = t.within;
      if (hours <= 1) w.h1++;
      else if (hours <= 4) w.h4++;
      else if (hours <= 24) w.h24++;
      else if (hours <= 72) w.h72++;
      else w.later++;
    }
  }

  #subscription(r: Record<string, unknown>): void {
    if (r.tariefeenheid !== 'uur' && r.abonnementsvorm !== 'urenbundel') return;
    const start = dayOf(r.startDatum);
    const perMonth = num(r.aantalPerPeriode) * (PER_MONTH[String(r.periodeEenheid)] ?? 0);
    if (!Number.isFinite(start) || perMonth <= 0) return;
    this.#subscriptions.push({ start, end: dayOf(r.eindDatum ?? r.opgezegdOp), perMonth });
  }

  #invoice(r: Record<string, unknown>): void {
    const inv = this.#invoices;
    if (NOT_REVENUE.has(String(r.status))) {
      inv.creditedOrDraftLeftOut++;
      return;
    }
    const day = dayOf(r.periodeStartDatum ?? r.factuurDatum);
    if (!Number.isFinite(day)) return;
    this.#seen(day);
    const revenue = num(r.totaalExclBtwInCenten) / 100;
    inv.count++;
    inv.revenue += revenue;
    for (const line of Array.isArray(r.regels) ? r.regels : []) {
      const l = line as Record<string, unknown>;
      if (l.eenheid !== 'uur') continue;
      inv.invoicedHours += num(l.aantal);
      inv.hourRevenue += num(l.bedragExclBtwInCenten) / 100;
    }
    this.#total.month(monthOfDay(day)).revenueInvoiced += revenue;
  }

  /** The actuals up to `asOf` (default the manifest's creation date, else the last date seen). */
  finish(options: { asOf?: string } = {}): PackageActuals {
    const asOfDay = options.asOf
      ? dayOf(options.asOf)
      : Number.isFinite(this.#created)
        ? this.#created
        : Number.isFinite(this.#lastDay)
          ? this.#lastDay
          : 0;
    const until = asOfDay + 1; // the as-of day itself counts
    for (const person of this.#people.values()) {
      if (!Number.isFinite(person.start)) continue;
      const end = Number.isFinite(person.end) ? Math.min(person.end, until) : until;
      eachMonth(person.start, end, (month, fraction) => {
        this.#add(person.tally, month, (p) => {
          p.personMonthsAtWork += fraction;
          p.contractHours += fraction * WEEKS_PER_MONTH * person.hoursPerWeek;
        });
      });
    }
    let hoursSold = 0;
    let subscriptionYears = 0;
    for (const s of this.#subscriptions) {
      const end = Number.isFinite(s.end) ? Math.min(s.end, until) : until;
      eachMonth(s.start, end, (month, fraction) => {
        this.#total.month(month).subscriptionHoursSold += fraction * s.perMonth;
        hoursSold += fraction * s.perMonth;
        subscriptionYears += fraction / 12;
      });
    }
    const total = this.#total.summary();
    const inv = this.#invoices;
    const cohorts = [...this.#cohorts.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([cohort, tally]) => ({ cohort, scenarioCohort: null, ...tally.summary() }));
    const first = Number.isFinite(this.#firstDay) ? monthLabel(monthOfDay(this.#firstDay)) : null;
    const last = Number.isFinite(this.#lastDay) ? monthLabel(monthOfDay(this.#lastDay)) : null;
    return {
      asOf: dayLabel(asOfDay),
      firstPeriod: first,
      lastPeriod: last,
      records: { ...this.#records },
      invalidRecordsLeftOut: this.#invalid,
      municipalities: { ...this.#municipalities },
      cohorts,
      total,
      subscriptions: {
        count: this.#subscriptions.length,
        hoursSold,
        hoursUsed: total.visitHours,
        hoursPerSubscriptionYear: subscriptionYears > 0 ? hoursSold / subscriptionYears : null,
      },
      invoices: {
        count: inv.count,
        revenue: inv.revenue,
        invoicedHours: inv.invoicedHours,
        pricePerHour: inv.invoicedHours > 0 ? inv.hourRevenue / inv.invoicedHours : null,
        creditedOrDraftLeftOut: inv.creditedOrDraftLeftOut,
      },
    };
  }
}

/** Reads records from any (async) iterable and returns the actuals. */
export async function collectActuals(
  records: AsyncIterable<MonitorRecord> | Iterable<MonitorRecord>,
  options: { asOf?: string } = {},
): Promise<PackageActuals> {
  const acc = new ActualsAccumulator();
  for await (const r of records) acc.add(r);
  return acc.finish(options);
}
