import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../../renderer/src/core/sections';
import { layout } from '../../../../renderer/src/features/annotations/segments';

const TEXT =
  'Intro du contexte :\n\n- 2001 : un PLIE\n- Trois axes :\n  - transformer,\n  - prendre en charge.\n\n### Contexte en 2004\n\nLe secteur maraîcher\nsur deux lignes.';

describe('section text structure', () => {
  it('reads sub-headings, list items and nested items, markers left out of the offsets', () => {
    const blocks = textBlocks(TEXT);
    expect(blocks.map((b) => [b.kind, b.depth, TEXT.slice(b.start, b.end)])).toEqual([
      ['p', 0, 'Intro du contexte :'],
      ['li', 0, '2001 : un PLIE'],
      ['li', 0, 'Trois axes :'],
      ['li', 1, 'transformer,'],
      ['li', 1, 'prendre en charge.'],
      ['h', 0, 'Contexte en 2004'],
      ['p', 0, 'Le secteur maraîcher\nsur deux lignes.'],
    ]);
  });

  it('reads a sub-heading under a sub-heading ("#### ") as a heading one level down', () => {
    const text = '### Bilan des actions menées\n\n#### En amont de l’emploi\n\n- 120 personnes reçues';
    expect(textBlocks(text).map((b) => [b.kind, b.depth, text.slice(b.start, b.end)])).toEqual([
      ['h', 0, 'Bilan des actions menées'],
      ['h', 1, 'En amont de l’emploi'],
      ['li', 0, '120 personnes reçues'],
    ]);
  });

  it('reads plain text as before: one block per paragraph, nothing lost, nothing added', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const blocks = textBlocks(text);
        for (const b of blocks) {
          expect(b.start).toBeLessThanOrEqual(b.end);
          expect(b.end).toBeLessThanOrEqual(text.length);
        }
        // Every character outside the blocks is a separator or a marker.
        const covered = new Array<boolean>(text.length).fill(false);
        for (const b of blocks) for (let i = b.start; i < b.end; i++) covered[i] = true;
        const left = [...text].filter((_, i) => !covered[i]).join('');
        expect(left.replace(/\n|#{3,4} |- | {2}- /g, '')).toBe(
          left.replace(/\n|#{3,4} |- | {2}- /g, '').replace(/[^\s#-]/g, ''),
        );
      }),
      { numRuns: 300 },
    );
    expect(textBlocks('Un.\n\nDeux.')).toEqual([
      { kind: 'p', depth: 0, start: 0, end: 3 },
      { kind: 'p', depth: 0, start: 5, end: 10 },
    ]);
  });

  it('keeps a highlight across items on the same text offsets', () => {
    const start = TEXT.indexOf('PLIE');
    const end = TEXT.indexOf('transformer') + 5;
    const laid = layout(TEXT, [{ id: 'h', start, end }], [], textBlocks(TEXT));
    const marked = laid.flatMap((p) =>
      p.runs.filter((r) => r.highlight === 'h').map((r) => TEXT.slice(r.start, r.end)),
    );
    expect(marked).toEqual(['PLIE', 'Trois axes :', 'trans']);
    expect(laid.map((p) => p.kind)).toEqual(['p', 'li', 'li', 'li', 'li', 'h', 'p']);
  });
});
