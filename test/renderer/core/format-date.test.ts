import { describe, expect, it } from 'vitest';
import { formatDateRange, formatIsoDate } from '../../../renderer/src/core/format-date';

describe('French dates', () => {
  it('formats ISO dates in French', () => {
    expect(formatIsoDate('1993-04-01')).toBe('1er avril 1993');
    expect(formatIsoDate('1994-10')).toBe('octobre 1994');
    expect(formatDateRange('1994-10-13', '1994-10-15')).toBe('du 13 octobre 1994 au 15 octobre 1994');
    expect(formatIsoDate('1994-13')).toBe('1994');
  });
});
