// Run by `npm ci` / `npm install` before anything else (the preinstall script): enforces the
// `engines.node` range of package.json. npm itself only warns (EBADENGINE), and its engine-strict
// mode cannot be used instead: the electron package declares Node >= 22.12 for its download
// script, which would refuse the Node 20 the whole toolchain runs on. No dependency: node_modules
// does not exist yet when this runs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** [major, minor, patch] of "v20.19.0", "20.19" or "20"; prerelease tags are ignored. */
function parse(text) {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-[\w.]+)?$/.exec(text.trim());
  if (!m) throw new Error(`Version illisible : ${text}`);
  return { v: [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)], parts: m[3] ? 3 : m[2] ? 2 : 1 };
}
const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

function meets(version, comparator) {
  const m = /^(\^|~|>=|<=|>|<|=)?\s*(.+)$/.exec(comparator);
  if (!m) throw new Error(`Contrainte illisible : ${comparator}`);
  const [, op = '=', rest] = m;
  const { v: bound, parts } = parse(rest);
  const c = compare(version, bound);
  if (op === '>=') return c >= 0;
  if (op === '>') return c > 0;
  if (op === '<=') return c <= 0;
  if (op === '<') return c < 0;
  let upper;
  if (op === '^') {
    upper =
      bound[0] > 0 || parts === 1
        ? [bound[0] + 1, 0, 0]
        : bound[1] > 0 || parts === 2
          ? [0, bound[1] + 1, 0]
          : [0, 0, bound[2] + 1];
  } else if (op === '~') {
    upper = parts === 1 ? [bound[0] + 1, 0, 0] : [bound[0], bound[1] + 1, 0];
  } else {
    // "=" or a bare version: a partial one ("20") means any 20.x.
    if (parts === 3) return c === 0;
    upper = parts === 1 ? [bound[0] + 1, 0, 0] : [bound[0], bound[1] + 1, 0];
  }
  return c >= 0 && compare(version, upper) < 0;
}

/**
 * Whether version satisfies range, for the part of npm's range grammar that engines fields use:
 * `||` alternatives of space-separated comparators (^, ~, >=, >, <=, <, =, bare), partial
 * versions allowed, ">= 22.12.0" with a space too. Anything else throws rather than guesses.
 */
export function satisfies(version, range) {
  const { v } = parse(version);
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/(\^|~|>=|<=|>|<|=)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean)
      .every((comparator) => meets(v, comparator)),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const pkg = JSON.parse(readFileSync(resolve(process.argv[2] ?? 'package.json'), 'utf8'));
  const range = pkg.engines?.node;
  if (range && !satisfies(process.versions.node, range)) {
    console.error(
      [
        '',
        `Repères demande Node ${range} ; cette machine a Node ${process.versions.node}.`,
        'Les outils de construction (vite 7, electron-vite, eslint 10, jsdom, pdfjs-dist 5) ne fonctionnent pas',
        'avec cette version : installez une version de Node qui convient (https://nodejs.org/), puis relancez npm ci.',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
}
