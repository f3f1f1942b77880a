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

/**
 * Events in whose task the reader's own focus change happens: Tab and shortcuts move focus while
 * their keydown is handled, a click or tap while its mousedown is. A focus in any later task (the
 * index finishing its download, however soon after) is the search box's own doing.
 */
const ACTIONS = ['keydown', 'pointerdown', 'mousedown', 'touchend', 'click'] as const;

export default function SearchBarWrapper(props: Props): ReactNode {
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let acting = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAction = () => {
      acting = true;
      clearTimeout(timer);
      // A task queued now runs after this event and its default action (the focus move).
      timer = setTimeout(() => {
        acting = false;
      }, 0);
    };
    const onFocusIn = (event: FocusEvent) => {
      const from = event.relatedTarget;
      if (acting || !(from instanceof HTMLElement)) return;
      if (wrapper.current?.contains(from) || !document.contains(from)) return;
      from.focus();
    };
    const node = wrapper.current;
    for (const type of ACTIONS) document.addEventListener(type, onAction, true);
    node?.addEventListener('focusin', onFocusIn);
    return () => {
      clearTimeout(timer);
      for (const type of ACTIONS) document.removeEventListener(type, onAction, true);
      node?.removeEventListener('focusin', onFocusIn);
    };
  }, []);
  return (
    <div ref={wrapper} className="zorghub-search" style={{ display: 'contents' }}>
      <SearchBar {...props} />
    </div>
  );
}
