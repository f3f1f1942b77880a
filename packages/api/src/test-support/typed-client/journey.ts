// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Copied by typed-client.test.ts next to the types openapi-typescript generates from the published
// document (`./zorghub-api.js`), type-checked with tsc --strict and then run against a live server.
// A field or a status that the document does not have is a type error here, before anything runs.
import createClient from 'openapi-fetch';
import type { paths } from './zorghub-api.js';

export interface JourneyKeys {
  planner: string;
  medewerker: string;
  zorgorganisatie: string;
  beheerder: string;
}

export async function journey(baseUrl: string, keys: JourneyKeys): Promise<string[]> {
  const as = (key: string) =>
    createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${key}` } });
  const steps: string[] = [];
  const need = <T>(value: T | undefined, step: string, error: unknown): T => {
    if (value === undefined) throw new Error(`${step}: ${JSON.stringify(error)}`);
    steps.push(step);
    return value;
  };

  const planner = as(keys.planner);
  const client = await planner.POST('/clienten', {
    body: {
      id: 'CL-TYPED1',
      zorgorganisatieId: 'OZ-A1',
      abonnementId: 'AB-A1',
      startDatum: '2024-01-01',
    },
  });
  const created = need(client.data, 'client', client.error);

  const booked = await planner.POST('/bezoeken', {
    params: { header: { 'Idempotency-Key': 'typed-journey-visit-1' } },
    body: {
      id: 'BZ-TYPED1',
      clientId: created.id,
      deelnemerId: 'DN-A1',
      abonnementId: 'AB-A1',
      dienstId: 'DI-A',
      geplandStartOp: '2024-05-06T10:00:00+02:00',
      geplandEindOp: '2024-05-06T11:00:00+02:00',
      status: 'gepland',
    },
  });
  const visit = need(booked.data, 'book', booked.error);

  const performed = await as(keys.medewerker).POST('/bezoeken/{id}/_status', {
    params: { path: { id: visit.id } },
    body: {
      status: 'uitgevoerd',
      werkelijkStartOp: '2024-05-06T10:00:00+02:00',
      werkelijkEindOp: '2024-05-06T11:00:00+02:00',
    },
  });
  const done = need(performed.data, 'perform', performed.error);
  if (done.status !== 'uitgevoerd') throw new Error(`perform: status ${done.status}`);

  const raised = await as(keys.medewerker).POST('/signalen', {
    body: { id: 'SG-TYPED1', clientId: created.id, categorie: 'eenzaamheid', urgentie: 'hoog' },
  });
  const signal = need(raised.data, 'signal', raised.error);

  const ack = await as(keys.zorgorganisatie).POST('/signalen/{id}/_ontvangst', {
    params: { path: { id: signal.id } },
    body: { opvolging: 'contactMetClient' },
  });
  need(ack.data, 'acknowledge', ack.error);

  const run = await as(keys.beheerder).POST('/facturen/_genereer', { body: { maand: '2024-05' } });
  need(run.data, 'invoice', run.error);

  const read = await as(keys.zorgorganisatie).GET('/signalen/{id}', {
    params: { path: { id: signal.id } },
  });
  const seen = need(read.data, 'read back', read.error);
  if (seen.doorgezetNaarId !== 'OZ-A1') throw new Error(`signal routed to ${seen.doorgezetNaarId}`);
  return steps;
}
