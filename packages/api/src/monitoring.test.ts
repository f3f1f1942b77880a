// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPPRESS_BELOW } from './routes/aggregates.js';
import { type Published, recover } from './test-support/disclosure-attack.js';
import { appFor, DATABASES, insertRecord, type Keys, seedTenants } from './test-support/harness.js';

interface Cell {
  aantal: number | null;
  onderdrukt: boolean;
}
interface Summary {
  cohort?: string;
  aantalDeelnemers: Cell;
  instroom: Cell;
  inTraining: Cell;
  uitvalTraining: Cell;
  trainingAfgerond: Cell;
  geplaatst: Cell;
  aanHetWerk: Cell;
  uitstroom: Array<Cell & { waarde: string }>;
  onderdrukt: boolean;
  persoonsjarenAanHetWerk: number | null;
  gewerkteUren: number | null;
  declarabeleUren: number | null;
  coachingcontacten: number | null;
  signalen: number | null;
  contracturen: number | null;
  signalenBevestigd: number | null;
  uitgevoerdeBezoeken: number | null;
}
interface Body {
  peildatum: string;
  onderdrukkingsgrens: number;
  totaal: Summary;
  cohorten: Summary[];
}

/**
 * What a reader recovers from a summary, by the independent reader of disclosure-attack.ts: every
 * count and sum over the cohorts with the hub total, and the two tables that add up within a cohort
 * (intake = in training + dropped out + completed; placed = at work + leavers per destination).
 */
function readerRecovers(body: Body): string[] {
  const all = [...body.cohorten, body.totaal];
  const count = (c: Cell | undefined) => (c ? c.aantal : 0);
  const leaks: string[] = [];
  const attack = (name: string, columns: Array<(s: Summary) => number | null>) => {
    const grid: Published = all.map((s) => columns.map((f) => f(s)));
    const found = recover(grid);
    for (const [i, row] of grid.entries())
      for (const [j, v] of row.entries())
        if (v === null && found.has(`${i},${j}`)) leaks.push(`${name} [${i}][${j}]`);
  };
  const line = (name: string, f: (s: Summary) => number | null) => {
    // One row of cells (the cohorts) and its total: transpose into a column with its total.
    const grid: Published = [
      [...body.cohorten.map(f), f(body.totaal)],
      body.cohorten.map(() => null).concat([null]),
    ];
    const found = recover(grid);
    grid[0]!.forEach((v, j) => {
      if (v === null && found.has(`0,${j}`)) leaks.push(`${name} [${j}]`);
    });
  };
  line('aantalDeelnemers', (s) => s.aantalDeelnemers.aantal);
  for (const k of [
    'persoonsjarenAanHetWerk',
    'gewerkteUren',
    'declarabeleUren',
    'coachingcontacten',
    'signalen',
    'contracturen',
    'signalenBevestigd',
    'uitgevoerdeBezoeken',
  ] as const)
    line(k, (s) => s[k]);
  attack('instroom', [
    (s) => s.inTraining.aantal,
    (s) => s.uitvalTraining.aantal,
    (s) => s.trainingAfgerond.aantal,
    (s) => s.instroom.aantal,
  ]);
  const destinations = [...new Set(all.flatMap((s) => s.uitstroom.map((u) => u.waarde)))];
  attack('geplaatst', [
    (s) => s.aanHetWerk.aantal,
    ...destinations.map((d) => (s: Summary) => count(s.uitstroom.find((u) => u.waarde === d))),
    (s) => s.geplaatst.aantal,
  ]);
  return leaks;
}

/**
 * Hub A gets a cohort 2024-05 of 7 people on top of the two seeded ones (cohort 2024-01): all 7
 * start training, 1 drops out, 6 are placed on 1 July, 2 of them leave on 1 October (one to a
 * subscriber, one without work); each placed person registers 10 service hours and one coaching
 * contact. Counted by hand below.
 */
async function seedCohort(ctx: Awaited<ReturnType<typeof appFor>>) {
  const db = ctx.app.zorghub.db;
  for (let i = 1; i <= 7; i++) {
    const id = `DN-M${i}`;
    const placed = i <= 6;
    const leaves = i === 1 ? 'regulierWerkBijAfnemer' : i === 2 ? 'geenWerk' : undefined;
    await insertRecord(db, 'HUB-A', 'deelnemer', {
      id,
      werkgeverId: 'HUB-A',
      cohort: '2024-05',
      status: leaves ? 'uitgestroomd' : placed ? 'inDienst' : 'uitgevallen',
      aanmeldDatum: '2024-04-15',
      trainingStartDatum: '2024-05-06',
      ...(placed
        ? { trainingEindDatum: '2024-06-28', indienstDatum: '2024-07-01', contracturenPerWeek: 20 }
        : { uitstroomDatum: '2024-05-20', uitstroombestemming: 'geenWerk' }),
      ...(leaves ? { uitstroomDatum: '2024-10-01', uitstroombestemming: leaves } : {}),
    });
    if (!placed) continue;
    await insertRecord(db, 'HUB-A', 'urenregistratie', {
      id: `UR-M${i}`,
      deelnemerId: id,
      werkDatum: '2024-08-01',
      uren: 10,
      urensoort: 'dienstverlening',
    });
    await insertRecord(db, 'HUB-A', 'coachingcontact', {
      id: `CC-M${i}`,
      deelnemerId: id,
      contactDatum: '2024-07-15',
      vorm: 'werkplek',
    });
  }
}

describe.each(DATABASES)('the monitoring summary for funders on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    ctx = await appFor(kind, 'monitoring', { rateLimit: { max: 100_000, timeWindow: 60_000 } });
    keys = await seedTenants(ctx.app);
    await seedCohort(ctx);
  }, 120_000);
  afterAll(async () => {
    await ctx.close();
  });

  const summary = async (key: string, query = '?peildatum=2024-12-31') => {
    const r = await ctx.app.inject({
      url: `/api/v1/monitoring-samenvatting${query}`,
      headers: { authorization: `Bearer ${key}` },
    });
    return { status: r.statusCode, body: r.json() as Body };
  };

  it('shows a cohort of 7 counted by hand where no small cell would follow from it', async () => {
    expect(SUPPRESS_BELOW).toBe(5);
    const { status, body } = await summary(keys.A.financier);
    expect(status).toBe(200);
    expect(body.onderdrukkingsgrens).toBe(SUPPRESS_BELOW);
    expect(body.peildatum).toBe('2024-12-31');
    const c = body.cohorten.find((x) => x.cohort === '2024-05')!;
    expect(c.instroom).toEqual({ aantal: 7, onderdrukt: false });
    expect(c.trainingAfgerond).toEqual({ aantal: 6, onderdrukt: false });
    // 1 dropout, 4 still at work, 0 in training, 1 leaver per destination: all under 5.
    for (const small of [c.uitvalTraining, c.aanHetWerk, c.inTraining])
      expect(small).toEqual({ aantal: null, onderdrukt: true });
    expect(c.uitstroom).toEqual([
      { waarde: 'geenWerk', aantal: null, onderdrukt: true },
      { waarde: 'regulierWerkBijAfnemer', aantal: null, onderdrukt: true },
    ]);
    expect(c.onderdrukt).toBe(false);
    // The hub shows 9 people and the other cohort has 2: the 7 (and its 60 hours, 6 contacts)
    // would give those 2 away, so they are suppressed too (secondary suppression).
    expect(body.totaal.aantalDeelnemers).toEqual({ aantal: 9, onderdrukt: false });
    expect(c.aantalDeelnemers).toEqual({ aantal: null, onderdrukt: true });
    expect(c.gewerkteUren).toBeNull();
    expect(c.coachingcontacten).toBeNull();
    // 4 people for half a year and 2 for a quarter (the seeded cohort has none).
    expect(body.totaal.persoonsjarenAanHetWerk).toBeCloseTo(2.5, 1);
    expect(body.totaal.geplaatst).toEqual({ aantal: 6, onderdrukt: false });
  });

  it('lets no suppressed cell be worked out from the totals and the other cells', async () => {
    for (const query of ['?peildatum=2024-12-31', '?peildatum=2024-06-30']) {
      const { body } = await summary(keys.A.financier, query);
      const leaks = readerRecovers(body);
      expect(leaks, query).toEqual([]);
    }
  });

  it('suppresses the sums of a cohort of fewer than 5 people, and shows the hub total', async () => {
    const { body } = await summary(keys.A.financier);
    const small = body.cohorten.find((x) => x.cohort === '2024-01')!;
    expect(small.onderdrukt).toBe(true);
    expect(small.aantalDeelnemers).toEqual({ aantal: null, onderdrukt: true });
    expect(small.gewerkteUren).toBeNull();
    expect(small.coachingcontacten).toBeNull();
    expect(small.signalen).toBeNull();
    expect(small.persoonsjarenAanHetWerk).toBeNull();
    // The hub: 9 people; 60 + 2 × 4 seeded hours; 6 + 2 seeded contacts; the 2 seeded signals.
    expect(body.totaal.aantalDeelnemers).toEqual({ aantal: 9, onderdrukt: false });
    expect(body.totaal.gewerkteUren).toBe(68);
    expect(body.totaal.coachingcontacten).toBe(8);
    expect(body.totaal.signalen).toBe(2);
    expect(JSON.stringify(body)).not.toMatch(/DN-|CL-|SG-/);
  });

  it('counts only the hub of the credential', async () => {
    const { body } = await summary(keys.B.financier);
    expect(body.cohorten.map((c) => c.cohort)).toEqual(['2024-01']);
    expect(body.totaal.aantalDeelnemers).toEqual({ aantal: null, onderdrukt: true });
  });

  it('counts up to the date asked: before the placements nobody is at work yet', async () => {
    const { body } = await summary(keys.A.beheerder, '?peildatum=2024-06-30');
    const c = body.cohorten.find((x) => x.cohort === '2024-05')!;
    expect(c.persoonsjarenAanHetWerk).toBe(0);
  });

  it.each(['planner', 'jobcoach', 'medewerker', 'zorgorganisatie'] as const)(
    'refuses the role %s',
    async (role) => {
      expect((await summary(keys.A[role])).status).toBe(403);
    },
  );

  it('refuses a malformed date with a 400 naming the parameter', async () => {
    const r = await ctx.app.inject({
      url: '/api/v1/monitoring-samenvatting?peildatum=31-12-2024',
      headers: { authorization: `Bearer ${keys.A.financier}` },
    });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('peildatum');
  });
});
