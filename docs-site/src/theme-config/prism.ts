// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { PrismTheme } from 'prism-react-renderer';

// Code colours after GitHub's own light and dark themes, chosen so that every token keeps at
// least 4.5:1 against its background (prism-react-renderer's `github` theme drops to 4.2:1).
export const lightCode: PrismTheme = {
  plain: { color: '#1f2328', backgroundColor: '#f6f8fa' },
  styles: [
    {
      types: ['comment', 'prolog', 'doctype', 'cdata'],
      style: { color: '#57606a', fontStyle: 'italic' },
    },
    { types: ['string', 'attr-value', 'char', 'regex', 'inserted'], style: { color: '#0a3069' } },
    {
      types: ['keyword', 'selector', 'important', 'atrule', 'deleted'],
      style: { color: '#a40e26' },
    },
    { types: ['function', 'class-name'], style: { color: '#6639ba' } },
    { types: ['number', 'boolean', 'constant', 'symbol', 'builtin'], style: { color: '#0550ae' } },
    { types: ['property', 'tag', 'attr-name'], style: { color: '#116329' } },
    { types: ['variable', 'entity', 'url'], style: { color: '#953800' } },
    { types: ['punctuation', 'operator'], style: { color: '#1f2328' } },
  ],
};

export const darkCode: PrismTheme = {
  plain: { color: '#e6edf3', backgroundColor: '#161b22' },
  styles: [
    {
      types: ['comment', 'prolog', 'doctype', 'cdata'],
      style: { color: '#8b949e', fontStyle: 'italic' },
    },
    { types: ['string', 'attr-value', 'char', 'regex', 'inserted'], style: { color: '#a5d6ff' } },
    {
      types: ['keyword', 'selector', 'important', 'atrule', 'deleted'],
      style: { color: '#ff7b72' },
    },
    { types: ['function', 'class-name'], style: { color: '#d2a8ff' } },
    { types: ['number', 'boolean', 'constant', 'symbol', 'builtin'], style: { color: '#79c0ff' } },
    { types: ['property', 'tag', 'attr-name'], style: { color: '#7ee787' } },
    { types: ['variable', 'entity', 'url'], style: { color: '#ffa657' } },
    { types: ['punctuation', 'operator'], style: { color: '#e6edf3' } },
  ],
};
