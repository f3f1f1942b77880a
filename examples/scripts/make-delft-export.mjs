#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Longer than 400 lines: one deterministic generator; its steps draw from one random stream in a
// fixed order, so the same run writes the same bytes.
// Writes examples/delft/export/: a synthetic but realistic data package of a hub like Zorghub Delft
// one year after its first cohort (May 2021 – May 2022). Deterministic: the same run writes the same
// bytes. All ids are pseudonymous; there are no names, addresses, BSNs or free-text health content.
//
// Facts it follows (../shared/REFERENCE.md, seeds 000–002): about 50 candidates on assistance in
// view; the first cohort started in May 2021; four weeks of training; contracts of 16 hours a week on
// average; 27 people at work after one year; 3 of them progressed to a regular job at the
// elderly-care client. Everything else (visit counts, tariffs, signal mix) is invented to look
// plausible and is labelled as such in examples/delft/README.md.
//
// Usage: node examples/scripts/make-delft-export.mjs [outDir]
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(process.argv[2] ?? join(here, '..', 'delft', 'export'));

// ---- deterministic randomness (mulberry32) ----
let seed = 20210503;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const pad = (n, width) => String(n).padStart(width, '0');

// ---- dates (Europe/Amsterdam, with explicit offsets) ----
const day = 86_400_000;
const utcDate = (iso) => new Date(`${iso}T00:00:00Z`);
const isoDate = (d) => d.toISOString().slice(0, 10);
const addDays = (d, n) => new Date(d.getTime() + n * day);
/** Offset of Europe/Amsterdam on a date: +02:00 in summer time, +01:00 otherwise. */
function amsterdamOffset(d) {
  const y = d.getUTCFullYear();
  const lastSunday = (month) => {
    const last = new Date(Date.UTC(y, month + 1, 0));
    return addDays(last, -last.getUTCDay());
  };
  return d >= lastSunday(2) && d < lastSunday(9) ? '+02:00' : '+01:00';
}
const localDateTime = (d, hour, minute) =>
  `${isoDate(d)}T${pad(hour, 2)}:${pad(minute, 2)}:00${amsterdamOffset(d)}`;

const exportDate = utcDate('2022-05-31');

// ---- organisations ----
const operatorId = 'ORG-WERKSE';
const organisaties = [
  {
    id: operatorId,
    naam: 'Werkse! (Zorghub Delft)',
    organisatiesoort: 'sociaalWerkbedrijf',
    rollen: ['exploitant', 'werkgever', 'trainingsaanbieder'],
    gemeentecode: 'GM0503',
    actiefVanafDatum: '2021-05-01',
  },
  {
    id: 'ORG-OUDERENZORG-1',
    naam: 'Ouderenzorgorganisatie A (voorbeeld)',
    organisatiesoort: 'ouderenzorg',
    rollen: ['afnemer'],
    gemeentecode: 'GM0503',
    actiefVanafDatum: '2021-06-01',
  },
  {
    id: 'ORG-OUDERENZORG-2',
    naam: 'Ouderenzorgorganisatie B (voorbeeld)',
    organisatiesoort: 'ouderenzorg',
    rollen: ['afnemer'],
    gemeentecode: 'GM0503',
    actiefVanafDatum: '2021-09-01',
  },
  {
    id: 'ORG-OPVANG-1',
    naam: 'Dak- en thuislozenopvang (voorbeeld)',
    organisatiesoort: 'dakEnThuislozenopvang',
    rollen: ['afnemer'],
    gemeentecode: 'GM0503',
    actiefVanafDatum: '2021-06-01',
  },
  {
    id: 'ORG-DAGBESTEDING-1',
    naam: 'Dagbesteding (voorbeeld)',
    organisatiesoort: 'dagbesteding',
    rollen: ['afnemer'],
    gemeentecode: 'GM0503',
    actiefVanafDatum: '2021-10-01',
  },
  {
    id: 'ORG-GEMEENTE-DELFT',
    naam: 'Gemeente Delft',
    organisatiesoort: 'gemeente',
    rollen: ['financier', 'verwijzer'],
    gemeentecode: 'GM0503',
  },
  {
    id: 'ORG-START-FOUNDATION',
    naam: 'Start Foundation',
    organisatiesoort: 'fonds',
    rollen: ['financier'],
  },
];
const careOrgs = organisaties.filter((o) => o.rollen.includes('afnemer'));

// ---- services ----
const diensten = [
  ['DI-HUISARTS', 'begeleidingHuisarts', 'Begeleiding naar huisarts of ziekenhuis', 120],
  ['DI-BOODSCHAPPEN', 'begeleidingBoodschappen', 'Begeleiding bij boodschappen', 90],
  ['DI-FAMILIE', 'begeleidingFamiliebezoek', 'Begeleiding bij familiebezoek', 180],
  ['DI-GEZELSCHAP', 'gezelschap', 'Gezelschap en een praatje', 60],
  ['DI-WANDELEN', 'wandelen', 'Samen wandelen', 60],
  ['DI-KLUSJES', 'kleineKlusjes', 'Kleine klusjes', 90],
  ['DI-HUISHOUDEN', 'lichteHuishoudelijkeHulp', 'Lichte huishoudelijke hulp', 120],
].map(([id, dienstsoort, naam, standaardDuurMinuten]) => ({
  id,
  aanbiederId: operatorId,
  dienstsoort,
  naam,
  standaardDuurMinuten,
}));

// ---- subscriptions: hours per month per care organisation, tariff per hour incl. training and coaching ----
const tariffCents = 3250; // assumption: EUR 32.50 an hour, in the range of household help (REFERENCE.md)
const abonnementen = careOrgs.map((org, i) => ({
  id: `AB-${pad(i + 1, 4)}`,
  aanbiederId: operatorId,
  afnemersoort: 'organisatie',
  afnemerOrganisatieId: org.id,
  abonnementsvorm: 'urenbundel',
  aantalPerPeriode: 450, // hours a month: room above the busiest month (about 410 hours)
  periodeEenheid: 'maand',
  tariefInCenten: tariffCents,
  tariefeenheid: 'uur',
  startDatum: org.actiefVanafDatum,
}));

// ---- participants: 50 candidates, three cohorts, 27 at work on 31 May 2022 ----
// cohort start dates (training four weeks, contract from the Monday after)
const cohorts = [
  { code: '2021-05', start: '2021-05-03', size: 14 },
  { code: '2021-09', start: '2021-09-06', size: 12 },
  { code: '2022-01', start: '2022-01-10', size: 10 },
];
const ageClasses = ['27tot50', '27tot50', '50tot65', '50tot65', '50tot65', 'tot27'];
const deelnemers = [];
const trainingen = [];
let participantNo = 0;
for (const cohort of cohorts) {
  const trainingStart = utcDate(cohort.start);
  const trainingEnd = addDays(trainingStart, 25); // four weeks, Monday to Friday
  const contractStart = addDays(trainingStart, 28);
  for (let i = 0; i < cohort.size; i++) {
    participantNo++;
    const id = `DN-${pad(participantNo, 4)}`;
    const aanmeld = addDays(trainingStart, -int(21, 70));
    const droppedInTraining = cohort.code === '2021-09' && i < 2; // "almost no dropout": two in all
    const record = {
      id,
      werkgeverId: operatorId,
      cohort: cohort.code,
      gemeentecode: 'GM0503',
      leeftijdsklasse: pick(ageClasses),
      status: 'inDienst',
      aanmeldDatum: isoDate(aanmeld),
      intakeDatum: isoDate(addDays(aanmeld, int(5, 14))),
      trainingStartDatum: isoDate(trainingStart),
      trainingEindDatum: isoDate(trainingEnd),
      uitkeringssoortBijInstroom: 'bijstand',
    };
    trainingen.push({
      id: `TR-${pad(participantNo, 4)}`,
      deelnemerId: id,
      aanbiederId: operatorId,
      trainingssoort: 'werknemersvaardigheden',
      startDatum: isoDate(trainingStart),
      eindDatum: isoDate(trainingEnd),
      uren: droppedInTraining ? 24 : 80,
      resultaat: droppedInTraining ? 'nietAfgerond' : 'afgerond',
    });
    if (droppedInTraining) {
      record.status = 'uitgevallen';
      record.uitstroomDatum = isoDate(addDays(trainingStart, 10));
      record.uitstroombestemming = 'geenWerk';
    } else {
      record.indienstDatum = isoDate(contractStart);
      record.contracturenPerWeek = pick([12, 16, 16, 16, 16, 20, 20]);
      record.loonkostensubsidie = true;
    }
    deelnemers.push(record);
  }
}
// Outflow. The first cohort: 3 to a regular job at the elderly-care client, 1 elsewhere. The
// second cohort (started September 2021) flows out faster than the scenario plans, so that
// monitoring has something to find: within half a year of starting work 3 of its 10 leave (one to
// a job elsewhere, two without work). 34 were employed; 34 - 7 = 27 at work on the export date.
const firstCohort = deelnemers.filter((d) => d.cohort === '2021-05');
const secondCohort = deelnemers.filter((d) => d.cohort === '2021-09' && d.indienstDatum);
const outflow = [
  [firstCohort[0], 'regulierWerkBijAfnemer', '2022-02-01'],
  [firstCohort[1], 'regulierWerkBijAfnemer', '2022-03-01'],
  [firstCohort[2], 'regulierWerkBijAfnemer', '2022-04-01'],
  [firstCohort[3], 'regulierWerkElders', '2022-01-01'],
  [secondCohort[0], 'geenWerk', '2021-12-15'],
  [secondCohort[1], 'regulierWerkElders', '2022-02-01'],
  [secondCohort[2], 'geenWerk', '2022-03-15'],
];
for (const [d, bestemming, datum] of outflow) {
  d.status = 'uitgestroomd';
  d.uitstroomDatum = datum;
  d.uitstroombestemming = bestemming;
}
// 14 candidates in view who have not started: 10 waiting for the next cohort, 4 who withdrew.
for (let i = 0; i < 14; i++) {
  participantNo++;
  const aanmeld = addDays(utcDate('2022-02-01'), int(0, 110));
  const withdrew = i < 4;
  deelnemers.push({
    id: `DN-${pad(participantNo, 4)}`,
    werkgeverId: operatorId,
    cohort: withdrew ? '2022-01' : '2022-06',
    gemeentecode: 'GM0503',
    leeftijdsklasse: pick(ageClasses),
    status: withdrew ? 'uitgevallen' : 'kandidaat',
    aanmeldDatum: isoDate(withdrew ? addDays(utcDate('2021-11-01'), i * 9) : aanmeld),
    uitkeringssoortBijInstroom: 'bijstand',
    ...(withdrew ? { uitstroomDatum: '2021-12-20', uitstroombestemming: 'onbekend' } : {}),
  });
}
const employed = deelnemers.filter((d) => d.indienstDatum);
const atWork = employed.filter((d) => d.status === 'inDienst');
if (deelnemers.length !== 50 || atWork.length !== 27) {
  throw new Error(
    `expected 50 candidates and 27 at work, got ${deelnemers.length} and ${atWork.length}`,
  );
}

// ---- clients: pseudonymous, per care organisation ----
const clientsPerOrg = [40, 24, 18, 14];
const clienten = [];
careOrgs.forEach((org, i) => {
  for (let k = 0; k < clientsPerOrg[i]; k++) {
    const start = addDays(utcDate(org.actiefVanafDatum), int(0, 60));
    clienten.push({
      id: `CL-${pad(clienten.length + 1, 4)}`,
      zorgorganisatieId: org.id,
      abonnementId: abonnementen[i].id,
      gemeentecode: 'GM0503',
      leeftijdsklasse:
        org.organisatiesoort === 'ouderenzorg'
          ? pick(['75tot85', '75tot85', '85plus', '65tot75'])
          : pick(['27tot50', '50tot65', '65tot75']),
      startDatum: isoDate(start),
    });
  }
});

// ---- visits, hours, coaching: week by week ----
const bezoeken = [];
const urenregistraties = [];
const coachingcontacten = [];
const signalen = [];
const servicesByOrgKind = {
  ouderenzorg: [
    'DI-HUISARTS',
    'DI-BOODSCHAPPEN',
    'DI-GEZELSCHAP',
    'DI-WANDELEN',
    'DI-FAMILIE',
    'DI-HUISHOUDEN',
  ],
  dakEnThuislozenopvang: ['DI-KLUSJES', 'DI-HUISHOUDEN', 'DI-BOODSCHAPPEN', 'DI-HUISARTS'],
  dagbesteding: ['DI-WANDELEN', 'DI-GEZELSCHAP', 'DI-FAMILIE', 'DI-KLUSJES'],
};
const signalCategories = [
  'eenzaamheid',
  'eenzaamheid',
  'lichamelijk',
  'cognitief',
  'zelfzorg',
  'woonsituatie',
  'financieel',
  'mantelzorg',
  'psychisch',
  'medicatie',
];
const followUps = [
  'contactMetClient',
  'contactMetMantelzorger',
  'zorgAangepast',
  'doorverwezen',
  'alBekend',
  'geenActieNodig',
];
const firstMonday = utcDate('2021-06-07');
const lastDay = utcDate('2022-05-27');
for (let monday = firstMonday; monday <= lastDay; monday = addDays(monday, 7)) {
  const activeOrgs = careOrgs
    .map((org, i) => ({ org, i }))
    .filter(({ org }) => utcDate(org.actiefVanafDatum) <= monday);
  for (const worker of employed) {
    const start = utcDate(worker.indienstDatum);
    const end = worker.uitstroomDatum ? utcDate(worker.uitstroomDatum) : exportDate;
    if (monday < start || monday >= end) continue;
    // Seven visits a week over four days; the rest of the contract is travel, meetings and coaching.
    let serviceMinutes = 0;
    for (let v = 0; v < 7; v++) {
      const dayOfWeek = (v % 4) + (worker.id.charCodeAt(5) % 2);
      const date = addDays(monday, dayOfWeek);
      const { org, i } = pick(activeOrgs);
      const clientsOfOrg = clienten.filter(
        (c) => c.zorgorganisatieId === org.id && utcDate(c.startDatum) <= date,
      );
      if (clientsOfOrg.length === 0) continue;
      const client = pick(clientsOfOrg);
      const dienstId = pick(servicesByOrgKind[org.organisatiesoort]);
      const duration = diensten.find((d) => d.id === dienstId).standaardDuurMinuten;
      const hour = pick([9, 10, 11, 13, 14]);
      const id = `BZ-${pad(bezoeken.length + 1, 6)}`;
      const roll = random();
      const status =
        date > exportDate
          ? 'gepland'
          : roll < 0.9
            ? 'uitgevoerd'
            : roll < 0.95
              ? 'geannuleerdDoorClient'
              : roll < 0.98
                ? 'nietAangetroffen'
                : 'geannuleerdDoorAanbieder';
      const endMinutes = hour * 60 + duration;
      const visit = {
        id,
        clientId: client.id,
        deelnemerId: worker.id,
        abonnementId: abonnementen[i].id,
        dienstId,
        geplandStartOp: localDateTime(date, hour, 0),
        geplandEindOp: localDateTime(date, Math.floor(endMinutes / 60), endMinutes % 60),
        status,
      };
      if (status === 'uitgevoerd') {
        const late = int(0, 10);
        const actualEnd = endMinutes + late + int(-5, 15);
        visit.werkelijkStartOp = localDateTime(date, hour, late);
        visit.werkelijkEindOp = localDateTime(date, Math.floor(actualEnd / 60), actualEnd % 60);
        serviceMinutes += actualEnd - (hour * 60 + late);
        // Roughly one visit in forty leads to a signal to the client's care organisation.
        if (random() < 0.025) {
          const urgentie = pick(['laag', 'normaal', 'normaal', 'normaal', 'hoog', 'hoog', 'acuut']);
          const gemeld = new Date(date.getTime());
          const ackHours = { acuut: 0, hoog: 2, normaal: 24, laag: 72 }[urgentie];
          const ontvangen = addDays(gemeld, Math.floor(ackHours / 24));
          signalen.push({
            id: `SG-${pad(signalen.length + 1, 4)}`,
            clientId: client.id,
            deelnemerId: worker.id,
            bezoekId: id,
            categorie: pick(signalCategories),
            urgentie,
            doorgezetNaarId: org.id,
            gemeldOp: localDateTime(gemeld, Math.min(Math.floor(actualEnd / 60) + 1, 20), 0),
            ontvangenOp: localDateTime(
              ontvangen,
              Math.min(Math.floor(actualEnd / 60) + 1 + (ackHours % 24), 21),
              30,
            ),
            opvolging: pick(followUps),
            opgevolgdOp: localDateTime(addDays(ontvangen, int(1, 5)), 15, 0),
          });
        }
      }
      bezoeken.push(visit);
    }
    const weekHours = worker.contracturenPerWeek;
    const service = Math.round((serviceMinutes / 60) * 4) / 4;
    const travel = Math.min(2, Math.max(0, weekHours - service));
    const rows = [
      ['dienstverlening', service],
      ['reistijd', travel],
      ['overleg', Math.max(0, weekHours - service - travel)],
    ];
    for (const [urensoort, uren] of rows) {
      if (uren <= 0) continue;
      urenregistraties.push({
        id: `UR-${pad(urenregistraties.length + 1, 6)}`,
        deelnemerId: worker.id,
        werkDatum: isoDate(addDays(monday, 4)),
        uren,
        urensoort,
        goedgekeurdOp: localDateTime(addDays(monday, 7), 9, 0),
      });
    }
    // Job coaching: every other week in the first three months, then monthly.
    const weeksIn = Math.round((monday - start) / (7 * day));
    if ((weeksIn < 13 && weeksIn % 2 === 0) || weeksIn % 4 === 0) {
      coachingcontacten.push({
        id: `CO-${pad(coachingcontacten.length + 1, 5)}`,
        deelnemerId: worker.id,
        jobcoachId: pick(['JC-01', 'JC-02']),
        contactDatum: isoDate(addDays(monday, 2)),
        duurMinuten: pick([30, 45, 60]),
        vorm: pick(['werkplek', 'gesprek', 'gesprek', 'telefonisch']),
        naUitstroom: false,
      });
    }
  }
  // Coaching continues after outflow to a regular job (the safety net).
  for (const d of deelnemers.filter((x) => x.uitstroombestemming?.startsWith('regulierWerk'))) {
    const out = utcDate(d.uitstroomDatum);
    const weeksAfter = Math.round((monday - out) / (7 * day));
    if (weeksAfter >= 0 && weeksAfter % 4 === 1) {
      coachingcontacten.push({
        id: `CO-${pad(coachingcontacten.length + 1, 5)}`,
        deelnemerId: d.id,
        jobcoachId: 'JC-01',
        contactDatum: isoDate(addDays(monday, 3)),
        duurMinuten: 30,
        vorm: 'telefonisch',
        naUitstroom: true,
      });
    }
  }
}

// ---- invoices: monthly per subscription, performed visits × hourly tariff ----
const facturen = [];
const minutesBetween = (a, b) => (Date.parse(b) - Date.parse(a)) / 60_000;
for (
  let m = new Date(Date.UTC(2021, 5, 1));
  m < utcDate('2022-05-01');
  m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))
) {
  const monthEnd = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 0));
  const key = isoDate(m).slice(0, 7);
  for (const ab of abonnementen) {
    const done = bezoeken.filter(
      (b) =>
        b.abonnementId === ab.id && b.status === 'uitgevoerd' && b.werkelijkStartOp.startsWith(key),
    );
    if (done.length === 0) continue;
    const minutes = done.reduce(
      (sum, b) => sum + minutesBetween(b.werkelijkStartOp, b.werkelijkEindOp),
      0,
    );
    const hours = Math.round((minutes / 60) * 100) / 100;
    const net = Math.round(hours * ab.tariefInCenten);
    const vat = Math.round(net * 0.21);
    facturen.push({
      id: `FA-${pad(facturen.length + 1, 4)}`,
      factuurnummer: `ZH-${key.replace('-', '')}-${ab.id.slice(3)}`,
      aanbiederId: operatorId,
      afnemerOrganisatieId: ab.afnemerOrganisatieId,
      abonnementId: ab.id,
      factuurDatum: isoDate(addDays(monthEnd, 3)),
      vervalDatum: isoDate(addDays(monthEnd, 33)),
      periodeStartDatum: isoDate(m),
      periodeEindDatum: isoDate(monthEnd),
      status: monthEnd < utcDate('2022-04-01') ? 'betaald' : 'verzonden',
      regels: [
        {
          omschrijving: `Uitgevoerde bezoeken ${key} (${done.length})`,
          aantal: hours,
          eenheid: 'uur',
          prijsPerEenheidInCenten: ab.tariefInCenten,
          bedragExclBtwInCenten: net,
          btwPercentage: 21,
        },
      ],
      totaalExclBtwInCenten: net,
      btwBedragInCenten: vat,
      totaalInclBtwInCenten: net + vat,
    });
  }
}

// ---- outcomes: per participant per quarter ----
const uitkomsten = [];
const quarters = [
  ['2021-04-01', '2021-06-30'],
  ['2021-07-01', '2021-09-30'],
  ['2021-10-01', '2021-12-31'],
  ['2022-01-01', '2022-03-31'],
  ['2022-04-01', '2022-05-31'],
];
for (const d of deelnemers.filter((x) => x.trainingStartDatum)) {
  for (const [qs, qe] of quarters) {
    const qStart = utcDate(qs);
    const qEnd = utcDate(qe);
    if (utcDate(d.trainingStartDatum) > qEnd) continue;
    if (
      d.uitstroomDatum &&
      utcDate(d.uitstroomDatum) < qStart &&
      !d.uitstroombestemming.startsWith('regulierWerk')
    )
      continue;
    const out = d.uitstroomDatum && utcDate(d.uitstroomDatum) <= qEnd;
    const inTraining = !d.indienstDatum || utcDate(d.indienstDatum) > qEnd;
    let arbeidssituatie;
    let uitkeringsstatus;
    if (out) {
      arbeidssituatie = d.uitstroombestemming.startsWith('regulierWerk')
        ? 'regulierWerk'
        : d.uitstroombestemming === 'opleiding'
          ? 'opleiding'
          : 'geenWerk';
      uitkeringsstatus = arbeidssituatie === 'regulierWerk' ? 'beeindigd' : 'volledig';
    } else if (inTraining) {
      arbeidssituatie = 'inTraining';
      uitkeringsstatus = 'volledig';
    } else {
      arbeidssituatie = 'inDienstHub';
      // At 16 hours a week the wage stays below the assistance norm: supplementary assistance.
      uitkeringsstatus = d.contracturenPerWeek >= 20 ? 'beeindigd' : 'aanvullend';
    }
    const weeks = Math.round((qEnd - qStart) / (7 * day));
    uitkomsten.push({
      id: `UK-${pad(uitkomsten.length + 1, 5)}`,
      deelnemerId: d.id,
      periodeStartDatum: qs,
      periodeEindDatum: qe,
      arbeidssituatie,
      ...(arbeidssituatie === 'inDienstHub'
        ? {
            contracturenPerWeek: d.contracturenPerWeek,
            gewerkteUren: d.contracturenPerWeek * weeks,
          }
        : {}),
      uitkeringsstatus,
      ...(uitkeringsstatus === 'beeindigd' ? {} : { uitkeringssoort: 'bijstand' }),
      uitgestroomd: Boolean(out),
      ...(out ? { uitstroombestemming: d.uitstroombestemming } : {}),
    });
  }
}

// ---- writing ----
function csv(records, columns) {
  const cell = (v) => {
    if (v === undefined || v === null) return '';
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `${[columns.join(','), ...records.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n')}\n`;
}
const columnsOf = (records) => [...new Set(records.flatMap((r) => Object.keys(r)))];
const files = [
  [
    'organisaties.json',
    'organisatie',
    'json',
    organisaties,
    (r) => `${JSON.stringify(r, null, 2)}\n`,
  ],
  ['diensten.csv', 'dienst', 'csv', diensten, (r) => csv(r, columnsOf(r))],
  ['abonnementen.csv', 'abonnement', 'csv', abonnementen, (r) => csv(r, columnsOf(r))],
  ['deelnemers.csv', 'deelnemer', 'csv', deelnemers, (r) => csv(r, columnsOf(r))],
  ['trainingen.csv', 'training', 'csv', trainingen, (r) => csv(r, columnsOf(r))],
  [
    'coachingcontacten.csv',
    'coachingcontact',
    'csv',
    coachingcontacten,
    (r) => csv(r, columnsOf(r)),
  ],
  ['clienten.csv', 'client', 'csv', clienten, (r) => csv(r, columnsOf(r))],
  [
    'bezoeken.ndjson',
    'bezoek',
    'ndjson',
    bezoeken,
    (r) => r.map((x) => `${JSON.stringify(x)}\n`).join(''),
  ],
  [
    'signalen.ndjson',
    'signaal',
    'ndjson',
    signalen,
    (r) => r.map((x) => `${JSON.stringify(x)}\n`).join(''),
  ],
  ['urenregistraties.csv', 'urenregistratie', 'csv', urenregistraties, (r) => csv(r, columnsOf(r))],
  ['facturen.json', 'factuur', 'json', facturen, (r) => `${JSON.stringify(r, null, 2)}\n`],
  ['uitkomsten.csv', 'uitkomst', 'csv', uitkomsten, (r) => csv(r, columnsOf(r))],
];
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const bestanden = [];
for (const [pad, entiteit, formaat, records, serialise] of files) {
  const text = serialise(records);
  writeFileSync(join(outDir, pad), text);
  bestanden.push({
    pad,
    entiteit,
    formaat,
    aantalRecords: records.length,
    sha256: createHash('sha256').update(text).digest('hex'),
  });
}
const manifest = {
  standaardVersie: '1.0.0',
  naam: 'Zorghub Delft — synthetisch voorbeeld, eerste jaar (mei 2021 – mei 2022)',
  beschrijving:
    'Synthetische export van een Zorghub zoals die in Delft: ongeveer 50 kandidaten, drie cohorten, 27 mensen aan het werk na een jaar, 3 doorgestroomd naar de ouderenzorgorganisatie. Het tweede cohort stroomt sneller uit dan het scenario plant (3 van de 10 binnen een half jaar), zodat monitoring iets te vinden heeft. Alle ids zijn pseudoniem; er staan geen persoonsgegevens in.',
  aangemaaktOp: '2022-05-31T18:00:00+02:00',
  aanbiederId: operatorId,
  bestanden,
};
writeFileSync(join(outDir, 'datapakket.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${outDir}: ${bestanden.map((b) => `${b.pad} ${b.aantalRecords}`).join(', ')}`);
