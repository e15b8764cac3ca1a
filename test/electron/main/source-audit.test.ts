// Static checks over our own sources for the rules a reviewer would otherwise have to remember.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSanitisers, unsanitisedHtmlSinks } from './raw-html-audit';

const root = resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

const files = [...sources(join(root, 'electron')), ...sources(join(root, 'renderer/src'))];

describe('source audit', () => {
  it('never opens external URLs (document text must not become a way out)', () => {
    const offenders = files.filter((f) => /openExternal/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('renders raw HTML only through DOMPurify (checked in the syntax tree, not the comments)', () => {
    const sources = files.map((f) => ({ file: relative(root, f), text: readFileSync(f, 'utf8') }));
    expect(unsanitisedHtmlSinks(sources)).toEqual([]);
  });

  it('never evaluates strings as code', () => {
    const offenders = files.filter((f) => /\beval\(|new Function\(/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('keeps the renderer away from Node and Electron', () => {
    const renderer = files.filter((f) => f.includes('/renderer/src/'));
    const offenders = renderer.filter((f) =>
      /from ['"](electron|node:[a-z]+|fs|path)['"]/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });
});

describe('the raw-HTML audit itself', () => {
  const purify = "import DOMPurify from 'dompurify';\nimport { marked } from 'marked';\n";
  const audit = (text: string, file = 'x.tsx') => unsanitisedHtmlSinks([{ file, text }]);

  it('accepts HTML that comes out of DOMPurify.sanitize, directly or through helpers', () => {
    const render = `${purify}export function render(s: string) { return DOMPurify.sanitize(marked.parse(s) as string); }`;
    const hook =
      "import { render } from './render';\nexport const useHtml = (s: string, on: boolean) => (on ? render(s) : null);";
    const view = [
      "import { useHtml } from './hook';",
      'export const Note = ({ s }: { s: string }) => {',
      '  const html = useHtml(s, true);',
      '  return html === null ? <p>{s}</p> : <div dangerouslySetInnerHTML={{ __html: html }} />;',
      '};',
    ].join('\n');
    const sources = [
      { file: 'render.ts', text: render },
      { file: 'hook.ts', text: hook },
      { file: 'view.tsx', text: view },
    ];
    expect([...findSanitisers(sources)].sort()).toEqual(['render', 'useHtml']);
    expect(unsanitisedHtmlSinks(sources)).toEqual([]);
    expect(audit(`${purify}el.innerHTML = DOMPurify.sanitize(x);`)).toEqual([]);
    expect(audit("import { sanitize } from 'dompurify';\nel.innerHTML = sanitize(x);")).toEqual([]);
    expect(audit("el.innerHTML = '';")).toEqual([]);
  });

  it('flags HTML that does not, whatever the comments say', () => {
    // The old check passed this file: it mentions DOMPurify and sanitize in comments.
    const commented = [
      '// Sanitised by DOMPurify (sanitize) elsewhere.',
      "import { marked } from 'marked';",
      'export const Note = ({ s }: { s: string }) => <div dangerouslySetInnerHTML={{ __html: marked.parse(s) }} />;',
    ].join('\n');
    expect(audit(commented)).toEqual(['x.tsx:3 dangerouslySetInnerHTML']);
    // A helper named like a sanitiser that does not call DOMPurify.
    const fake = `${purify}function sanitize(s: string) { return marked.parse(s); }\nel.innerHTML = sanitize(x);`;
    expect(audit(fake)).toEqual(['x.tsx:4 innerHTML =']);
    // A sanitiser with one unsanitised return path.
    const leaky = `${purify}function r(s: string) { if (s) return s; return DOMPurify.sanitize(s); }\nel.innerHTML = r(x);`;
    expect(audit(leaky)).toEqual(['x.tsx:4 innerHTML =']);
    // DOMPurify not imported from 'dompurify'.
    expect(
      audit('const DOMPurify = { sanitize: (s: string) => s };\nel.innerHTML = DOMPurify.sanitize(x);'),
    ).toEqual(['x.tsx:2 innerHTML =']);
    expect(audit("el.outerHTML = x;\nel['innerHTML'] += x;")).toEqual([
      'x.tsx:1 outerHTML =',
      'x.tsx:2 innerHTML =',
    ]);
    expect(audit("el.insertAdjacentHTML('beforeend', x);\ndocument.write(x);")).toEqual([
      'x.tsx:1 insertAdjacentHTML()',
      'x.tsx:2 write()',
    ]);
    expect(audit('const f = <iframe srcDoc={x} />;')).toEqual(['x.tsx:1 srcDoc']);
    expect(
      audit(
        'let h = DOMPurify.sanitize(x);\nh = x;\nconst v = <div dangerouslySetInnerHTML={{ __html: h }} />;',
      ),
    ).toEqual(['x.tsx:3 dangerouslySetInnerHTML']);
  });

  it('trusts a parameter typed SanitizedHtml only while every cast to that type casts sanitised HTML', () => {
    const body =
      'export const Body = ({ html }: { html: SanitizedHtml }) => <div dangerouslySetInnerHTML={{ __html: html }} />;';
    const honest = `${purify}export function render(s: string) { return DOMPurify.sanitize(s) as SanitizedHtml; }\n${body}`;
    expect(audit(honest)).toEqual([]);
    const forged = `${purify}export const forge = (s: string) => s as SanitizedHtml;\n${body}`;
    expect(audit(forged)).toEqual(['x.tsx:3 as SanitizedHtml']);
    const untyped =
      'export const Body = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: html }} />;';
    expect(audit(untyped)).toEqual(['x.tsx:1 dangerouslySetInnerHTML']);
  });
});
