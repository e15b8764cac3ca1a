// Each feature's style sheet styles its own classes. The sheets are global once loaded, and the
// views' sheets load lazily, in whatever order the user opens them: a class styled from the
// start of a selector in two sheets looks one way until the second sheet arrives, then another.
// (The annotations' `.badge` did this to the catalogue's kind badges: a moment after start-up,
// once the annotations' sheet had loaded, they lost their colour and changed size.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'renderer/src');

function sheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sheets(join(dir, d.name)) : d.name.endsWith('.css') ? [join(dir, d.name)] : [],
  );
}

/** `css` without its `@media print` blocks: what a sheet hides or resets on paper only. */
function screenOnly(css: string): string {
  let out = css;
  for (let at = out.search(/@media\s+print\b/); at !== -1; at = out.search(/@media\s+print\b/)) {
    let depth = 0;
    let end = out.indexOf('{', at);
    for (; end < out.length; end++) {
      if (out[end] === '{') depth++;
      else if (out[end] === '}' && --depth === 0) break;
    }
    out = out.slice(0, at) + out.slice(end + 1);
  }
  return out;
}

/**
 * The class each on-screen selector of `css` starts with (`.row:hover, .row--active` → row,
 * row--active). Print rules are left out: sheets hide their parts on paper side by side.
 */
export function leadingClasses(css: string): Set<string> {
  const classes = new Set<string>();
  const code = screenOnly(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  for (const [, prelude] of code.matchAll(/([^{};]+)\{/g)) {
    if (!prelude || prelude.trim().startsWith('@')) continue;
    for (const selector of prelude.split(',')) {
      const lead = /^\s*\.(-?[_a-zA-Z][\w-]*)/.exec(selector)?.[1];
      if (lead) classes.add(lead);
    }
  }
  return classes;
}

describe('style sheets', () => {
  it('finds the classes a sheet styles', () => {
    const css =
      '/* .x { } */ .a, .b:hover > i {}\n@media print { .p { } .q {} }\n@media (width < 40rem) { .c .d { } }';
    expect([...leadingClasses(css)]).toEqual(['a', 'b', 'c']);
  });

  it('style no class from the start of a selector in two sheets', () => {
    const owners = new Map<string, string[]>();
    for (const file of sheets(SRC)) {
      for (const name of leadingClasses(readFileSync(file, 'utf8'))) {
        owners.set(name, [...(owners.get(name) ?? []), relative(ROOT, file)]);
      }
    }
    const shared = [...owners]
      .filter(([, files]) => files.length > 1)
      .map(([name, files]) => `.${name}: ${files.join(', ')}`);
    expect(shared).toEqual([]);
  });
});
