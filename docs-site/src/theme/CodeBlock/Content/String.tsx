// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Passes a fenced block's build-time tokens (its `data-tokens`) to CodeBlock/Content.
import type { Props } from '@theme/CodeBlock/Content/String';
import Original from '@theme-original/CodeBlock/Content/String';
import type { ReactNode } from 'react';
import { TokensContext } from './tokens';

export default function CodeBlockString(props: Props & { 'data-tokens'?: string }): ReactNode {
  return (
    <TokensContext.Provider value={props['data-tokens']}>
      <Original {...props} />
    </TokensContext.Provider>
  );
}
