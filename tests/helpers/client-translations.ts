/**
 * Which message keys run in the browser, route by route: a static reading of the module graph.
 * (Over 350 lines: one reader, from module resolution to the route check, kept together.)
 *
 * The client modules of a route entry (a page, layout, not-found … under app/) are those it reaches
 * by value imports (`@/…` and relative; type-only imports and `"use server"` modules are not
 * followed: those never ship their code to the browser) once a `"use client"` module is entered,
 * and everything such a module imports. In every client module reached, the reader reads the
 * `useTranslations(…)` bindings and what is done with them:
 * - `t("a.b")`, `t.rich("a.b")`, `t.has("a.b")` … with a literal key need the path `ns.a.b`;
 * - a template key `t(\`kinds.${k}\`)` needs the subtree before its first substitution (`ns.kinds`);
 * - any other use (a variable key, `t` passed on) needs the whole namespace `ns`;
 * - `useTranslations()` without a literal namespace, or `useMessages()`, needs the whole catalogue
 *   (returned as the path `""`), which no route sends: the test then fails on purpose.
 * What an entry sends is read from its `<RouteMessages route="…">` (a string literal), or else from
 * the nearest enclosing layout's, or else the root layout's shell set; an entry that names a route
 * must return every tree inside that element. `routeMessageProblems` compares the two.
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

const ENTRY = /^(page|layout|not-found|error|global-error|loading|template|default)\.tsx?$/;

/** Every route entry file under app/ (pages, layouts, not-found, error, loading, template, default), absolute. */
export function routeEntries(repo: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (ENTRY.test(entry.name)) found.push(full);
    }
  };
  walk(path.join(repo, "app"));
  return found.sort();
}

/** A reader of one repository's modules, parsing each file once. */
function moduleReader(repo: string) {
  const parsed = new Map<string, ts.SourceFile>();
  const get = (file: string) => {
    let source = parsed.get(file);
    if (!source) parsed.set(file, (source = parse(file)));
    return source;
  };
  const imports = new Map<string, string[]>();
  const importsOf = (file: string) => {
    let found = imports.get(file);
    if (!found) imports.set(file, (found = valueImports(repo, file, get(file))));
    return found;
  };
  /** The client modules an entry reaches (absolute paths, sorted). */
  const clientModulesFrom = (entry: string): string[] => {
    const server = new Set<string>();
    const client = new Set<string>();
    const queue: [string, boolean][] = [[entry, directive(get(entry)) === "use client"]];
    while (queue.length > 0) {
      const [file, inClient] = queue.pop()!;
      const seen = inClient ? client : server;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const imported of importsOf(file)) {
        const kind = directive(get(imported));
        if (kind === "use server") continue;
        queue.push([imported, inClient || kind === "use client"]);
      }
    }
    return [...client].sort();
  };
  return { get, clientModulesFrom };
}

/** The client modules one entry reaches (absolute paths). */
export function clientModulesFrom(repo: string, entry: string): string[] {
  return moduleReader(repo).clientModulesFrom(entry);
}

const EXITS = new Set(["notFound", "redirect", "permanentRedirect", "forbidden", "unauthorized"]);
const isRouteMessages = (node: ts.Node) =>
  ts.isJsxElement(node) && ts.isIdentifier(node.openingElement.tagName) && node.openingElement.tagName.text === "RouteMessages";

/** The function a module exports as default, if it is declared in the module. */
function defaultExport(source: ts.SourceFile): ts.FunctionLikeDeclaration | undefined {
  let named: string | undefined;
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) return statement;
    if (ts.isExportAssignment(statement) && !statement.isExportEquals) {
      if (ts.isArrowFunction(statement.expression) || ts.isFunctionExpression(statement.expression)) return statement.expression;
      if (ts.isIdentifier(statement.expression)) named = statement.expression.text;
    }
  }
  if (!named) return undefined;
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name?.text === named) return statement;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (ts.isIdentifier(declaration.name) && declaration.name.text === named && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) return init;
      }
    }
  }
  return undefined;
}

/** What the default export returns, expression by expression (not looking into nested functions). */
function returnedExpressions(fn: ts.FunctionLikeDeclaration): ts.Expression[] {
  if (!fn.body) return [];
  if (!ts.isBlock(fn.body)) return [fn.body];
  const out: ts.Expression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) out.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return out;
}

/** The returned expressions that are not a `<RouteMessages>` element (nor null, nor a notFound()/redirect() call). */
function unwrapped(expression: ts.Expression): ts.Expression[] {
  let e = expression;
  while (ts.isParenthesizedExpression(e) || ts.isAwaitExpression(e)) e = e.expression;
  if (ts.isConditionalExpression(e)) return [...unwrapped(e.whenTrue), ...unwrapped(e.whenFalse)];
  if (isRouteMessages(e) || e.kind === ts.SyntaxKind.NullKeyword) return [];
  if (ts.isIdentifier(e) && e.text === "undefined") return [];
  if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && EXITS.has(e.expression.text)) return [];
  return [e];
}

/**
 * The routes an entry names in `<RouteMessages route="…">`, and what keeps the reading from being
 * sure: a route that is not a string literal, two different routes, or a returned tree outside the
 * element (the client components it renders would get the messages of the layout above instead).
 */
export function declaredRoute(source: ts.SourceFile): { route?: string; problems: string[] } {
  const routes = new Set<string>();
  const problems: string[] = [];
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node) => {
    if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && ts.isIdentifier(node.tagName) && node.tagName.text === "RouteMessages") {
      const attribute = node.attributes.properties.find((p) => ts.isJsxAttribute(p) && ts.isIdentifier(p.name) && p.name.text === "route");
      const value = attribute && ts.isJsxAttribute(attribute) ? attribute.initializer : undefined;
      if (value && ts.isStringLiteral(value)) routes.add(value.text);
      else problems.push(`line ${line(node)}: <RouteMessages> needs a literal route="…"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (routes.size > 1) problems.push(`names several routes (${[...routes].join(", ")}): one entry, one route`);
  if (routes.size > 0) {
    const fn = defaultExport(source);
    if (!fn) problems.push("names a route but its default export is not a function declared in the file");
    else for (const e of returnedExpressions(fn).flatMap(unwrapped)) problems.push(`line ${line(e)}: the default export returns a tree outside <RouteMessages>`);
  }
  return { route: routes.size === 1 ? [...routes][0] : undefined, problems };
}

/** One route entry as read: the route whose messages its client components get, and those modules. */
export type RouteEntry = {
  /** Repo-relative path of the entry. */
  entry: string;
  /** The route whose provider encloses the entry ("shell" for the root layout's), and the file naming it. */
  route: string;
  routeFrom: string;
  /** Repo-relative client modules the entry reaches, each with the message paths it needs. */
  modules: { file: string; paths: string[] }[];
  problems: string[];
};

/** Every route entry under app/, read (see the module docstring). */
export function readRoutes(repo: string): RouteEntry[] {
  const reader = moduleReader(repo);
  const entries = routeEntries(repo);
  const declared = new Map(entries.map((file) => [file, declaredRoute(reader.get(file))]));
  const layoutOf = (dir: string) => ["layout.tsx", "layout.ts"].map((name) => path.join(dir, name)).find((file) => declared.has(file));
  const appDir = path.join(repo, "app");
  return entries.map((file) => {
    // The entry itself, then the layouts that enclose it, nearest first.
    const chain = [file];
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      const layout = layoutOf(dir);
      if (layout && layout !== file) chain.push(layout);
      if (dir === appDir) break;
    }
    const from = chain.find((f) => declared.get(f)!.route !== undefined);
    return {
      entry: path.relative(repo, file),
      route: from ? declared.get(from)!.route! : "shell",
      routeFrom: path.relative(repo, from ?? path.join(appDir, "layout.tsx")),
      modules: reader.clientModulesFrom(file).map((m) => ({ file: path.relative(repo, m), paths: [...messagePathsOf(m)].sort() })),
      problems: declared.get(file)!.problems,
    };
  });
}

const within = (p: string, other: string) => p === other || p.startsWith(`${other}.`);

/**
 * What is wrong between the routes as read and the message lists: `missing` names each entry, its
 * route, the client module and the key that route does not send; `unused` each listed path no
 * module of its route needs (or that the shell already sends), each route no entry names and each
 * path missing from a catalogue; `unreadable` what the reader could not be sure of.
 */
export function routeMessageProblems(
  routes: RouteEntry[],
  lists: { shell: readonly string[]; routes: Record<string, readonly string[]> },
  catalogues: Record<string, unknown>,
): { missing: string[]; unused: string[]; unreadable: string[] } {
  const missing: string[] = [];
  const unused: string[] = [];
  const unreadable = routes.flatMap((r) => r.problems.map((p) => `${r.entry}: ${p}`));
  const neededBy = new Map<string, Set<string>>(); // route -> paths its modules need
  for (const r of routes) {
    const own = r.route === "shell" ? [] : lists.routes[r.route];
    if (own === undefined) {
      unreadable.push(`${r.entry}: route "${r.route}" (${r.routeFrom}) is not in ROUTE_MESSAGE_PATHS`);
      continue;
    }
    const sent = [...lists.shell, ...own];
    const needed = neededBy.get(r.route) ?? new Set<string>();
    neededBy.set(r.route, needed);
    for (const m of r.modules) {
      for (const p of m.paths) {
        needed.add(p);
        if (!sent.some((s) => within(p, s))) missing.push(`${r.entry} (route "${r.route}" from ${r.routeFrom}): ${m.file} translates ${p || "(the whole catalogue)"}`);
      }
    }
  }
  const usedBy = (needed: Set<string> | undefined, p: string) => [...(needed ?? [])].some((n) => within(n, p) || within(p, n));
  for (const p of lists.shell) if (!usedBy(neededBy.get("shell"), p)) unused.push(`shell: ${p} (no client module of the shell translates it)`);
  for (const [route, paths] of Object.entries(lists.routes)) {
    if (!neededBy.has(route)) unused.push(`route "${route}": no entry names it`);
    for (const p of paths) {
      if (lists.shell.some((s) => within(p, s))) unused.push(`route "${route}": ${p} (the shell sends it already)`);
      else if (neededBy.has(route) && !usedBy(neededBy.get(route), p)) unused.push(`route "${route}": ${p} (no client module of the route translates it)`);
    }
  }
  const at = (tree: unknown, p: string) => p.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), tree);
  for (const [language, catalogue] of Object.entries(catalogues)) {
    for (const p of [...lists.shell, ...Object.values(lists.routes).flat()]) if (at(catalogue, p) === undefined) unused.push(`${p}: not in messages/${language}.json`);
  }
  return { missing: [...new Set(missing)], unused: [...new Set(unused)], unreadable };
}
