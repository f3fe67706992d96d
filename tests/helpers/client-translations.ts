/**
 * Which message keys run in the browser: a static reading of the client module graph.
 *
 * Starts from every module whose first statement is `"use client"` (under app/, components/, lib/),
 * follows its value imports (`@/…` and relative; type-only imports and `"use server"` modules are
 * not followed: those never ship their code to the browser) and, in every module reached, reads
 * the `useTranslations(…)` bindings and what is done with them:
 * - `t("a.b")`, `t.rich("a.b")`, `t.has("a.b")` … with a literal key need the path `ns.a.b`;
 * - a template key `t(\`kinds.${k}\`)` needs the subtree before its first substitution (`ns.kinds`);
 * - any other use (a variable key, `t` passed on) needs the whole namespace `ns`;
 * - `useTranslations()` without a literal namespace, or `useMessages()`, needs the whole catalogue
 *   (returned as the path `""`), which the layout never passes: the test then fails on purpose.
 * Used by lib/i18n/client-messages.test.ts (TypeScript's own parser; no build needed).
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOTS = ["app", "components", "lib"];
const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

/** Every .ts/.tsx source file (no tests) under the app's folders, as absolute paths. */
function sourceFiles(repo: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) found.push(full);
    }
  };
  for (const root of ROOTS) if (fs.existsSync(path.join(repo, root))) walk(path.join(repo, root));
  return found;
}

function directive(source: ts.SourceFile): string | undefined {
  const first = source.statements[0];
  if (first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression)) return first.expression.text;
  return undefined;
}

function resolveImport(repo: string, from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(repo, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return undefined;
  if (/\.tsx?$/.test(base) && fs.existsSync(base)) return base;
  for (const extension of EXTENSIONS) if (fs.existsSync(base + extension)) return base + extension;
  return undefined;
}

/** Value imports of a module (type-only imports left out), resolved to files of the repo. */
function valueImports(repo: string, file: string, source: ts.SourceFile): string[] {
  const out: string[] = [];
  const add = (specifier: string) => {
    const resolved = resolveImport(repo, file, specifier);
    if (resolved) out.push(resolved);
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      if (clause && !clause.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)) continue;
      add(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && !statement.isTypeOnly) {
      add(statement.moduleSpecifier.text);
    }
  }
  // import("…") expressions (next/dynamic, lazy pickers).
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteral(arg)) add(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/** The modules that run in the browser (absolute paths): the `"use client"` modules and what they import. */
export function clientModuleGraph(repo: string): string[] {
  const parsed = new Map<string, ts.SourceFile>();
  const get = (file: string) => {
    let source = parsed.get(file);
    if (!source) parsed.set(file, (source = parse(file)));
    return source;
  };
  const queue = sourceFiles(repo).filter((file) => directive(get(file)) === "use client");
  const seen = new Set(queue);
  while (queue.length > 0) {
    const file = queue.pop()!;
    for (const imported of valueImports(repo, file, get(file))) {
      if (seen.has(imported) || directive(get(imported)) === "use server") continue;
      seen.add(imported);
      queue.push(imported);
    }
  }
  return [...seen].sort();
}

/** The key (or key prefix) a translation call's first argument needs, or undefined for "any key". */
function keyOf(argument: ts.Expression | undefined): string | undefined {
  if (!argument) return undefined;
  if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) return argument.text;
  if (ts.isTemplateExpression(argument)) {
    const head = argument.head.text;
    const dot = head.lastIndexOf(".");
    return dot > 0 ? head.slice(0, dot) : undefined;
  }
  return undefined;
}

const join = (namespace: string, key: string | undefined) => (key === undefined ? namespace : namespace ? `${namespace}.${key}` : key);

/** The message paths one module needs in the browser (see the module docstring). */
export function messagePathsOf(file: string): Set<string> {
  const source = parse(file);
  const needed = new Set<string>();
  const hookNames = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!statement.moduleSpecifier.text.startsWith("next-intl")) continue;
    const named = statement.importClause?.namedBindings;
    if (named && ts.isNamedImports(named)) {
      for (const element of named.elements) {
        const imported = (element.propertyName ?? element.name).text;
        if (imported === "useTranslations") hookNames.add(element.name.text);
        if (imported === "useMessages") needed.add("");
      }
    }
  }
  if (hookNames.size === 0) return needed;

  // name -> namespaces bound to it anywhere in the file (a name reused by two components gets both).
  const bindings = new Map<string, Set<string>>();
  const declarations = new Set<ts.Node>();
  const findBindings = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && hookNames.has(node.expression.text)) {
      const arg = node.arguments[0];
      const namespace = arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : "";
      const parent = node.parent;
      if (namespace && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) {
        declarations.add(parent.name);
        const set = bindings.get(parent.name.text) ?? new Set<string>();
        set.add(namespace);
        bindings.set(parent.name.text, set);
      } else if (namespace && ts.isCallExpression(parent) && parent.expression === node) {
        needed.add(join(namespace, keyOf(parent.arguments[0]))); // useTranslations("app")("apposition")
      } else {
        needed.add(namespace); // `useTranslations()` or a translator not bound to a name: whole namespace / catalogue
      }
    }
    ts.forEachChild(node, findBindings);
  };
  findBindings(source);

  const findUses = (node: ts.Node) => {
    if (ts.isIdentifier(node) && bindings.has(node.text) && !declarations.has(node)) {
      const namespaces = bindings.get(node.text)!;
      const parent = node.parent;
      let key: string | undefined;
      if (ts.isCallExpression(parent) && parent.expression === node) key = keyOf(parent.arguments[0]);
      else if (ts.isPropertyAccessExpression(parent) && parent.expression === node && ts.isCallExpression(parent.parent) && parent.parent.expression === parent) {
        key = keyOf(parent.parent.arguments[0]);
      }
      for (const namespace of namespaces) needed.add(join(namespace, key));
    }
    ts.forEachChild(node, findUses);
  };
  findUses(source);
  return needed;
}

/** Every message path the browser needs, with the modules that need it (repo-relative). */
export function clientMessagePaths(repo: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of clientModuleGraph(repo)) {
    for (const needed of messagePathsOf(file)) {
      const users = out.get(needed) ?? [];
      users.push(path.relative(repo, file));
      out.set(needed, users);
    }
  }
  return out;
}
