// The general folding path, written plainly: every fast path of `foldForMatch` (the per-code-unit
// table, the long-text buffer, the letters-only readers) must agree with it.
import { foldChar } from '../../../../electron/shared/text/fold';

export function foldReference(s: string): string {
  return Array.from(s, foldChar)
    .join('')
    .replace(/[-‐‑–—_\s]+/g, ' ')
    .trim();
}
