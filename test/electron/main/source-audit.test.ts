// Static checks over our own sources for the rules a reviewer would otherwise have to remember.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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

  it('renders raw HTML only through DOMPurify', () => {
    const offenders = files.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /dangerouslySetInnerHTML|\.innerHTML\s*=/.test(text) && !/dompurify|sanitize/i.test(text);
    });
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
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
