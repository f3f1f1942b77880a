// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Highlights code blocks at build time. Docusaurus highlights them in the browser with Prism, and
// building Prism's grammars was about two thirds of every page's start-up on a phone, code or not.
// This rehype plugin tokenises each fenced block with the same Prism (prism-react-renderer's) and
// hands the tokens to the page as a `data-tokens` property of its <code>; the swizzled
// CodeBlock/Content renders them, on the server and in the browser, without Prism in the bundle.
import { normalizeTokens, Prism } from 'prism-react-renderer';

/** The block's language, from `language-x` in its class, as Docusaurus reads it. */
function languageOf(node) {
  const classes = node.properties?.className;
  const list = Array.isArray(classes) ? classes : typeof classes === 'string' ? [classes] : [];
  const found = list.map(String).find((c) => c.startsWith('language-'));
  return found ? found.slice('language-'.length).toLowerCase() : undefined;
}

function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Lines of [types, content, empty] tuples: `types` space-separated as prism-react-renderer's
 * tokens have them, `empty` 1 for the placeholder token of an empty line.
 */
export function tokenise(code, language) {
  const grammar = language ? Prism.languages[language] : undefined;
  if (!grammar) return undefined; // no grammar: the browser shows the plain lines, as Docusaurus does
  const env = { code, grammar, language, tokens: [] };
  Prism.hooks.run('before-tokenize', env);
  env.tokens = Prism.tokenize(code, grammar);
  Prism.hooks.run('after-tokenize', env);
  return normalizeTokens(env.tokens).map((line) =>
    line.map((t) => (t.empty ? [t.types.join(' '), t.content, 1] : [t.types.join(' '), t.content])),
  );
}

function visit(node, parent) {
  if (node.type === 'element' && node.tagName === 'code' && parent?.tagName === 'pre') {
    const language = languageOf(node);
    // Docusaurus drops the one newline that ends every fenced block before highlighting.
    const code = textOf(node).replace(/\n$/, '');
    const tokens = tokenise(code, language);
    if (tokens) node.properties = { ...node.properties, dataTokens: JSON.stringify(tokens) };
    return;
  }
  for (const child of node.children ?? []) visit(child, node);
}

/** The rehype plugin (docs and pages). */
export default function rehypeCodeTokens() {
  return (tree) => visit(tree, undefined);
}
