// The folding pipeline as first written: every fast path of `foldForMatch` must agree with it.
export function foldReference(s: string): string {
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
