// Finds every place our code hands a string to the HTML parser (dangerouslySetInnerHTML,
// innerHTML/outerHTML assignments, insertAdjacentHTML, document.write, srcdoc…) and checks, in
// the syntax tree, that the string comes out of DOMPurify: a "sanitiser" is a function whose
// every return is DOMPurify's sanitize() (DOMPurify imported from 'dompurify'), or a call to
// another sanitiser. Comments and names in comments count for nothing.
import ts from 'typescript';

export interface Source {
  file: string;
  text: string;
}

const parse = ({ file, text }: Source) =>
  ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );

/** Local names bound to DOMPurify or its sanitize function by an import from 'dompurify'. */
const purifyCache = new WeakMap<ts.SourceFile, { objects: Set<string>; functions: Set<string> }>();
function purifyBindings(sf: ts.SourceFile): { objects: Set<string>; functions: Set<string> } {
  const cached = purifyCache.get(sf);
  if (cached) return cached;
  const objects = new Set<string>();
  const functions = new Set<string>();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    if (st.moduleSpecifier.text !== 'dompurify' || !st.importClause) continue;
    const clause = st.importClause;
    if (clause.name) objects.add(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) objects.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const el of bindings.elements) {
        const imported = (el.propertyName ?? el.name).text;
        if (imported === 'sanitize') functions.add(el.name.text);
        if (imported === 'default') objects.add(el.name.text);
      }
    }
  }
  purifyCache.set(sf, { objects, functions });
  return { objects, functions };
}

function calleeName(call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return null;
}

/** Whether the expression's value is sanitised HTML (or nothing to parse: null, a literal). */
function isSafe(expr: ts.Expression, sf: ts.SourceFile, sanitisers: Set<string>): boolean {
  const purify = purifyBindings(sf);
  const visit = (e: ts.Expression): boolean => {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e))
      return visit(e.expression);
    if (
      e.kind === ts.SyntaxKind.NullKeyword ||
      ts.isStringLiteral(e) ||
      ts.isNoSubstitutionTemplateLiteral(e)
    )
      return true;
    if (ts.isIdentifier(e) && e.text === 'undefined') return true;
    if (ts.isConditionalExpression(e)) return visit(e.whenTrue) && visit(e.whenFalse);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
      return visit(e.left) && visit(e.right);
    }
    if (ts.isCallExpression(e)) {
      const callee = e.expression;
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
        if (purify.objects.has(callee.expression.text) && callee.name.text === 'sanitize') return true;
      }
      if (ts.isIdentifier(callee) && purify.functions.has(callee.text)) return true;
      const name = calleeName(e);
      return name !== null && sanitisers.has(name);
    }
    if (ts.isIdentifier(e)) {
      // A parameter typed with the sanitised-HTML brand (which only sanitize() can mint: see
      // brandLeaks), or a const of this file initialised with a safe value.
      if (brandedParameters(sf).has(e.text)) return true;
      const init = constInitialiser(sf, e.text);
      return init !== null && visit(init);
    }
    return false;
  };
  return visit(expr);
}

/** The type that marks HTML as sanitised; a value gets it only through `as`, checked by brandLeaks. */
const BRAND = 'SanitizedHtml';
const isBrand = (type: ts.TypeNode | undefined): boolean =>
  !!type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === BRAND;

const brandedCache = new WeakMap<ts.SourceFile, Set<string>>();
/** Names of parameters (plain, or destructured from a typed object) whose type is the brand. */
function brandedParameters(sf: ts.SourceFile): Set<string> {
  const cached = brandedCache.get(sf);
  if (cached) return cached;
  const names = new Set<string>();
  const walk = (node: ts.Node) => {
    if (ts.isParameter(node)) {
      if (ts.isIdentifier(node.name) && isBrand(node.type)) names.add(node.name.text);
      if (ts.isObjectBindingPattern(node.name) && node.type && ts.isTypeLiteralNode(node.type)) {
        const branded = new Set(
          node.type.members
            .filter((m): m is ts.PropertySignature => ts.isPropertySignature(m) && isBrand(m.type))
            .map((m) => m.name.getText(sf)),
        );
        for (const el of node.name.elements) {
          const key = (el.propertyName ?? el.name).getText(sf);
          if (branded.has(key) && ts.isIdentifier(el.name)) names.add(el.name.text);
        }
      }
    }
    ts.forEachChild(node, walk);
  };
  walk(sf);
  brandedCache.set(sf, names);
  return names;
}

const constsCache = new WeakMap<ts.SourceFile, Map<string, ts.Expression | null>>();

/** The initialiser of the file's only declaration of name, if it is a const; null otherwise. */
function constInitialiser(sf: ts.SourceFile, name: string): ts.Expression | null {
  let consts = constsCache.get(sf);
  if (!consts) {
    const table = new Map<string, ts.Expression | null>();
    const walk = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
        const isConst = (node.parent.flags & ts.NodeFlags.Const) !== 0;
        const seen = table.has(node.name.text);
        table.set(node.name.text, !seen && isConst && node.initializer ? node.initializer : null);
      }
      ts.forEachChild(node, walk);
    };
    walk(sf);
    constsCache.set(sf, table);
    consts = table;
  }
  return consts.get(name) ?? null;
}

function returnsOf(fn: ts.FunctionLikeDeclaration): ts.Expression[] | null {
  if (!fn.body) return null;
  if (!ts.isBlock(fn.body)) return [fn.body];
  const out: ts.Expression[] = [];
  let bare = false;
  const walk = (node: ts.Node) => {
    if (node !== fn && ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node)) {
      if (node.expression) out.push(node.expression);
      else bare = true;
    }
    ts.forEachChild(node, walk);
  };
  ts.forEachChild(fn.body, walk);
  return bare || out.length === 0 ? null : out;
}

function namedFunctions(sf: ts.SourceFile): [string, ts.FunctionLikeDeclaration][] {
  const out: [string, ts.FunctionLikeDeclaration][] = [];
  const walk = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) && node.name) out.push([node.name.text, node]);
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    ) {
      out.push([node.name.text, node.initializer]);
    }
    ts.forEachChild(node, walk);
  };
  walk(sf);
  return out;
}

/** Names of the functions, across all sources, that only ever return sanitised HTML. */
export function findSanitisers(sources: Source[]): Set<string> {
  return sanitisersIn(sources.map(parse));
}

function sanitisersIn(parsed: ts.SourceFile[]): Set<string> {
  const sanitisers = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const sf of parsed) {
      for (const [name, fn] of namedFunctions(sf)) {
        if (sanitisers.has(name)) continue;
        const returns = returnsOf(fn);
        if (returns && returns.every((r) => isSafe(r, sf, sanitisers))) {
          sanitisers.add(name);
          grew = true;
        }
      }
    }
  }
  return sanitisers;
}

const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
const HTML_METHODS = new Set([
  'insertAdjacentHTML',
  'setHTMLUnsafe',
  'createContextualFragment',
  'parseFromString',
]);
/** document.write / writeln (not a stream's or a file handle's write). */
const isDocumentWrite = (callee: ts.PropertyAccessExpression) =>
  (callee.name.text === 'write' || callee.name.text === 'writeln') &&
  /(^|\.)document$/.test(callee.expression.getText());

/** "file:line what" for every HTML sink fed something that is not sanitised. */
export function unsanitisedHtmlSinks(sources: Source[]): string[] {
  const parsed = sources.map(parse);
  const sanitisers = sanitisersIn(parsed);
  const findings: string[] = [];
  for (const sf of parsed) {
    const source = { file: sf.fileName };
    const report = (node: ts.Node, what: string) =>
      findings.push(`${source.file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`);
    const walk = (node: ts.Node) => {
      if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name)) {
        const name = node.name.text;
        const value =
          node.initializer && ts.isJsxExpression(node.initializer) ? node.initializer.expression : undefined;
        if (name === 'dangerouslySetInnerHTML') {
          const html =
            value && ts.isObjectLiteralExpression(value)
              ? value.properties.find(
                  (p): p is ts.PropertyAssignment =>
                    ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === '__html',
                )?.initializer
              : undefined;
          if (!html || !isSafe(html, sf, sanitisers)) report(node, 'dangerouslySetInnerHTML');
        }
        if (name === 'srcDoc' && !(value && isSafe(value, sf, sanitisers))) report(node, 'srcDoc');
      }
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        node.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
        (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left))
      ) {
        const prop = ts.isPropertyAccessExpression(node.left)
          ? node.left.name.text
          : ts.isStringLiteral(node.left.argumentExpression)
            ? node.left.argumentExpression.text
            : '';
        if (HTML_PROPERTIES.has(prop) && !isSafe(node.right, sf, sanitisers)) report(node, `${prop} =`);
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        if (HTML_METHODS.has(method) || isDocumentWrite(node.expression)) {
          const html = node.arguments[method === 'insertAdjacentHTML' ? 1 : 0];
          if (!html || !isSafe(html, sf, sanitisers)) report(node, `${method}()`);
        }
      }
      ts.forEachChild(node, walk);
    };
    walk(sf);
    // The brand is only as good as its minting: every `x as SanitizedHtml` must cast sanitised HTML.
    const mint = (node: ts.Node) => {
      if (ts.isAsExpression(node) && isBrand(node.type) && !isSafe(node.expression, sf, sanitisers))
        findings.push(
          `${source.file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1} as ${BRAND}`,
        );
      ts.forEachChild(node, mint);
    };
    mint(sf);
  }
  return findings;
}
