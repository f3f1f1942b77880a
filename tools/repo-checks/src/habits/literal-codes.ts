// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Codes of the standard's closed codelists re-listed by hand. A code alone is often an ordinary word
// ("overig", "actief", "training"), so a single string is not counted; what counts is a place that
// re-lists a codelist: an array, a union type, the keys of an object or type literal, the cases of a
// switch, or comparisons of one expression within one function, holding two or more codes of the
// same closed codelist. Such a place should take the codes from @zorghub/schemas instead.
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** A place in a file that re-lists at least two codes of one closed codelist. */
export interface CodeListing {
  path: string;
  line: number;
  /** The closed codelist, e.g. `bezoekstatus`. */
  list: string;
  /** What re-lists them: array, union, keys, switch, comparisons. */
  kind: string;
  codes: string[];
}

/** code → the closed codelists that hold it. */
export function codeIndex(lists: Record<string, readonly string[]>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [list, codes] of Object.entries(lists)) {
    for (const code of codes) index.set(code, [...(index.get(code) ?? []), list]);
  }
  return index;
}

const SCRIPT_KIND: Record<string, ts.ScriptKind> = {
  ts: ts.ScriptKind.TS,
  mts: ts.ScriptKind.TS,
  cts: ts.ScriptKind.TS,
  tsx: ts.ScriptKind.TSX,
  js: ts.ScriptKind.JS,
  mjs: ts.ScriptKind.JS,
  cjs: ts.ScriptKind.JS,
  jsx: ts.ScriptKind.JSX,
};

function stringValue(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isLiteralTypeNode(node)) return stringValue(node.literal);
  return undefined;
}

function keyName(name: ts.PropertyName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return undefined;
}

const COMPARISON = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

function enclosingFunction(node: ts.Node): ts.Node {
  let at = node.parent;
  while (at && !ts.isFunctionLike(at) && !ts.isSourceFile(at)) at = at.parent;
  return at ?? node.getSourceFile();
}

/** The string literals a type consists of (null and undefined left out), or undefined for any other type. */
function literalMembers(type: ts.Type): string[] | undefined {
  const parts = type.isUnion() ? type.types : [type];
  const members: string[] = [];
  for (const part of parts) {
    if (part.isStringLiteral()) members.push(part.value);
    else if (!(part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null))) return undefined;
  }
  return members.length > 0 ? members : undefined;
}

/**
 * Whether a type is a closed set of string literals. A literal compared with, or listed as, such a
 * type is checked by TypeScript against it. Such a set is either derived from the standard's
 * generated types, or written by hand, and then its own declaration is a listing this check reports.
 */
function closedSet(type: ts.Type | undefined): boolean {
  return type !== undefined && literalMembers(type) !== undefined;
}

/** The element type of an array-like contextual type (array, tuple, Iterable: the first type argument). */
function elementType(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  const target = checker.getNonNullableType(type);
  const indexed = checker.getIndexTypeOfType(target, ts.IndexKind.Number);
  if (indexed) return indexed;
  const args = (target as ts.TypeReference).target
    ? checker.getTypeArguments(target as ts.TypeReference)
    : [];
  return args[0];
}

/**
 * Whether TypeScript already checks this listing against a closed set of codes (so a code renamed or
 * removed in the standard breaks the typecheck): a switch or comparison over an expression with such
 * a type, an array whose declared element type is one, an object whose declared type has a fixed set
 * of keys and no index signature. Hand-written union and interface types are never tied.
 */
function tiedToStandard(checker: ts.TypeChecker, node: ts.Node, subject: ts.Node): boolean {
  if (ts.isSwitchStatement(node) || ts.isBinaryExpression(node)) {
    return closedSet(checker.getTypeAtLocation(subject));
  }
  if (ts.isArrayLiteralExpression(node)) {
    const contextual = checker.getContextualType(node);
    return contextual !== undefined && closedSet(elementType(checker, contextual));
  }
  if (ts.isObjectLiteralExpression(node)) {
    const contextual = checker.getContextualType(node);
    if (!contextual) return false;
    const target = checker.getNonNullableType(contextual);
    return (
      checker.getIndexInfosOfType(target).length === 0 &&
      checker.getPropertiesOfType(target).length > 0
    );
  }
  return false;
}

/** Every place in one file that re-lists two or more codes of one closed codelist and is not tied to it. */
export function findCodeListings(
  source: ts.SourceFile,
  index: Map<string, string[]>,
  checker?: ts.TypeChecker,
): CodeListing[] {
  const path = source.fileName;
  const found: CodeListing[] = [];
  const report = (node: ts.Node, kind: string, values: (string | undefined)[], subject = node) => {
    const perList = new Map<string, Set<string>>();
    for (const value of values) {
      if (value === undefined) continue;
      for (const list of index.get(value) ?? []) {
        perList.set(list, (perList.get(list) ?? new Set()).add(value));
      }
    }
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    for (const [list, codes] of perList) {
      if (codes.size < 2) continue;
      if (checker && tiedToStandard(checker, node, subject)) continue;
      found.push({ path, line, list, kind, codes: [...codes] });
    }
  };
  // Comparisons of one expression with string literals, per function.
  const comparisons = new Map<
    ts.Node,
    Map<string, { node: ts.Node; subject: ts.Node; values: string[] }>
  >();

  const visit = (node: ts.Node): void => {
    if (ts.isArrayLiteralExpression(node)) {
      report(node, 'array', node.elements.map(stringValue));
    } else if (ts.isUnionTypeNode(node)) {
      report(node, 'union', node.types.map(stringValue));
    } else if (ts.isObjectLiteralExpression(node)) {
      report(
        node,
        'keys',
        node.properties.map((p) =>
          ts.isShorthandPropertyAssignment(p) || ts.isSpreadAssignment(p)
            ? undefined
            : keyName(p.name),
        ),
      );
    } else if (ts.isTypeLiteralNode(node) || ts.isInterfaceDeclaration(node)) {
      report(
        node,
        'keys',
        node.members.map((m) => keyName(m.name)),
      );
    } else if (ts.isSwitchStatement(node)) {
      report(
        node,
        'switch',
        node.caseBlock.clauses.map((c) =>
          ts.isCaseClause(c) ? stringValue(c.expression) : undefined,
        ),
        node.expression,
      );
    } else if (ts.isBinaryExpression(node) && COMPARISON.has(node.operatorToken.kind)) {
      const left = stringValue(node.left);
      const right = stringValue(node.right);
      const value = left ?? right;
      const other = left !== undefined ? node.right : node.left;
      if (value !== undefined && stringValue(other) === undefined) {
        const scope = enclosingFunction(node);
        const byExpression = comparisons.get(scope) ?? new Map();
        comparisons.set(scope, byExpression);
        const key = other.getText(source);
        const entry = byExpression.get(key) ?? { node, subject: other, values: [] };
        entry.values.push(value);
        byExpression.set(key, entry);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const byExpression of comparisons.values()) {
    for (const { node, subject, values } of byExpression.values()) {
      report(node, 'comparisons', values, subject);
    }
  }
  return found.sort((a, b) => a.line - b.line || a.list.localeCompare(b.list));
}

/** A source file parsed on its own (no types): for JavaScript, and for the fixtures. */
export function parseSource(path: string, text: string): ts.SourceFile {
  const ext = path.slice(path.lastIndexOf('.') + 1);
  return ts.createSourceFile(
    path,
    text,
    ts.ScriptTarget.Latest,
    true,
    SCRIPT_KIND[ext] ?? ts.ScriptKind.TS,
  );
}

/** An accepted re-listing: every listing of `list` in `path` (`*`: of every list, in every file), with why it stays. */
export interface AllowedListing {
  path: string;
  list: string;
  reason: string;
}

/** The listings no allowlist entry covers, and the allowlist entries that cover nothing. */
export function judgeListings(
  listings: CodeListing[],
  allowed: AllowedListing[],
): { unexplained: CodeListing[]; stale: AllowedListing[] } {
  const covers = (a: AllowedListing, l: CodeListing) =>
    (a.path === '*' || a.path === l.path) && (a.list === '*' || a.list === l.list);
  return {
    unexplained: listings.filter((l) => !allowed.some((a) => covers(a, l))),
    stale: allowed.filter((a) => !listings.some((l) => covers(a, l))),
  };
}

const TYPED = /\.(ts|tsx|mts|cts)$/;

/** The nearest tsconfig.json above a file (repository-relative), or undefined. */
function tsconfigOf(root: string, path: string): string | undefined {
  let dir = dirname(join(root, path));
  while (dir.startsWith(root)) {
    const candidate = join(dir, 'tsconfig.json');
    if (ts.sys.fileExists(candidate)) return candidate;
    if (dir === root) break;
    dir = dirname(dir);
  }
  return undefined;
}

/**
 * The untied listings in `paths` (repository-relative). Every file is first read on its own; the
 * TypeScript files with a listing are then read again in a program of their package's tsconfig, so
 * the type checker can tell a listing TypeScript already checks against the standard.
 */
export function listingsInFiles(
  root: string,
  paths: string[],
  lists: Record<string, readonly string[]>,
): CodeListing[] {
  const index = codeIndex(lists);
  const found: CodeListing[] = [];
  const typed = new Map<string, string[]>();
  for (const path of paths) {
    const listings = findCodeListings(
      parseSource(path, ts.sys.readFile(join(root, path)) ?? ''),
      index,
    );
    if (listings.length === 0) continue;
    const tsconfig = TYPED.test(path) ? tsconfigOf(root, path) : undefined;
    if (!tsconfig) found.push(...listings);
    else typed.set(tsconfig, [...(typed.get(tsconfig) ?? []), path]);
  }
  for (const [tsconfig, files] of typed) {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      tsconfig,
      { noEmit: true },
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(`${tsconfig}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
        },
      },
    );
    if (!parsed) throw new Error(`${tsconfig}: cannot be read`);
    const program = ts.createProgram({
      rootNames: files.map((path) => join(root, path)),
      options: { ...parsed.options, noEmit: true, skipLibCheck: true },
    });
    const checker = program.getTypeChecker();
    for (const path of files) {
      const source = program.getSourceFile(join(root, path));
      if (!source) throw new Error(`${path}: not read by the program of ${tsconfig}`);
      found.push(
        ...findCodeListings(source, index, checker).map((listing) => ({ ...listing, path })),
      );
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
}
