// The one text folding of the app, shared by the parsers, the search engine and the renderer.
// `fold` works character by character (lower case, no accents, no ligatures, straight
// apostrophes), so search can map every folded token back to the original text;
// `foldForMatch` is the same folding with runs of dashes, underscores and spaces made one space,
// for comparing names and phrases. Both are hot paths: the tables below are built once. Their
// builders are marked pure, so a bundle that never uses a table does not build it: the window's
// first chunk skips ALNUM_PART (65,536 entries, only the parsers use it).

const COMBINING = /\p{M}/gu;

/** Letters NFD does not decompose. Ligatures are the ones French text actually carries. */
const SPECIAL: Record<string, string> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ı: 'i',
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
  ﬅ: 'st',
  ﬆ: 'st',
  ĳ: 'ij',
  Ĳ: 'ij',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '`': "'",
  '´': "'",
  '′': "'",
};

const charCache = new Map<string, string>();

/** The folded form of one character (one code point). */
export function foldChar(ch: string): string {
  let out = charCache.get(ch);
  if (out !== undefined) return out;
  out = SPECIAL[ch] ?? ch.normalize('NFKD').replace(COMBINING, '').toLowerCase();
  // NFKD can expand some symbols into several characters (e.g. "½"): keep them, they are rare.
  if (charCache.size < 5000) charCache.set(ch, out);
  return out;
}

// ASCII capitals and every non-ASCII character go through foldChar; the rest is already folded.
const TO_FOLD = /[A-Z`]|\P{ASCII}/gu;

/** Lower-case, accent-free, ligature-free text with straight apostrophes. */
export function fold(text: string): string {
  return text.replace(TO_FOLD, foldChar);
}

/** Lower-case, strip accents, unify apostrophes/dashes/spaces: for comparing names, never for display. */
export function foldForMatch(s: string): string {
  // Hot path (every word and line of the documents goes through here): a per-character table
  // gives the same result as the general pipeline for the scripts the documents use.
  // Characters that fold to themselves are copied by runs, not one by one.
  if (s.length >= LONG) return foldLong(s);
  let out = '';
  let gap = false;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80 && SELF[code] === 1) continue;
    const mapped = tableAt(code);
    if (mapped === undefined) return foldSlow(s);
    if (run < i) {
      out += gap && out ? ` ${s.slice(run, i)}` : s.slice(run, i);
      gap = false;
    }
    run = i + 1;
    if (mapped === GAP) {
      gap = true;
      continue;
    }
    out += gap && out ? ` ${mapped}` : mapped;
    gap = false;
  }
  if (run === 0) return s;
  if (run < s.length) {
    out += gap && out ? ` ${s.slice(run)}` : s.slice(run);
  }
  return out;
}

/**
 * The first `n` characters of `foldForMatch(s)`. Folding is local to each character, so a
 * prefix of `s` gives them whenever its folded form is longer than `n`: the last folded
 * character is the only one a cut can change (a split surrogate pair, a trimmed gap).
 */
export function foldedStart(s: string, n: number): string {
  const cut = 4 * n + 8;
  if (s.length > cut) {
    const head = foldForMatch(s.slice(0, cut));
    if (head.length > n) return head.slice(0, n);
  }
  return foldForMatch(s).slice(0, n);
}

/**
 * False when no character of `s` can fold to `letter`: a cheap test before folding a line to
 * look for a phrase, with the phrase's rarest letters. Characters off the table may fold to
 * anything, so they always answer yes.
 */
export function mayFoldTo(s: string, letter: string): boolean {
  let table = MAY_FOLD_TO.get(letter);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      const mapped = tableAt(c);
      if (mapped === undefined || (mapped !== GAP && mapped.includes(letter))) table[c] = 1;
    }
    MAY_FOLD_TO.set(letter, table);
  }
  for (let i = 0; i < s.length; i++) if (table[s.charCodeAt(i)] === 1) return true;
  return false;
}

const MAY_FOLD_TO = new Map<string, Uint8Array>();

function foldSlow(s: string): string {
  return fold(s)
    .replace(/[-‐‑–—_\s]+/g, ' ')
    .trim();
}

/** Marks a dash, underscore or space: runs of them fold to one space, none at the ends. */
const GAP = '\u0000gap';
const GAP_RE = /^[-‐‑–—_\s]$/;

/** Where the table may hold a character: Latin, punctuation, currency, letter-like symbols, arrows, ligatures. */
const TABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2100, 0x214f],
  [0x2190, 0x27bf],
  [0xfb00, 0xfb06],
];

/**
 * Folded form of each character that folds on its own: starters only (no combining marks,
 * so no canonical reordering across characters) and no context-dependent lower case (Σ).
 * Filled one character at a time, on first sight: building it whole (~1,700 normalisations)
 * cost the window ~10 ms at start-up for the few characters its first screen folds.
 */
const FOLD_TABLE: (string | undefined)[] = new Array<string | undefined>(0x10000);
const TABLE_FILLED = new Uint8Array(0x10000);

function tableEntry(c: number): string | undefined {
  if (!TABLE_RANGES.some(([from, to]) => c >= from && c <= to)) return undefined;
  const ch = String.fromCharCode(c);
  if (GAP_RE.test(ch)) return GAP;
  const folded = foldChar(ch);
  // Anything that would interact with its neighbours stays on the general path.
  if (/[-‐‑–—_\s\p{M}]/u.test(folded) || /\p{M}/u.test(ch)) return undefined;
  return folded;
}

/** The table's entry for a code unit (GAP, a folded string, or undefined: general path). */
function tableAt(c: number): string | undefined {
  if (TABLE_FILLED[c] === 0) {
    FOLD_TABLE[c] = tableEntry(c);
    TABLE_FILLED[c] = 1;
  }
  return FOLD_TABLE[c];
}

/**
 * Long texts (whole sections, document heads) are folded into a code-unit buffer decoded once:
 * concatenating one piece per word made folding them cost more than reading them.
 */
const LONG = 24;
const SLOW = -1;
const GAP_CODE = -2;
const MANY = -3;
// TextDecoder exists in every runtime this code meets (Node, browsers, workers) but not in the
// ES library this folder compiles against: typed here, not declared globally.
interface Utf16Decoder {
  decode(units: Uint16Array): string;
}
const UTF16: Utf16Decoder = new (
  globalThis as unknown as { TextDecoder: new (label: string) => Utf16Decoder }
).TextDecoder('utf-16le');
/** Not yet looked up in FOLD_CODE. */
const UNKNOWN = -4;
/** Per code unit: its folded code unit, or one of the markers above; filled on first sight. */
const FOLD_CODE: Int32Array = new Int32Array(0x10000).fill(UNKNOWN);

function codeAt(c: number): number {
  let code = FOLD_CODE[c]!;
  if (code === UNKNOWN) {
    const mapped = tableAt(c);
    code =
      mapped === undefined
        ? SLOW
        : mapped === GAP
          ? GAP_CODE
          : mapped.length === 1
            ? mapped.charCodeAt(0)
            : MANY;
    FOLD_CODE[c] = code;
  }
  return code;
}
let scratch = new Uint16Array(0);

function foldLong(s: string): string {
  // A character folds to at most a few (ligatures: "ﬃ" → "ffi").
  if (scratch.length < s.length * 3) scratch = new Uint16Array(s.length * 3);
  const buf = scratch;
  let n = 0;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const code = codeAt(s.charCodeAt(i));
    if (code === GAP_CODE) {
      gap = true;
      continue;
    }
    if (code === SLOW) return foldSlow(s);
    if (gap && n > 0) buf[n++] = 0x20;
    gap = false;
    if (code === MANY) {
      const mapped = tableAt(s.charCodeAt(i))!;
      for (let k = 0; k < mapped.length; k++) buf[n++] = mapped.charCodeAt(k);
    } else {
      buf[n++] = code;
    }
  }
  return UTF16.decode(buf.subarray(0, n));
}

/** ASCII characters that fold to themselves (1), copied in runs. */
const SELF: Uint8Array = /* @__PURE__ */ (() => {
  const self = new Uint8Array(0x80);
  for (let c = 0; c < 0x80; c++) if (tableAt(c) === String.fromCharCode(c)) self[c] = 1;
  return self;
})();
/** `foldForMatch(s).replace(/[^a-z0-9]+/g, '')`, without building the folded text. */
export function foldedAlnum(s: string): string {
  if (s.length >= LONG) return foldLong(s).replace(/[^a-z0-9]+/g, '');
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80 && ALNUM_SELF[code] === 1) continue;
    const part = ALNUM_PART[code];
    if (part === undefined) return foldForMatch(s).replace(/[^a-z0-9]+/g, '');
    if (run < i) out += s.slice(run, i);
    out += part;
    run = i + 1;
  }
  return run === 0 ? s : out + s.slice(run);
}

/**
 * `foldForMatch(s).split(/[^a-z0-9]+/)` without the empty strings, without building the
 * folded text: the words that matching compares.
 */
export function foldedWords(s: string): string[] {
  if (s.length >= LONG)
    return foldLong(s)
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== '');
  const words: string[] = [];
  let word = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80 && ALNUM_SELF[code] === 1) continue;
    const part = ALNUM_PART[code];
    if (part === undefined)
      return foldForMatch(s)
        .split(/[^a-z0-9]+/)
        .filter((w) => w !== '');
    if (run < i) word += s.slice(run, i);
    run = i + 1;
    if (part === '') {
      if (word) words.push(word);
      word = '';
    } else {
      word += part;
    }
  }
  if (run < s.length) word += s.slice(run);
  if (word) words.push(word);
  return words;
}

/** [a-z0-9]: characters that fold to themselves and count in words. */
const ALNUM_SELF: Uint8Array = /* @__PURE__ */ (() => {
  const self = new Uint8Array(0x80);
  for (let c = 0; c < 0x80; c++) if (/[a-z0-9]/.test(String.fromCharCode(c))) self[c] = 1;
  return self;
})();

/**
 * What each character contributes to the folded words: its folded letters and digits, or ''
 * when it folds to a separator. Undefined (general path) for characters off the fast table
 * and for the rare ones folding to letters and separators mixed.
 */
const ALNUM_PART: readonly (string | undefined)[] = /* @__PURE__ */ (() => {
  const parts = new Array<string | undefined>(0x10000).fill(undefined);
  for (let c = 0; c < 0x10000; c++) {
    const mapped = tableAt(c);
    if (mapped === undefined) continue;
    if (mapped === GAP || /^[^a-z0-9]*$/.test(mapped)) parts[c] = '';
    else if (/^[a-z0-9]+$/.test(mapped)) parts[c] = mapped;
  }
  return parts;
})();

/**
 * `foldForMatch` with apostrophes made spaces too, for names people spell loosely:
 * "Côtes-d’Armor", "Cotes d Armor" and "Côtes d'Armor" give the same "cotes d armor".
 */
export function foldName(s: string): string {
  return foldForMatch(s)
    .replace(/[\s']+/g, ' ')
    .trim();
}
