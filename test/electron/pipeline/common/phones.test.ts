import { describe, expect, it } from 'vitest';
import { formatPhone } from '../../../../electron/pipeline/common/phones';

describe('formatPhone', () => {
  it('writes every printed form of a French number the same way', () => {
    expect(formatPhone('0139962618')).toBe('01 39 96 26 18');
    expect(formatPhone('02.41.72.02.08')).toBe('02 41 72 02 08');
    expect(formatPhone('03 90 404 467')).toBe('03 90 40 44 67');
    expect(formatPhone('+33(0)3 26 77 10 90')).toBe('03 26 77 10 90');
    expect(formatPhone('+33 (0) 581 91 72 08')).toBe('05 81 91 72 08');
    expect(formatPhone('+33 1 23 45 67 89')).toBe('01 23 45 67 89');
    expect(formatPhone('0033 1 23 45 67 89')).toBe('01 23 45 67 89');
  });

  it('drops digits glued in front and refuses what is not a number', () => {
    expect(formatPhone('40056214 49 96')).toBe('05 62 14 49 96');
    expect(formatPhone('12 34')).toBeNull();
    expect(formatPhone('1234567890')).toBeNull();
    expect(formatPhone('')).toBeNull();
  });
});
