// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// A small renderer for the subset of Helm's Go templates that our chart uses, because `helm` cannot
// be installed here (neither npm nor Debian ships it): `{{ .Values.a.b }}`, `.Release.Name`,
// `.Chart.Name`/`.Chart.AppVersion`, `$vars`, pipes into quote, default, printf, toYaml, nindent and
// indent, `if`/`range $k, $v := …`/`end`, and `{{-`/`-}}` trimming. Anything else is an error, so
// the chart cannot use a construct this renderer would render wrongly without the test noticing.
import { stringify } from 'yaml';

type Scope = { root: Record<string, unknown>; vars: Record<string, unknown> };
type Node =
  | { kind: 'text'; text: string }
  | { kind: 'out'; expr: string }
  | { kind: 'if'; expr: string; body: Node[]; otherwise: Node[] }
  | { kind: 'range'; key: string; value: string; expr: string; body: Node[] };

function tokenize(source: string): Array<{ text?: string; action?: string }> {
  const tokens: Array<{ text?: string; action?: string }> = [];
  const re = /\{\{(-?)\s*([\s\S]*?)\s*(-?)\}\}/g;
  let last = 0;
  let trimNext = false;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    let text = source.slice(last, m.index);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (m[1] === '-') text = text.replace(/\s+$/, '');
    tokens.push({ text }, { action: m[2]! });
    trimNext = m[3] === '-';
    last = re.lastIndex;
  }
  let rest = source.slice(last);
  if (trimNext) rest = rest.replace(/^\s+/, '');
  tokens.push({ text: rest });
  return tokens;
}

function parse(tokens: Array<{ text?: string; action?: string }>): Node[] {
  let i = 0;
  const block = (until: string[]): { nodes: Node[]; end: string } => {
    const nodes: Node[] = [];
    while (i < tokens.length) {
      const token = tokens[i++]!;
      if (token.text !== undefined) {
        if (token.text) nodes.push({ kind: 'text', text: token.text });
        continue;
      }
      const action = token.action!;
      if (until.includes(action)) return { nodes, end: action };
      const ifMatch = /^if (.+)$/.exec(action);
      const rangeMatch = /^range (\$\w+), (\$\w+) := (.+)$/.exec(action);
      if (ifMatch) {
        const body = block(['else', 'end']);
        const otherwise = body.end === 'else' ? block(['end']).nodes : [];
        nodes.push({ kind: 'if', expr: ifMatch[1]!, body: body.nodes, otherwise });
      } else if (rangeMatch) {
        const body = block(['end']);
        nodes.push({
          kind: 'range',
          key: rangeMatch[1]!,
          value: rangeMatch[2]!,
          expr: rangeMatch[3]!,
          body: body.nodes,
        });
      } else if (/^(end|else)$/.test(action)) throw new Error(`unexpected {{ ${action} }}`);
      else nodes.push({ kind: 'out', expr: action });
    }
    if (until.length > 0)
      throw new Error(`missing {{ end }} (expected one of ${until.join(', ')})`);
    return { nodes, end: '' };
  };
  return block([]).nodes;
}

/** Splits on spaces outside quotes and parentheses. */
function words(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (const c of text.trim()) {
    if (c === '"') quoted = !quoted;
    if (!quoted && c === '(') depth++;
    if (!quoted && c === ')') depth--;
    if (!quoted && depth === 0 && /\s/.test(c)) {
      if (current) out.push(current);
      current = '';
    } else current += c;
  }
  if (current) out.push(current);
  return out;
}

function value(word: string, scope: Scope): unknown {
  if (/^".*"$/.test(word)) return JSON.parse(word);
  if (/^-?\d+$/.test(word)) return Number(word);
  if (/^\(.*\)$/.test(word)) return pipeline(word.slice(1, -1), scope);
  const path = /^(\.|\$\w*)(.*)$/.exec(word);
  if (!path) throw new Error(`cannot read "${word}"`);
  let current: unknown = path[1] === '.' ? scope.root : scope.vars[path[1]!];
  if (path[1] !== '.' && !(path[1]! in scope.vars)) throw new Error(`unknown variable ${path[1]}`);
  for (const key of (path[2] ?? '').split('.').filter(Boolean)) {
    current =
      current && typeof current === 'object'
        ? (current as Record<string, unknown>)[key]
        : undefined;
  }
  return current;
}

const indentBy = (n: number, text: string) =>
  text
    .split('\n')
    .map((l) => (l ? ' '.repeat(n) + l : l))
    .join('\n');

const functions: Record<string, (...args: unknown[]) => unknown> = {
  quote: (v) => JSON.stringify(v === undefined || v === null ? '' : String(v)),
  default: (fallback, v) => (v === undefined || v === null || v === '' ? fallback : v),
  printf: (format, ...args) => {
    let k = 0;
    return String(format).replace(/%s|%d/g, () => String(args[k++]));
  },
  toYaml: (v) => stringify(v).trimEnd(),
  nindent: (n, text) => `\n${indentBy(Number(n), String(text))}`,
  indent: (n, text) => indentBy(Number(n), String(text)),
};

function command(text: string, scope: Scope, piped?: { value: unknown }): unknown {
  const [head, ...rest] = words(text);
  if (!head) throw new Error('empty command');
  const fn = functions[head];
  if (!fn) {
    if (rest.length > 0 || piped) throw new Error(`unknown function "${head}"`);
    return value(head, scope);
  }
  const args = rest.map((w) => value(w, scope));
  return piped ? fn(...args, piped.value) : fn(...args);
}

function pipeline(text: string, scope: Scope): unknown {
  const parts = text.split(/\s\|\s/);
  let result = command(parts[0]!, scope);
  for (const part of parts.slice(1)) result = command(part, scope, { value: result });
  return result;
}

const truthy = (v: unknown) =>
  !(
    v === undefined ||
    v === null ||
    v === false ||
    v === 0 ||
    v === '' ||
    (Array.isArray(v) && v.length === 0) ||
    (typeof v === 'object' && Object.keys(v as object).length === 0)
  );

function render(nodes: Node[], scope: Scope): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'out') {
      const v = pipeline(node.expr, scope);
      if (v === undefined || v === null) throw new Error(`{{ ${node.expr} }} has no value`);
      out += typeof v === 'object' ? JSON.stringify(v) : String(v);
    } else if (node.kind === 'if')
      out += render(truthy(pipeline(node.expr, scope)) ? node.body : node.otherwise, scope);
    else {
      const collection = pipeline(node.expr, scope) as Record<string, unknown>;
      for (const key of Object.keys(collection ?? {}).sort())
        out += render(node.body, {
          root: scope.root,
          vars: { ...scope.vars, [node.key]: key, [node.value]: collection[key] },
        });
    }
  }
  return out;
}

export interface ChartContext {
  Values: Record<string, unknown>;
  Release: { Name: string; Namespace: string };
  Chart: { Name: string; AppVersion: string; Version: string };
}

export function renderTemplate(source: string, context: ChartContext): string {
  return render(parse(tokenize(source)), {
    root: context as unknown as Record<string, unknown>,
    vars: {},
  });
}
