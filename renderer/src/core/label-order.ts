// French alphabetical order for the short labels the catalogue sorts in its first frame (themes,
// places, VITA groups, sources), without Intl: a page's first Intl.Collator costs about 10 ms
// (V8 lists ICU's locales for each Intl service the first time), more than the whole sort. The
// order is Intl.Collator('fr', { sensitivity: 'base', numeric: true })'s on these labels
// (test/renderer/core/label-order.test.ts checks it on the real catalogue): case, accents and
// ligatures do not count (the app's one folding), runs of digits compare as numbers, and spaces
// come before punctuation, punctuation before digits, digits before letters.
import { fold } from '../../../electron/shared/text/fold';

const folded = new Map<string, string>();

function foldedLabel(label: string): string {
  let key = folded.get(label);
  if (key === undefined) {
    key = fold(label);
    if (folded.size < 10_000) folded.set(label, key);
  }
  return key;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

// ICU's root order of the punctuation and symbols labels carry (after folding: ’ is ', … is ...).
const PUNCTUATION = '_-–—,;:!?.…\'"«»()[]{}§@*/\\&#%`^°+<=>|~$€';

/** Spaces first, then punctuation and symbols in ICU's order, then digits, then letters. */
function rank(c: number): number {
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f) return 0;
  if (isDigit(c)) return 1000;
  const p = PUNCTUATION.indexOf(String.fromCharCode(c));
  return p >= 0 ? 1 + p : 2000 + c;
}

/** The end of the run of digits starting at `i`. */
function digitsEnd(s: string, i: number): number {
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i;
}

/** Negative, zero or positive as `a` sorts before, with or after `b`. */
export function compareLabels(a: string, b: string): number {
  const x = foldedLabel(a);
  const y = foldedLabel(b);
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const cx = x.charCodeAt(i);
    const cy = y.charCodeAt(j);
    if (isDigit(cx) && isDigit(cy)) {
      const ei = digitsEnd(x, i);
      const ej = digitsEnd(y, j);
      const nx = x.slice(i, ei).replace(/^0+(?=\d)/, '');
      const ny = y.slice(j, ej).replace(/^0+(?=\d)/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      i = ei;
      j = ej;
      continue;
    }
    const d = rank(cx) - rank(cy);
    if (d !== 0) return d;
    i++;
    j++;
  }
  return x.length - i - (y.length - j);
}
