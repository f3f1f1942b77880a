// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The household's public pages live in the address's fragment, so the API can serve the app as
 * static files: `#/aanmelden` (sign up, then the confirmation) and `#/inloggen` (magic link; the
 * link in the mail is `#/inloggen?token=…`). Staff pages keep working as before.
 */
import { useEffect, useState } from 'react';
import { useLang } from '../i18n';
import type { Who } from '../session';
import { Paragraph } from '../ui';
import { HouseholdSignIn } from './HouseholdSignIn';
import { Signup } from './Signup';
import { SignupDone } from './SignupDone';

export type PublicRoute = 'aanmelden' | 'inloggen' | '';

const routeOf = (hash: string): PublicRoute => {
  if (hash.startsWith('#/aanmelden')) return 'aanmelden';
  if (hash.startsWith('#/inloggen') || hash.startsWith('#token=')) return 'inloggen';
  return '';
};
/** A link to a place on the page (the error summary's #field-…, the skip link's #main) keeps the page. */
const isRoute = (hash: string) =>
  hash === '' || hash === '#' || /^#(\/|token=|sleutel=)/.test(hash);

/** The public page in the address (or ''), and a way to leave it once signed in. */
export function usePublicRoute(): [PublicRoute, () => void] {
  const [route, setRoute] = useState(() => routeOf(window.location.hash));
  useEffect(() => {
    const onHash = () => isRoute(window.location.hash) && setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return [route, () => setRoute('')];
}

export function PublicPage({
  route,
  onSignedIn,
}: {
  route: PublicRoute;
  onSignedIn(who: Who): void;
}) {
  if (route === 'inloggen') return <HouseholdSignIn onSignedIn={onSignedIn} />;
  return <SignupPage key={route} />;
}

function SignupPage() {
  const [done, setDone] = useState<string>();
  if (done) return <SignupDone abonnementId={done} />;
  return (
    <Signup
      onDone={(r) => {
        window.scrollTo(0, 0);
        setDone(r.abonnementId);
      }}
    />
  );
}

/** Under the staff sign-in: where a household signs up or signs in. */
export function HouseholdLinks() {
  const { t } = useLang();
  return (
    <Paragraph>
      <a className="utrecht-link utrecht-link--html-a" href="#/aanmelden">
        {t.household.signIn.signup}
      </a>
      {' · '}
      <a className="utrecht-link utrecht-link--html-a" href="#/inloggen">
        {t.household.signIn.title}
      </a>
    </Paragraph>
  );
}
