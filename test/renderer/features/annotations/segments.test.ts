import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../../renderer/src/core/sections';
import { layout, type Paragraph, type Placed } from '../../../../renderer/src/features/annotations/segments';
import type { TextRange } from '../../../../electron/shared/text-ranges';

/**
 * The layout as first written, one block at a time: every run tested against every range.
 * Slow (runs × ranges) but plainly right: the oracle for the one-pass layout.
 */
function naiveLayout(
  highlights: readonly Placed[],
  search: readonly TextRange[],
  blocks: readonly TextRange[],
  corrections: readonly Placed[],
): Paragraph[] {
  const seen = new Set<string>();
  const seenCorrections = new Set<string>();
  return blocks.map((p) => {
    const cuts = new Set([p.start, p.end]);
    for (const r of [...highlights, ...search, ...corrections]) {
      if (r.start > p.start && r.start < p.end) cuts.add(r.start);
      if (r.end > p.start && r.end < p.end) cuts.add(r.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: Paragraph['runs'] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      let top: Placed | null = null;
      for (const h of highlights) if (h.start <= start && h.end >= end) top = h;
      const first = top !== null && !seen.has(top.id);
      if (top) seen.add(top.id);
      const fix = corrections.find((c) => c.start <= start && c.end >= end);
      const fixFirst = fix !== undefined && !seenCorrections.has(fix.id);
      if (fix) seenCorrections.add(fix.id);
      runs.push({
        start,
        end,
        highlight: top?.id ?? null,
        first,
        search: search.some((s) => s.start <= start && s.end >= end),
        ...(fix && { correction: fix.id, correctionFirst: fixFirst }),
      });
    }
    return { start: p.start, end: p.end, runs };
  });
}

const TEXT =
  'Intro du contexte :\n\n- 2001 : un PLIE\n- Trois axes :\n  - transformer,\n  - prendre en charge.\n\n### Contexte en 2004\n\nLe secteur maraîcher\nsur deux lignes.';

const range = (length: number) =>
  fc
    .tuple(fc.nat(length), fc.nat(length))
    .filter(([a, b]) => a < b)
    .map(([a, b]) => ({ start: a, end: b }));

describe('layout', () => {
  it('cuts and marks runs as the run-by-range layout does, for any overlapping ranges', () => {
    const blocks = textBlocks(TEXT);
    fc.assert(
      fc.property(
        fc.array(range(TEXT.length), { maxLength: 40 }),
        fc.array(range(TEXT.length), { maxLength: 8 }),
        fc.array(range(TEXT.length), { maxLength: 4 }),
        (hs, search, cs) => {
          const highlights = hs.map((r, i) => ({ id: `h${i}`, ...r }));
          const corrections = cs.map((r, i) => ({ id: `c${i}`, ...r }));
          const fast = layout(TEXT, highlights, search, blocks, corrections);
          const slow = naiveLayout(highlights, search, blocks, corrections);
          expect(fast.map((p) => p.runs)).toEqual(slow.map((p) => p.runs));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('draws the latest highlight on top and gives each visible highlight one first run', () => {
    const text = 'Le PLIE finance un coordinateur à mi-temps.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const laid = layout(
      text,
      [
        { id: 'long', ...at('PLIE finance un coordinateur') },
        { id: 'inner', ...at('finance') },
        { id: 'hidden', ...at('fin') },
        { id: 'over', ...at('finance') },
      ],
      [],
    );
    const runs = laid[0]!.runs.map((r) => [text.slice(r.start, r.end), r.highlight, r.first]);
    expect(runs).toEqual([
      ['Le ', null, false],
      ['PLIE ', 'long', true],
      ['fin', 'over', true],
      ['ance', 'over', false],
      [' un coordinateur', 'long', false],
      [' à mi-temps.', null, false],
    ]);
  });

  it('marks highlights at both edges of the text and across blocks', () => {
    const text = 'Début du texte.\n\nFin du texte.';
    const laid = layout(
      text,
      [
        { id: 'edges', start: 0, end: text.length },
        { id: 'last', start: text.length - 6, end: text.length },
      ],
      [],
    );
    expect(laid.map((p) => p.runs.map((r) => [text.slice(r.start, r.end), r.highlight]))).toEqual([
      [['Début du texte.', 'edges']],
      [
        ['Fin du ', 'edges'],
        ['texte.', 'last'],
      ],
    ]);
  });
});
