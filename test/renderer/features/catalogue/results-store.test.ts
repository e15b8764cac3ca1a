import { afterEach, describe, expect, it } from 'vitest';
import {
  effectiveActive,
  publishResults,
  requestActive,
} from '../../../../renderer/src/features/catalogue/results-store';

const publish = (ids: string[], active: string | null) =>
  publishResults({ ids, active, query: 'q', pending: false });

afterEach(() => publishResults(null));

describe('results store: arrow presses that outrun the URL', () => {
  it('keeps a requested move when the list is rebuilt with the same results', () => {
    publish(['a', 'b', 'c'], 'a');
    requestActive('c'); // two quick presses: a → b → c, none shown yet
    publish(['a', 'b', 'c'], 'b'); // the first one lands, in a freshly built array
    expect(effectiveActive()).toBe('c');
    publish(['a', 'b', 'c'], 'c');
    expect(effectiveActive()).toBe('c');
  });

  it('drops it once the requested row shows, or when the results change', () => {
    publish(['a', 'b', 'c'], 'a');
    requestActive('b');
    publish(['a', 'b', 'c'], 'b');
    publish(['a', 'b', 'c'], 'a'); // moved elsewhere (a click): the old request is spent
    expect(effectiveActive()).toBe('a');

    requestActive('c');
    publish(['a', 'c'], 'a'); // a new search: the list is not the one the move was made in
    expect(effectiveActive()).toBe('a');
  });
});
