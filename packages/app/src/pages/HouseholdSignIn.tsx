// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A household signs in by magic link: it gives its e-mail address and always gets the same answer
 * (no oracle of who is a customer); the link in the mail (`#/inloggen?token=…`) is exchanged once
 * for a short-lived credential with role particulier. The token leaves the address bar at once.
 * DigiD would replace the e-mail step here (see the guide's security page).
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, call, NetworkError } from '../api';
import { useLang } from '../i18n';
import { storeKey, type Who } from '../session';
import { Alert, Button, ErrorSummary, type FieldError, Heading, Paragraph, TextField } from '../ui';
import { validateEntity } from '../validate';

/** The token of a sign-in link (`#/inloggen?token=…`, or `#token=…`), or undefined. */
export function tokenInHash(hash: string): string | undefined {
  const m = /^#(?:\/inloggen\?(?:.*&)?)?token=([^&]+)/.exec(hash);
  return m?.[1] ? decodeURIComponent(m[1]) : undefined;
}

/** Tokens this page has exchanged already (each works once). */
const used = new Set<string>();

export function HouseholdSignIn({
  onSignedIn,
  expired = false,
}: {
  onSignedIn(who: Who): void;
  expired?: boolean;
}) {
  const { t } = useLang();
  const h = t.household.signIn;
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<{ type: 'ok' | 'info' | 'error'; text: string }>();
  const summaryRef = useRef<HTMLDivElement>(null);
  // The link may arrive in a tab that shows the app already (a same-document hash change).
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onHash = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    const token = tokenInHash(hash);
    if (!token) return;
    history.replaceState(null, '', `${window.location.pathname}#/inloggen`);
    // A token works once: opened again (a second click on the link), it is refused without asking.
    if (used.has(token)) {
      setMessage({ type: 'error', text: h.badToken });
      return;
    }
    used.add(token);
    setMessage({ type: 'info', text: h.exchanging });
    call<{ apiKey: string }>('/huishoudsessies/_inwisselen', {
      method: 'POST',
      body: { token },
      key: '',
    })
      .then(async ({ apiKey }) => {
        const who = await call<Who>('/sessie', { key: apiKey });
        storeKey(apiKey);
        history.replaceState(null, '', `${window.location.pathname}#/`);
        onSignedIn(who);
      })
      .catch((error: unknown) =>
        setMessage({
          type: 'error',
          text: error instanceof NetworkError ? t.signIn.offline : h.badToken,
        }),
      );
  }, [hash, h, t, onSignedIn]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateEntity('huishouden', { email: email.trim() }, ['email'], t, {
      email: t.household.field.email,
    });
    setErrors(found);
    if (found.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    try {
      await call('/huishoudsessies', { method: 'POST', body: { email: email.trim() }, key: '' });
      setMessage({ type: 'ok', text: h.sent });
    } catch (error) {
      setMessage({
        type: 'error',
        text:
          error instanceof ApiError
            ? t.errors.generic(error.detail)
            : error instanceof NetworkError
              ? t.signIn.offline
              : String(error),
      });
    }
  }

  const error = errors.find((e) => e.field === 'email')?.message;
  return (
    <form onSubmit={submit} noValidate>
      <Heading level={expired ? 2 : 1}>{h.title}</Heading>
      {expired && <Alert type="warning">{t.signIn.expired}</Alert>}
      <ErrorSummary title={t.errors.summary} errors={errors} summaryRef={summaryRef} />
      {message && <Alert type={message.type}>{message.text}</Alert>}
      <Paragraph>{h.intro}</Paragraph>
      <TextField
        name="email"
        label={h.email}
        type="email"
        autoComplete="email"
        value={email}
        onChange={setEmail}
        {...(error ? { error } : {})}
      />
      <Button type="submit">{h.submit}</Button>
      {!expired && (
        <Paragraph>
          <a className="utrecht-link utrecht-link--html-a" href="#/aanmelden">
            {h.signup}
          </a>
        </Paragraph>
      )}
    </form>
  );
}
