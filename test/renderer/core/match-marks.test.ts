import { describe, expect, it } from 'vitest';
import { markSegments } from '../../../renderer/src/core/match-marks';

describe('search match marks', () => {
  it('splits a text into marked and plain segments, ignoring bad ranges', () => {
    expect(
      markSegments('Maraîchers nantais', [
        { start: 11, end: 99 },
        { start: 0, end: 4 },
        { start: 5, end: 3 },
      ]),
    ).toEqual([
      { text: 'Mara', marked: true },
      { text: 'îchers ', marked: false },
      { text: 'nantais', marked: true },
    ]);
  });
});
