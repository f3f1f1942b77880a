// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The confirmation after a sign-up: the request's number and what happens next. */
import { useEffect, useRef } from 'react';
import { useLang } from '../i18n';
import { Heading, Paragraph } from '../ui';

export function SignupDone({ abonnementId }: { abonnementId: string }) {
  const { t } = useLang();
  const h = t.household.done;
  const heading = useRef<HTMLDivElement>(null);
  // The page changed without a navigation: move the focus to the new heading for screen readers.
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <div tabIndex={-1} ref={heading} className="zh-focus-target">
        <Heading level={1}>{h.title}</Heading>
      </div>
      <Paragraph>{h.intro(abonnementId)}</Paragraph>
      <Heading level={2}>{h.next}</Heading>
      <ol className="utrecht-ordered-list">
        {h.steps.map((s) => (
          <li className="utrecht-ordered-list__item" key={s}>
            {s}
          </li>
        ))}
      </ol>
      <Paragraph>
        <a className="utrecht-link utrecht-link--html-a" href="#/inloggen">
          {h.signIn}
        </a>
      </Paragraph>
    </>
  );
}
