import { describe, expect, it } from 'vitest';
import { documentExcerpt } from '../../../renderer/src/core/excerpt';

describe('documentExcerpt', () => {
  it('cuts an excerpt around a line range, clamped to the document', () => {
    const text = ['a', 'b', 'c', 'd', 'e'].join('\n');
    const x = documentExcerpt(text, [2, 3], 1);
    expect(x.lines.map((l) => [l.number, l.text, l.inRange])).toEqual([
      [1, 'a', false],
      [2, 'b', true],
      [3, 'c', true],
      [4, 'd', false],
    ]);
    expect(x.hasAfter).toBe(true);
    expect(documentExcerpt(text, [40, 99], 0).lines.map((l) => l.number)).toEqual([5]);
  });
});
