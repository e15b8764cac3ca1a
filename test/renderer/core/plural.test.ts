import { describe, expect, it } from 'vitest';
import { plural } from '../../../renderer/src/core/plural';

describe('plural', () => {
  it.each([
    [0, '0 note'],
    [1, '1 note'],
    [2, '2 notes'],
    [10000, '10000 notes'],
  ])('%i → %s', (n, text) => expect(plural(n, 'note')).toBe(text));
  it('takes an irregular plural', () => expect(plural(3, 'travail', 'travaux')).toBe('3 travaux'));
});
