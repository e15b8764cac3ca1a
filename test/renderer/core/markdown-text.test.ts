import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToSectionText, plainInline } from '../../../renderer/src/core/markdown-text';

describe('a fiche part’s Markdown as section text', () => {
  it('keeps the light structure and drops other marks', () => {
    const md = [
      '# Le contexte',
      '',
      'Un territoire **rural**, *peu* desservi : voir [le rapport](https://example.org/r.pdf).',
      'Suite du paragraphe.',
      '',
      '- premier point',
      '- second `point`',
      '  - détail',
      '1. numéroté',
      '',
      '> une citation',
    ].join('\n');
    expect(markdownToSectionText(md)).toBe(
      [
        '### Le contexte',
        'Un territoire rural, peu desservi : voir le rapport (https://example.org/r.pdf). Suite du paragraphe.',
        '- premier point\n- second point\n  - détail\n- numéroté',
        'une citation',
      ].join('\n\n'),
    );
  });

  it('leaves markup-like words as words: nothing here becomes HTML', () => {
    expect(plainInline('la <base de données> <script>alert(1)</script>')).toBe(
      'la <base de données> <script>alert(1)</script>',
    );
  });

  it('never throws, and gives no blank paragraph, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (md) => {
        const text = markdownToSectionText(md);
        const blank = text === '' ? [] : text.split('\n\n').filter((p) => p.trim() === '');
        expect(blank).toEqual([]);
      }),
    );
  });

  it('handles a part at the cap quickly (200 000 characters)', () => {
    const md = 'Une phrase avec **gras** et une [adresse](https://x.fr).\n'.repeat(3500).slice(0, 200_000);
    const started = performance.now();
    expect(markdownToSectionText(md).length).toBeGreaterThan(100_000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
