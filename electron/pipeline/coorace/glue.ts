// Where one cell of a spreadsheet row ends and the next begins with no space between them
// ("BoulogneCONGRES", "COORACE1993: Le COORACE"). The patterns say it; a scanner that reads
// each character's class once answers the same, faster than nine regexes over every line.

// Each pattern marks a position where one cell ends and the next begins with no space.
// Each pattern consumes the characters before a glue point and looks ahead at the ones after:
// the point is where a match ends. Written as lookbehinds they were tried at every position
// of every line; this way the engine skips ahead to the first character that can start one.
// No point is missed: the characters a match consumes cannot also open the next match.
const GLUE_PATTERNS: RegExp[] = [
  /\p{Ll}(?=\p{Lu})/gu, // "BoulogneCONGRES", "coopérationsCFDT"
  /\S["»)](?=\p{Lu})/gu, // 'exclusion"Manifeste', "(RATP)Relance"
  /\d(?=\p{Lu}\p{L})/gu, // "L129-1DEVELOPPEMENT"
  /\p{Lu}{2}(?=\p{Lu}\p{Ll}+(?![-\p{L}]))/gu, // "CIRIELa", "COORACEGeorges" (not "FRANco-")
  /['’]\p{Lu}(?=\p{Lu}\p{Ll})/gu, // "Inter 'SDécret"
  /(?:\.{3}|…)(?=\p{Lu})/gu, // "entreprise ...Accord"
  /\p{Ll}(?:\.{1,3}|…)(?=\p{Lu})/gu, // "évaluation.CIRIE", "locales...Actes"
  /\p{Ll} \.(?=\p{Lu})/gu, // "Service .Chèque"
  /\p{L}(?=(?:19|20)\d{2}\s?:)/gu, // "COORACE1993: Le COORACE"
];

/** The glue points by the patterns themselves: the definition, and the path for astral text. */
export function gluePointsByPatterns(s: string): number[] {
  const points = new Set<number>();
  for (const re of GLUE_PATTERNS) {
    re.lastIndex = 0;
    for (const m of s.matchAll(re)) {
      const at = m.index + m[0].length;
      if (at > 0 && at < s.length) points.add(at);
    }
  }
  return [...points].sort((a, b) => a - b);
}

/** Bits of CLASS: letter, lower-case letter, upper-case letter, white space; KNOWN once computed. */
const L = 1;
const LL = 2;
const LU = 4;
const SPACE = 8;
const KNOWN = 0x80;
const CLASS = new Uint8Array(0x10000);

function classOf(code: number): number {
  let c = CLASS[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c =
      KNOWN |
      (/\p{L}/u.test(ch) ? L : 0) |
      (/\p{Ll}/u.test(ch) ? LL : 0) |
      (/\p{Lu}/u.test(ch) ? LU : 0) |
      (/\s/.test(ch) ? SPACE : 0);
    CLASS[code] = c;
  }
  return c;
}

const DOT = 0x2e;
const ELLIPSIS = 0x2026;

/** Every position where one of the glue patterns would end a match, in order. */
export function gluePoints(s: string): number[] {
  // Surrogate pairs make code units and characters differ: the patterns read those lines.
  if (/[\ud800-\udfff]/.test(s)) return gluePointsByPatterns(s);
  const n = s.length;
  const cls = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) cls[i] = classOf(s.charCodeAt(i));
  const code = (i: number): number => (i >= 0 && i < n ? s.charCodeAt(i) : -1);
  const is = (i: number, bit: number): boolean => i >= 0 && i < n && (cls[i]! & bit) !== 0;
  const digit = (i: number): boolean => code(i) >= 0x30 && code(i) <= 0x39;
  const points: number[] = [];
  for (let p = 1; p < n; p++) {
    if (isGlueAt(p)) points.push(p);
  }
  return points;

  function isGlueAt(p: number): boolean {
    const lu = is(p, LU);
    // "BoulogneCONGRES"
    if (lu && is(p - 1, LL)) return true;
    // 'exclusion"Manifeste', "(RATP)Relance"
    const before = code(p - 1);
    if (lu && p >= 2 && !is(p - 2, SPACE) && (before === 0x22 || before === 0xbb || before === 0x29))
      return true;
    // "L129-1DEVELOPPEMENT"
    if (lu && digit(p - 1) && is(p + 1, L)) return true;
    // "CIRIELa", "COORACEGeorges" (not "FRANco-")
    if (lu && is(p - 1, LU) && is(p - 2, LU) && is(p + 1, LL)) {
      let j = p + 1;
      while (is(j, LL)) j++;
      if (code(j) !== 0x2d && !is(j, L)) return true;
    }
    // "Inter 'SDécret"
    if (lu && is(p - 1, LU) && (code(p - 2) === 0x27 || code(p - 2) === 0x2019) && is(p + 1, LL)) return true;
    if (lu) {
      // "entreprise ...Accord", and after a lower-case letter "évaluation.CIRIE", "locales..Actes"
      if (before === ELLIPSIS) return true;
      let dots = 0;
      while (code(p - 1 - dots) === DOT) dots++;
      if (dots >= 3 || (dots >= 1 && is(p - 1 - dots, LL))) return true;
      // "Service .Chèque"
      if (before === DOT && code(p - 2) === 0x20 && is(p - 3, LL)) return true;
    }
    // "COORACE1993: Le COORACE"
    if (is(p - 1, L)) {
      const a = code(p);
      const b = code(p + 1);
      if (((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30)) && digit(p + 2) && digit(p + 3)) {
        if (code(p + 4) === 0x3a) return true;
        if (is(p + 4, SPACE) && code(p + 5) === 0x3a) return true;
      }
    }
    return false;
  }
}
