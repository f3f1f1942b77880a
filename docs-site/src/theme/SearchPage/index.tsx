// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Wraps the search plugin's page: its search-scope <select id="context-selector"> has no accessible
// name (axe: select-name, critical), so it gets one in the page's language after it is rendered.
import { translate } from '@docusaurus/Translate';
import type { WrapperProps } from '@docusaurus/types';
import SearchPage from '@theme-original/SearchPage';
import { type ReactNode, useEffect } from 'react';

type Props = WrapperProps<typeof SearchPage>;

export default function SearchPageWrapper(props: Props): ReactNode {
  const label = translate({
    id: 'zorghub.search.scopeLabel',
    message: 'Zoeken in',
    description: 'Accessible name of the search-scope selector on the search page',
  });
  useEffect(() => {
    const name = () =>
      document.getElementById('context-selector')?.setAttribute('aria-label', label);
    name();
    // The plugin renders the selector once its index has loaded, which may be after this effect.
    const observer = new MutationObserver(name);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [label]);
  return <SearchPage {...props} />;
}
