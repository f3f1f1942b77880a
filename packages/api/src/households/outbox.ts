// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The outbox of messages to private households (`uitgaande_berichten`): confirmations and sign-in
 * links, rendered in the household's language and stored; nothing is sent. The e-mail address is
 * copied only into this table, and neither it nor a sign-in token is ever written to the log.
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db.js';

/** The kinds of message the outbox holds. */
export type MessageKind =
  | 'aanmeldbevestiging'
  | 'inloglink'
  | 'toestemmingIngetrokken'
  | 'machtigingIngetrokken';
export type Language = 'nl' | 'en';

export interface OutboxMessage {
  id: string;
  kind: MessageKind;
  to: string;
  language: Language;
  subject: string;
  body: string;
  createdAt: string;
  sentAt: string | null;
}

/**
 * Where a mail service plugs in. A region that sends mail implements `send` (SMTP, a transactional
 * mail API, the municipality's notification service such as NotifyNL) and runs a small job that reads
 * the unsent rows of `uitgaande_berichten` (`sent_at IS NULL`, oldest first), calls `send` for each and
 * sets `sent_at` when it succeeds (`markSent`). Keeping the API out of that path means a slow or
 * failing mail service never fails a sign-up, and a message is sent at least once. The toolkit ships
 * no sender: the messages stay in the outbox, which `GET /uitgaande-berichten` shows the hub's
 * administrator.
 */
export interface MailSender {
  /** Sends one message; resolves when the service accepted it, rejects to be retried later. */
  send(message: Pick<OutboxMessage, 'to' | 'subject' | 'body' | 'language'>): Promise<void>;
}

/** Stores one rendered message; returns its id. */
export async function writeMessage(
  q: Queryable,
  hubId: string,
  message: { kind: MessageKind; to: string; language: Language; subject: string; body: string },
): Promise<string> {
  const id = `MSG-${randomUUID()}`;
  await q.query(
    'INSERT INTO uitgaande_berichten (id, hub_id, kind, to_address, language, subject, body) VALUES ($1,$2,$3,$4,$5,$6,$7)',
    [id, hubId, message.kind, message.to, message.language, message.subject, message.body],
  );
  return id;
}

/** Marks a message as sent (for the job that feeds a `MailSender`). */
export async function markSent(q: Queryable, hubId: string, id: string): Promise<void> {
  await q.query(
    'UPDATE uitgaande_berichten SET sent_at = now() WHERE hub_id = $1 AND id = $2 AND sent_at IS NULL',
    [hubId, id],
  );
}

/** Hands every unsent message of a hub to `sender`, oldest first; returns how many were sent. */
export async function flushOutbox(
  q: Queryable,
  hubId: string,
  sender: MailSender,
): Promise<number> {
  const { rows } = await q.query<{
    id: string;
    to_address: string;
    subject: string;
    body: string;
    language: Language;
  }>(
    'SELECT id, to_address, subject, body, language FROM uitgaande_berichten WHERE hub_id = $1 AND sent_at IS NULL ORDER BY created_at, id',
    [hubId],
  );
  let sent = 0;
  for (const r of rows) {
    await sender.send({ to: r.to_address, subject: r.subject, body: r.body, language: r.language });
    await markSent(q, hubId, r.id);
    sent += 1;
  }
  return sent;
}

/**
 * The link to the household's sign-in page, with a one-time token. The app routes in the fragment
 * (`/app/#/inloggen`; the API serves the app as static files, so a path under /app/ would be a 404),
 * and the token stays in the fragment too: it never reaches a server's access log.
 */
export const signInLink = (appBase: string, token?: string) =>
  `${appBase.replace(/\/$/, '')}/#/inloggen${token ? `?token=${encodeURIComponent(token)}` : ''}`;

/** The confirmation of a sign-up, in the household's language. */
export function confirmationText(
  language: Language,
  v: { subscriptionId: string; hours: number; unit: string; startDate: string; link: string },
): { subject: string; body: string } {
  if (language === 'en')
    return {
      subject: 'Your Zorghub subscription request has been received',
      body: [
        'Thank you for signing up.',
        '',
        `We have received your request for subscription ${v.subscriptionId}: ${v.hours} hours per ${v.unit}, from ${v.startDate}.`,
        'The hub will confirm the subscription and plan the first visit with you.',
        '',
        `Your own pages (visits, subscription, invoices): ${v.link}`,
        'Ask for a sign-in link there with this e-mail address.',
      ].join('\n'),
    };
  return {
    subject: 'Uw aanmelding bij de Zorghub is ontvangen',
    body: [
      'Dank u voor uw aanmelding.',
      '',
      `We hebben uw aanvraag voor abonnement ${v.subscriptionId} ontvangen: ${v.hours} uur per ${v.unit}, vanaf ${v.startDate}.`,
      'De Zorghub bevestigt het abonnement en plant het eerste bezoek met u.',
      '',
      `Uw eigen pagina's (bezoeken, abonnement, facturen): ${v.link}`,
      'Vraag daar met dit e-mailadres een inloglink aan.',
    ].join('\n'),
  };
}

/** The sign-in message with the one-time link. */
export function signInText(
  language: Language,
  v: { link: string; minutes: number },
): { subject: string; body: string } {
  if (language === 'en')
    return {
      subject: 'Your sign-in link for Zorghub',
      body: `Sign in to your household's pages with this link (valid for ${v.minutes} minutes, once):\n${v.link}\n\nDid you not ask for it? Then ignore this message.`,
    };
  return {
    subject: 'Uw inloglink voor de Zorghub',
    body: `Log in op de pagina's van uw huishouden met deze link (${v.minutes} minuten geldig, één keer):\n${v.link}\n\nHeeft u hier niet om gevraagd? Dan kunt u dit bericht negeren.`,
  };
}
