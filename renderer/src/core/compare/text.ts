// Text helpers for comparing values across entries written by different documents.

/** Lower-case, accents stripped, apostrophes/dashes/spaces unified: for matching, never for display. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[’'`´]/g, "'")
    .replace(/[-‐‑–—_\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** Keeps the first occurrence of each key, in order. */
export function uniqueBy<T>(xs: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const x of xs) {
    const k = key(x);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}
