// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Sign in: first with the organisation's account (OIDC, when the API names a provider at
 * /inlogconfiguratie; see oidc.ts), then with an API key (the demo keys `npm start` prints).
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, call, NetworkError } from '../api';
import { useLang } from '../i18n';
import { type OidcConfig, signInConfig, startSignIn, takeSignInFailure } from '../oidc';
import { storeKey, type Who } from '../session';
import { Alert, Button, ErrorSummary, type FieldError, Heading, Paragraph, TextField } from '../ui';

export function SignIn({ onSignedIn, expired }: { onSignedIn(who: Who): void; expired: boolean }) {
  const { t } = useLang();
  const [key, setKey] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string>();
  const [oidc, setOidc] = useState<OidcConfig>();
  const [refusal] = useState(takeSignInFailure);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    signInConfig().then(setOidc, () => undefined);
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    if (!key.trim()) {
      setErrors([{ field: 'sleutel', message: t.signIn.required }]);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    try {
      const who = await call<Who>('/sessie', { key: key.trim() });
      storeKey(key);
      setErrors([]);
      onSignedIn(who);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setErrors([{ field: 'sleutel', message: t.signIn.badKey }]);
        requestAnimationFrame(() => summaryRef.current?.focus());
      } else setProblem(error instanceof NetworkError ? t.signIn.offline : String(error));
    }
  }

  const refused =
    refusal &&
    (refusal.reason === 'state'
      ? t.signIn.refused.state
      : t.signIn.refused[refusal.reason](refusal.detail));
  const error = errors.find((e) => e.field === 'sleutel')?.message;
  return (
    <div className="zh-signin">
      <Heading level={1}>{t.signIn.title}</Heading>
      {expired && <Alert type="warning">{t.signIn.expired}</Alert>}
      {refused && <Alert type="error">{refused}</Alert>}
      {oidc && (
        <>
          <Paragraph>{t.signIn.oidcIntro}</Paragraph>
          <Button onClick={() => startSignIn(oidc).catch(() => setProblem(t.signIn.noProvider))}>
            {t.signIn.oidcButton}
          </Button>
        </>
      )}
      <form onSubmit={submit} noValidate>
        {oidc && <Heading level={2}>{t.signIn.keyTitle}</Heading>}
        <ErrorSummary title={t.errors.summary} errors={errors} summaryRef={summaryRef} />
        {problem && <Alert type="error">{problem}</Alert>}
        <Paragraph>{t.signIn.intro}</Paragraph>
        <TextField
          name="sleutel"
          label={t.signIn.keyLabel}
          hint={t.signIn.keyHint}
          type="password"
          autoComplete="current-password"
          value={key}
          onChange={setKey}
          {...(error ? { error } : {})}
        />
        <Button type="submit">{t.signIn.submit}</Button>
      </form>
    </div>
  );
}
