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
  it('agrees with Intl.PluralRules("fr") on singular and plural', () => {
    const rules = new Intl.PluralRules('fr-FR');
    const values = [
      0, 0.5, 1, 1.5, 1.99, 2, 2.5, 3, 10, 21, 100, 1000, 999_999, 1_000_000, 2_000_000, -1, -2,
    ];
    for (const n of values) {
      expect(plural(n, 'note'), String(n)).toBe(`${n} ${rules.select(n) === 'one' ? 'note' : 'notes'}`);
    }
  });
});
