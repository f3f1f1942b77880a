// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from 'react';
// NL Design System "Voorbeeld" theme (EUPL-1.2): its tokens only apply inside `.voorbeeld-theme`.
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';

/** Wraps the whole site in the token theme class so custom.css can map tokens onto Infima. */
export default function Root({ children }: { children: ReactNode }): ReactNode {
  return <div className="voorbeeld-theme zorghub-root">{children}</div>;
}
