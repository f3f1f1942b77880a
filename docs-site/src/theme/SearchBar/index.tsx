// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Wraps the local search bar (@easyops-cn/docusaurus-search-local). Its index loads on first
// focus and, once loaded, it focuses the input again even if the reader has moved on (the flag
// that asks for it is never reset on blur). A reader who tabbed past the search box was pulled
// back to it a second later (WCAG 3.2.1, focus order). This wrapper gives focus back to where the
// reader was when the search box takes it without a key press or pointer action of the reader.
import type { WrapperProps } from '@docusaurus/types';
import SearchBar from '@theme-original/SearchBar';
import { type ReactNode, useEffect, useRef } from 'react';

type Props = WrapperProps<typeof SearchBar>;

/** A focus that follows a key press or pointer action this soon is the reader's own. */
const USER_ACTION_MS = 500;

export default function SearchBarWrapper(props: Props): ReactNode {
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let lastAction = 0;
    const onAction = () => {
      lastAction = performance.now();
    };
    const onFocusIn = (event: FocusEvent) => {
      const from = event.relatedTarget;
      const programmatic = performance.now() - lastAction > USER_ACTION_MS;
      if (!programmatic || !(from instanceof HTMLElement)) return;
      if (wrapper.current?.contains(from) || !document.contains(from)) return;
      from.focus();
    };
    const node = wrapper.current;
    document.addEventListener('keydown', onAction, true);
    document.addEventListener('pointerdown', onAction, true);
    node?.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onAction, true);
      document.removeEventListener('pointerdown', onAction, true);
      node?.removeEventListener('focusin', onFocusIn);
    };
  }, []);
  return (
    <div ref={wrapper} className="zorghub-search" style={{ display: 'contents' }}>
      <SearchBar {...props} />
    </div>
  );
}
