// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// <Bron id="programmaraad-2022" />: a superscript number after a fact that links to the source's
// entry on the Bronnen page. Its accessible name says which source it is ("Bron 2: ..."), and
// it contains the visible number; the brackets are CSS, so a screen reader does not read them.
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';
import { findSource, type Lang } from './data';

export default function Bron({ id }: { id: string }): ReactNode {
  const { i18n } = useDocusaurusContext();
  const lang: Lang = i18n.currentLocale === 'en' ? 'en' : 'nl';
  const source = findSource(id);
  const label = `${lang === 'nl' ? 'Bron' : 'Source'} ${source.nummer}: ${source.titel[lang]}`;
  return (
    <sup className="bron-marker">
      <Link to={`/docs/bronnen#${source.id}`} aria-label={label} title={label}>
        {source.nummer}
      </Link>
    </sup>
  );
}
