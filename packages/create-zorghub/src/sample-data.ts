import { careKinds, services } from './choices.js';
import type { GeneratedFile } from './generate.js';
import type { Answers } from './resolve.js';

/**
 * A small sample export of the region in the Zorghub data standard: a data package
 * (`datapakket.json`) with NDJSON files whose references all resolve. Ids are pseudonymous
 * (CL-0001, DN-0001); there are no names of people, no BSN and no health content. Dates are fixed
 * so that the same answers always give the same files.
 */
export function sampleData(answers: Answers): GeneratedFile[] {
  const code = answers.municipalityCode ? { gemeentecode: answers.municipalityCode } : {};
  const label = (list: readonly { value: string; label: string }[], value: string) =>
    (list.find((c) => c.value === value)?.label ?? value).split(' / ')[0]!;
  const operator = 'ORG-EXPLOITANT';

  const organisaties = [
    {
      id: operator,
      naam: answers.enterprise,
      organisatiesoort: 'sociaalWerkbedrijf',
      rollen: ['exploitant', 'werkgever'],
      ...code,
      actiefVanafDatum: '2025-01-06',
    },
    ...answers.careKinds.map((kind, i) => ({
      id: `ORG-ZORG-${String(i + 1).padStart(2, '0')}`,
      naam: `Voorbeeldorganisatie ${label(careKinds, kind).toLowerCase()}`,
      organisatiesoort: kind,
      rollen: ['afnemer'],
      ...code,
      actiefVanafDatum: '2025-02-03',
    })),
  ];
  const careOrgIds = organisaties.slice(1).map((o) => o.id);

  const diensten = answers.services.map((service, i) => ({
    id: `DI-${String(i + 1).padStart(2, '0')}`,
    aanbiederId: operator,
    dienstsoort: service,
    naam: label(services, service),
    standaardDuurMinuten: 60,
  }));
  const dienstIds = diensten.map((d) => d.id);

  const abonnementen = careOrgIds.map((orgId, i) => ({
    id: `AB-${String(i + 1).padStart(4, '0')}`,
    aanbiederId: operator,
    afnemersoort: 'organisatie',
    afnemerOrganisatieId: orgId,
    abonnementsvorm: 'urenbundel',
    aantalPerPeriode: 40,
    periodeEenheid: 'maand',
    dienstIds,
    tariefInCenten: Math.round(answers.tariff * 100),
    tariefeenheid: 'uur',
    startDatum: '2025-03-03',
  }));

  const statuses = ['inDienst', 'inDienst', 'inDienst', 'inDienst', 'inTraining', 'kandidaat'];
  const deelnemers = statuses.map((status, i) => ({
    id: `DN-${String(i + 1).padStart(4, '0')}`,
    werkgeverId: operator,
    cohort: status === 'kandidaat' ? '2025-09' : '2025-01',
    ...code,
    leeftijdsklasse: ['27tot50', '50tot65', '50tot65', '27tot50', '50tot65', 'tot27'][i]!,
    status,
    aanmeldDatum: status === 'kandidaat' ? '2025-08-18' : '2024-11-25',
    ...(status === 'kandidaat'
      ? {}
      : { intakeDatum: '2024-12-09', trainingStartDatum: '2025-01-06' }),
    ...(status === 'inDienst'
      ? {
          trainingEindDatum: '2025-01-31',
          indienstDatum: '2025-02-03',
          contracturenPerWeek: answers.hoursPerWeek,
          loonkostensubsidie: true,
        }
      : {}),
    uitkeringssoortBijInstroom: 'bijstand',
  }));
  const workers = deelnemers.filter((d) => d.status === 'inDienst').map((d) => d.id);

  const clienten = Array.from({ length: 6 }, (_, i) => {
    const sub = abonnementen[i % abonnementen.length]!;
    return {
      id: `CL-${String(i + 1).padStart(4, '0')}`,
      zorgorganisatieId: sub.afnemerOrganisatieId,
      abonnementId: sub.id,
      ...code,
      leeftijdsklasse: ['75tot85', '85plus', '65tot75', '75tot85', '50tot65', '85plus'][i]!,
      startDatum: '2025-03-10',
    };
  });

  const bezoeken = Array.from({ length: 12 }, (_, i) => {
    const client = clienten[i % clienten.length]!;
    const day = String(3 + Math.floor(i / 2) * 2).padStart(2, '0');
    const hour = i % 2 === 0 ? '10' : '14';
    const done = i < 10;
    return {
      id: `BZ-${String(i + 1).padStart(6, '0')}`,
      clientId: client.id,
      deelnemerId: workers[i % workers.length]!,
      abonnementId: client.abonnementId,
      dienstId: dienstIds[i % dienstIds.length]!,
      geplandStartOp: `2025-11-${day}T${hour}:00:00+01:00`,
      geplandEindOp: `2025-11-${day}T${hour}:59:00+01:00`,
      ...(done
        ? {
            werkelijkStartOp: `2025-11-${day}T${hour}:05:00+01:00`,
            werkelijkEindOp: `2025-11-${day}T${hour}:58:00+01:00`,
            status: 'uitgevoerd',
          }
        : { status: i === 10 ? 'geannuleerdDoorClient' : 'gepland' }),
    };
  });

  const signalen = [
    {
      id: 'SG-0001',
      clientId: bezoeken[0]!.clientId,
      deelnemerId: bezoeken[0]!.deelnemerId,
      bezoekId: bezoeken[0]!.id,
      categorie: 'eenzaamheid',
      urgentie: 'normaal',
      doorgezetNaarId: clienten[0]!.zorgorganisatieId,
      gemeldOp: '2025-11-03T11:10:00+01:00',
      ontvangenOp: '2025-11-03T13:30:00+01:00',
      opvolging: 'contactMetClient',
      opgevolgdOp: '2025-11-05T09:15:00+01:00',
    },
    {
      id: 'SG-0002',
      clientId: bezoeken[3]!.clientId,
      deelnemerId: bezoeken[3]!.deelnemerId,
      bezoekId: bezoeken[3]!.id,
      categorie: 'woonsituatie',
      urgentie: 'hoog',
      doorgezetNaarId: clienten[3]!.zorgorganisatieId,
      gemeldOp: '2025-11-05T15:20:00+01:00',
    },
  ];

  const tables: Array<[string, string, unknown[]]> = [
    ['organisaties.ndjson', 'organisatie', organisaties],
    ['diensten.ndjson', 'dienst', diensten],
    ['abonnementen.ndjson', 'abonnement', abonnementen],
    ['deelnemers.ndjson', 'deelnemer', deelnemers],
    ['clienten.ndjson', 'client', clienten],
    ['bezoeken.ndjson', 'bezoek', bezoeken],
    ['signalen.ndjson', 'signaal', signalen],
  ];
  const manifest = {
    standaardVersie: '1.0.0',
    naam: `${answers.hubName}, voorbeeldexport`,
    beschrijving:
      'Voorbeeld van een export volgens de Zorghub-datastandaard, gemaakt door create-zorghub. Alleen pseudonieme id’s.',
    aangemaaktOp: '2025-12-01T09:00:00+01:00',
    aanbiederId: operator,
    bestanden: tables.map(([pad, entiteit, rows]) => ({
      pad,
      entiteit,
      formaat: 'ndjson',
      aantalRecords: rows.length,
    })),
  };
  return [
    { path: 'data/datapakket.json', content: `${JSON.stringify(manifest, null, 2)}\n` },
    ...tables.map(([pad, , rows]) => ({
      path: `data/${pad}`,
      content: rows.map((r) => JSON.stringify(r)).join('\n') + '\n',
    })),
  ];
}
