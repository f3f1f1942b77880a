// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The app shell: header with language and sign-out, then the pages of the signed-in role. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, call } from './api';
import { useLang } from './i18n';
import { signOut as endSignIn, finishSignIn, scheduleRefresh } from './oidc';
import { CareOrg } from './pages/CareOrg';
import { Funder } from './pages/Funder';
import { Jobcoach } from './pages/Jobcoach';
import { Planner } from './pages/Planner';
import { SignIn } from './pages/SignIn';
import { Today } from './pages/Today';
import { forgetKey, storedKey, takeKeyFromFragment, type Who } from './session';
import { Alert, Paragraph } from './ui';

/** The roles that have pages in this version; the others see where the API is. */
const BUILT = ['medewerker', 'planner', 'beheerder', 'zorgorganisatie', 'financier', 'jobcoach'];

export function App() {
  const { t, lang, setLang } = useLang();
  const [who, setWho] = useState<Who | null>();
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    const start = async () => {
      // The return from the organisation's sign-in page (OIDC), if this load is one.
      await finishSignIn();
      scheduleRefresh();
      takeKeyFromFragment();
      if (!storedKey()) {
        setWho(null);
        return;
      }
      call<Who>('/sessie').then(setWho, (error) => {
        // Offline with a stored key: a worker still gets the day's visits from the device.
        if (error instanceof ApiError) {
          forgetKey();
          setWho(null);
        } else setWho(JSON.parse(sessionStorage.getItem('zorghub.wie') ?? 'null') as Who | null);
      });
    };
    void start();
    // a sign-in link opened in a tab that already shows the app
    const onHash = () => window.location.hash.startsWith('#sleutel=') && void start();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (who) sessionStorage.setItem('zorghub.wie', JSON.stringify(who));
  }, [who]);

  // An expired credential keeps the page (and what was typed) and asks to sign in again on top.
  const onExpired = useCallback(() => setExpired(true), []);
  const signOut = async () => {
    const providerSignOut = await endSignIn();
    forgetKey();
    sessionStorage.removeItem('zorghub.wie');
    setWho(null);
    if (providerSignOut) window.location.assign(providerSignOut);
  };
  const other = t.otherLanguageCode as 'nl' | 'en';
  const role = who ? (t.roles[who.rol] ?? who.rol) : '';

  return (
    <div className="voorbeeld-theme utrecht-document zh-app">
      <a className="zh-skip utrecht-link" href="#main">
        {t.skipLink}
      </a>
      <header className="utrecht-page-header zh-header">
        <span className="zh-brand">{t.appName}</span>
        <nav className="zh-header-actions" aria-label={t.language}>
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle-action"
            lang={other}
            onClick={() => setLang(other)}
          >
            {t.otherLanguage}
          </button>
          {who && (
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle-action"
              onClick={signOut}
            >
              {t.signOut}
            </button>
          )}
        </nav>
      </header>
      <main
        id="main"
        className={`utrecht-page-content zh-main${who && who.rol !== 'medewerker' ? ' zh-main--wide' : ''}`}
        lang={lang}
      >
        {who && <Paragraph>{t.signedInAs(role, who.organisatieId)}</Paragraph>}
        {who === null && <SignIn expired={false} onSignedIn={setWho} />}
        {who && expired && (
          <div className="zh-reauth">
            <SignIn
              expired
              onSignedIn={(w) => {
                setWho(w);
                setExpired(false);
              }}
            />
          </div>
        )}
        {who?.rol === 'medewerker' && <Today who={who} onExpired={onExpired} />}
        {(who?.rol === 'planner' || who?.rol === 'beheerder') && <Planner onExpired={onExpired} />}
        {who?.rol === 'zorgorganisatie' && <CareOrg onExpired={onExpired} />}
        {who?.rol === 'financier' && <Funder onExpired={onExpired} />}
        {who?.rol === 'jobcoach' && <Jobcoach onExpired={onExpired} />}
        {who && !BUILT.includes(who.rol) && <Alert type="info">{t.notYet(role)}</Alert>}
      </main>
    </div>
  );
}
