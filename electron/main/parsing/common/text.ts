// Small text helpers shared by the parsers.

/** Lower-case, strip accents, unify apostrophes/dashes/spaces: for comparing names, never for display. */
export function foldForMatch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[’'`´]/g, "'")
    .replace(/[-‐‑–—_\s]+/g, ' ')
    .trim();
}

/** Stable, readable id fragment: "Dispositif des Maraîchers nantais" → "dispositif-des-maraichers-nantais". */
export function slugify(s: string, maxLength = 60): string {
  const slug = foldForMatch(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug || 'sans-titre';
  const cut = slug.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : maxLength);
}

/** Splits text into lines, keeping 1-based numbering cheap for callers. Handles \r\n and lone \r. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Joins lines l0..l1 (1-based inclusive) back into the original text. */
export function sliceLines(lines: readonly string[], start: number, end: number): string {
  return lines.slice(start - 1, end).join('\n');
}

/** Collapses runs of spaces and trims each line, keeping paragraph breaks. */
export function tidy(s: string): string {
  return s
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
