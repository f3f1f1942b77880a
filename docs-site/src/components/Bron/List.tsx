// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The Bronnen page's register: every source with its number, title, publisher, date, public
// address (where one is known) and the pages that cite it. Each entry carries the id that
// <Bron id="..." /> links to, registered with the broken-anchor check.
import Link from '@docusaurus/Link';
import { useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';
import { docPath, groups, type Lang, type Source, sources } from './data';

const TEXT = {
  nl: {
    online: 'Online',
    notOnline: 'Niet online bekend',
    usedOn: 'Gebruikt op',
    explained: 'Uitleg',
  },
  en: {
    online: 'Online',
    notOnline: 'No public address known',
    usedOn: 'Cited on',
    explained: 'Explained on',
  },
};

function Entry({ source, lang }: { source: Source; lang: Lang }): ReactNode {
  const t = TEXT[lang];
  const version = useDocsVersion();
  useBrokenLinks().collectAnchor(source.id);
  return (
    <li id={source.id} value={source.nummer} className="bron-entry">
      <cite>{source.titel[lang]}</cite>. {source.uitgever[lang]}, {source.datum[lang]}.{' '}
      {source.url ? (
        <>
          {t.online}: <a href={source.url}>{source.url.replace(/^https?:\/\/(www\.)?/, '')}</a>.
        </>
      ) : source.intern ? (
        <>
          {t.explained}:{' '}
          <Link to={source.intern}>
            {version.docs[source.intern.replace(/^\/docs\//, '')]?.title ?? source.intern}
          </Link>
          .
        </>
      ) : (
        <>
          {t.notOnline}
          {source.vindplaats ? `; ${source.vindplaats[lang]}` : ''}.
        </>
      )}
      {source.gebruiktOp.length > 0 && (
        <>
          {' '}
          {t.usedOn}:{' '}
          {source.gebruiktOp.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <Link to={docPath(id)}>{version.docs[id]?.title ?? id}</Link>
            </span>
          ))}
          .
        </>
      )}
    </li>
  );
}

/** <BronnenLijst groep="praktijk" />: the sources of one group, numbered as in the register. */
export default function BronnenLijst({ groep }: { groep: string }): ReactNode {
  const { i18n } = useDocusaurusContext();
  const lang: Lang = i18n.currentLocale === 'en' ? 'en' : 'nl';
  const inGroup = sources.filter((s) => s.groep === groep);
  if (inGroup.length === 0) {
    throw new Error(
      `<BronnenLijst groep="${groep}" />: no sources in that group; the groups are ${groups.map((g) => g.id).join(', ')}.`,
    );
  }
  return (
    <ol start={inGroup[0].nummer} className="bron-list">
      {inGroup.map((source) => (
        <Entry key={source.id} source={source} lang={lang} />
      ))}
    </ol>
  );
}
