// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * What withdrawing a consent or revoking a mandate needs besides the record itself (AVG art. 7(3):
 * withdrawing is as easy as giving): the household (its client pseudonym for the access log, its
 * address and language for the confirmation), the confirmation texts for the outbox, and ending the
 * household's subscriptions at the end of their notice period when the consent to the service goes.
 */
import { type AbonnementstatusCode, abonnementstatusCodes } from '@zorghub/schemas';
import type { Queryable } from '../db.js';
import { assertValid } from '../routes/record-validity.js';
import { getRow, rowCols, updateRow } from '../routes/store.js';
import type { Language } from './outbox.js';

const S = Object.fromEntries(abonnementstatusCodes.map((c) => [c, c])) as {
  [K in AbonnementstatusCode]: K;
};
/** The statuses from which a withdrawn consent to the service ends a subscription. */
const RUNNING: readonly string[] = [S.aangevraagd, S.actief, S.gepauzeerd];

export interface HouseholdContact {
  id: string;
  clientId: string | null;
  email: string;
  language: Language;
}

/** The household's contact data for the confirmation (404 is the caller's: the record was visible). */
export async function householdContact(
  q: Queryable,
  hubId: string,
  householdId: string,
): Promise<HouseholdContact | undefined> {
  const row = await getRow(q, hubId, 'huishouden', householdId);
  if (!row) return undefined;
  return {
    id: row.id,
    clientId: row.client_id,
    email: String(row.data.email),
    language: row.data.taal === 'en' ? 'en' : 'nl',
  };
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Ends every running subscription of the household as `_opzeggen` does (status opgezegd, the end
 * date at the end of the notice period, never before the start); returns their ids and end dates.
 */
export async function endSubscriptions(
  q: Queryable,
  hubId: string,
  householdId: string,
  now: Date,
): Promise<Array<{ id: string; end: string }>> {
  const { rows } = await q.query<{ id: string }>(
    "SELECT id FROM records WHERE hub_id = $1 AND entity = 'abonnement' AND household_id = $2 ORDER BY id",
    [hubId, householdId],
  );
  const ended: Array<{ id: string; end: string }> = [];
  for (const { id } of rows) {
    const row = await getRow(q, hubId, 'abonnement', id, true);
    if (!row || !RUNNING.includes(String(row.data.status))) continue;
    const today = now.toISOString().slice(0, 10);
    const byNotice = addDays(today, Number(row.data.opzegtermijnDagen ?? 0));
    const start = String(row.data.startDatum ?? byNotice);
    const end = byNotice < start ? start : byNotice;
    const data = { ...row.data, status: S.opgezegd, opgezegdOp: now.toISOString(), eindDatum: end };
    assertValid('abonnement', data);
    await updateRow(q, hubId, 'abonnement', id, data, rowCols(row));
    ended.push({ id, end });
  }
  return ended;
}

/** The confirmation of a withdrawn consent, in the household's language. */
export function consentWithdrawnText(
  language: Language,
  v: { subject: string; at: string; ended: Array<{ id: string; end: string }> },
): { subject: string; body: string } {
  const day = v.at.slice(0, 10);
  if (language === 'en')
    return {
      subject: 'Your consent has been withdrawn',
      body: [
        `On ${day} you withdrew your consent "${v.subject}". The hub no longer uses your data for it.`,
        ...v.ended.map(
          (e) =>
            `Without it the hub cannot plan visits: subscription ${e.id} has been ended and runs until ${e.end} (its notice period).`,
        ),
        '',
        'Did you not do this yourself? Please contact the hub.',
      ].join('\n'),
    };
  return {
    subject: 'Uw toestemming is ingetrokken',
    body: [
      `Op ${day} heeft u uw toestemming "${v.subject}" ingetrokken. De Zorghub gebruikt uw gegevens daar niet meer voor.`,
      ...v.ended.map(
        (e) =>
          `Zonder die toestemming kan de Zorghub geen bezoeken plannen: abonnement ${e.id} is opgezegd en loopt tot ${e.end} (de opzegtermijn).`,
      ),
      '',
      'Heeft u dit niet zelf gedaan? Neem dan contact op met de Zorghub.',
    ].join('\n'),
  };
}

/** The confirmation of a revoked mandate, in the household's language. */
export function mandateRevokedText(
  language: Language,
  v: { mandateId: string; at: string },
): { subject: string; body: string } {
  const day = v.at.slice(0, 10);
  if (language === 'en')
    return {
      subject: 'Your direct-debit mandate has been revoked',
      body: [
        `On ${day} you revoked direct-debit mandate ${v.mandateId}. The hub collects nothing more under it.`,
        'From now on you receive an invoice and pay it by bank transfer.',
        '',
        'Did you not do this yourself? Please contact the hub.',
      ].join('\n'),
    };
  return {
    subject: 'Uw machtiging voor automatische incasso is ingetrokken',
    body: [
      `Op ${day} heeft u machtiging ${v.mandateId} ingetrokken. De Zorghub incasseert daar niets meer mee.`,
      'U krijgt voortaan een factuur en maakt het bedrag zelf over.',
      '',
      'Heeft u dit niet zelf gedaan? Neem dan contact op met de Zorghub.',
    ].join('\n'),
  };
}
