// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Docusaurus' CodeBlock/Content (theme-classic 3.10) with the tokens made at build time instead of
// prism-react-renderer's <Highlight>: the same markup, classes and theme colours, so the block is
// highlighted in the static HTML and the browser never loads Prism (see code-tokens.mjs).

// The original's own CSS module, so the class names and rules are Docusaurus' exactly.
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
import { usePrismTheme } from '@docusaurus/theme-common';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import Line from '@theme/CodeBlock/Line';
import clsx from 'clsx';
import { type ComponentProps, type ReactNode, useContext, useMemo } from 'react';
import { linesFor, TokensContext, themeDict, tokenStyle } from './tokens';

type LineProps = ComponentProps<typeof Line>;

export default function CodeBlockContent({ className }: { className?: string }): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const prismTheme = usePrismTheme();
  const json = useContext(TokensContext);
  const { code, lineNumbersStart, lineClassNames } = metadata;
  const language = metadata.language.toLowerCase();
  const lines = useMemo(() => linesFor(code, json), [code, json]);
  const dict = useMemo(() => themeDict(prismTheme, language), [prismTheme, language]);
  const getLineProps: LineProps['getLineProps'] = ({
    className: lineClass,
    style,
    line,
    ...rest
  }) => ({
    ...rest,
    className: clsx('token-line', lineClass),
    style: { ...dict.plain, ...style },
  });
  const getTokenProps: LineProps['getTokenProps'] = ({
    token,
    className: tokenClass,
    style,
    ...rest
  }) => ({
    ...rest,
    className: clsx('token', ...token.types, tokenClass),
    children: token.content,
    style: style
      ? { ...tokenStyle(dict, token.types, token.empty === true), ...style }
      : tokenStyle(dict, token.types, token.empty === true),
  });
  return (
    <pre
      ref={wordWrap.codeBlockRef}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable code block must be reachable by keyboard, as in Docusaurus
      tabIndex={0}
      className={clsx(
        className,
        `prism-code language-${language}`,
        styles.codeBlock,
        'thin-scrollbar',
      )}
      style={dict.root}
    >
      <code
        className={clsx(
          styles.codeBlockLines,
          lineNumbersStart !== undefined && styles.codeBlockLinesWithNumbering,
        )}
        style={
          lineNumbersStart === undefined
            ? undefined
            : { counterReset: `line-count ${lineNumbersStart - 1}` }
        }
      >
        {lines.map((tokens, i) => (
          <Line
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place, as in Docusaurus
            key={i}
            line={tokens.map(([types, content, empty]) =>
              empty
                ? { types: types.split(' '), content, empty: true }
                : { types: types.split(' '), content },
            )}
            getLineProps={getLineProps}
            getTokenProps={getTokenProps}
            classNames={lineClassNames[i]}
            showLineNumbers={lineNumbersStart !== undefined}
          />
        ))}
      </code>
    </pre>
  );
}
