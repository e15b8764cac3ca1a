import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptySelection, FACET_KEYS } from '../../../renderer/src/core/facets';
import { DEPARTMENTS } from '../../../electron/shared/places';
import { shorterQueries } from '../../../renderer/src/core/query-suggestions';
import { SORT_KEYS } from '../../../renderer/src/core/sort';
import {
  clearFacets,
  emptyState,
  mergeState,
  readState,
  toggleFacet,
  toSearch,
  writeState,
  type CatalogueState,
} from '../../../renderer/src/core/url-state';

describe('URL state', () => {
  it('reads the French parameter names, repeated values and the selected entry', () => {
    const s = readState(
      new URLSearchParams(
        'q=maraichers%20nantais&source=a.txt&type=case&type=event&annee=2012&fiche=fu-nantes',
      ),
    );
    expect(s.q).toBe('maraichers nantais');
    expect(s.facets.source).toEqual(['a.txt']);
    expect(s.facets.kind).toEqual(['case', 'event']);
    expect(s.facets.year).toEqual(['2012']);
    expect(s.selected).toBe('fu-nantes');
  });

  it('writes a canonical URL: fixed order, no empty values', () => {
    const state: CatalogueState = {
      q: 'clause',
      facets: { ...emptySelection(), theme: ['Mobilité'], source: ['b.txt'] },
      favourites: false,
      sort: 'relevance',
      selected: null,
    };
    expect(writeState(state).toString()).toBe('q=clause&source=b.txt&theme=Mobilit%C3%A9');
    expect(writeState({ ...state, favourites: true, sort: 'territory' }).toString()).toBe(
      'q=clause&source=b.txt&theme=Mobilit%C3%A9&favoris=1&tri=territoire',
    );
    expect(toSearch({ ...emptyState(), q: '  ' })).toBe('');
  });

  it('ignores what a hand-edited URL should not carry', () => {
    const long = 'x'.repeat(5000);
    const s = readState(
      new URLSearchParams(
        `q=${long}&annee=abcd&annee=1993&type=case&type=case&fiche=../../etc&lieu=%20%20&inconnu=1`,
      ),
    );
    expect(s.q.length).toBeLessThanOrEqual(300);
    expect(s.facets.year).toEqual(['1993']);
    expect(s.facets.kind).toEqual(['case']);
    expect(s.facets.place).toEqual([]);
    expect(s.selected).toBeNull();
  });

  it('reads a department name or a loose code as the department code', () => {
    const s = readState(new URLSearchParams('lieu=Is%C3%A8re&lieu=2a&lieu=38&lieu=%C3%8Ele-de-France'));
    expect(s.facets.place).toEqual(['38', '2A', 'Île-de-France']);
  });

  it('toggles a facet value on and off, and clears all facets but keeps the query', () => {
    const start: CatalogueState = { ...emptyState(), q: 'iae', sort: 'year', selected: 'x' };
    const on = toggleFacet(start, 'place', '38');
    expect(on.facets.place).toEqual(['38']);
    expect(toggleFacet(on, 'place', '38').facets.place).toEqual([]);
    expect(clearFacets(toggleFacet(on, 'kind', 'case'))).toEqual({ ...start, facets: emptySelection() });
    // « Tout effacer » also turns « Favoris » off, and keeps the sort.
    expect(clearFacets({ ...on, favourites: true })).toEqual(start);
  });

  it('reads the favourites filter and the sort, falling back on what it does not know', () => {
    const s = readState(new URLSearchParams('favoris=1&tri=annee'));
    expect(s.favourites).toBe(true);
    expect(s.sort).toBe('year');
    expect(readState(new URLSearchParams('tri=source')).sort).toBe('source');
    expect(readState(new URLSearchParams('tri=territoire')).sort).toBe('territory');
    const odd = readState(new URLSearchParams('favoris=oui&tri=%3Cscript%3E'));
    expect(odd.favourites).toBe(false);
    expect(odd.sort).toBe('relevance');
    // Relevance, the default, is left out of the URL; other owners' params are kept by merge.
    expect(writeState({ ...emptyState(), sort: 'relevance' }).toString()).toBe('');
    expect(mergeState(new URLSearchParams('vue=liste&tri=annee&favoris=1'), emptyState()).toString()).toBe(
      'vue=liste',
    );
  });

  it('round-trips any valid state through the URL (property)', () => {
    const value = fc.string({ minLength: 1, maxLength: 30 }).filter((v) => v.trim() === v && v !== '');
    const arb = fc.record({
      q: fc.string({ maxLength: 60 }).filter((q) => q.trim() !== ''),
      facets: fc.record(
        Object.fromEntries(
          FACET_KEYS.map((k) => [
            k,
            k === 'year'
              ? fc.uniqueArray(fc.integer({ min: 1000, max: 9999 }).map(String), { maxLength: 3 })
              : k === 'place'
                ? // Places are canonical department codes (names are read as codes) or region names.
                  fc.uniqueArray(fc.constantFrom(...DEPARTMENTS.map((d) => d.code), 'Île-de-France'), {
                    maxLength: 3,
                  })
                : fc.uniqueArray(value, { maxLength: 3 }),
          ]),
        ) as Record<(typeof FACET_KEYS)[number], fc.Arbitrary<string[]>>,
      ),
      favourites: fc.boolean(),
      sort: fc.constantFrom(...SORT_KEYS),
      selected: fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/), { nil: null }),
    });
    fc.assert(
      fc.property(arb, (state) => {
        const url = `https://x/#/catalogue?${writeState(state).toString()}`;
        const back = readState(new URL(url.replace('#/catalogue', '')).searchParams);
        expect(back).toEqual(state);
      }),
    );
  });

  it('never throws on arbitrary query strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (raw) => {
        const s = readState(new URLSearchParams(raw));
        expect(s.q.length).toBeLessThanOrEqual(300);
        for (const k of FACET_KEYS) expect(s.facets[k].length).toBeLessThanOrEqual(50);
      }),
    );
  });
});

describe('shorter queries for an empty result', () => {
  it('drops one word at a time, longest first', () => {
    expect(shorterQueries('maraichers nantais bio')).toEqual([
      'nantais bio',
      'maraichers bio',
      'maraichers nantais',
    ]);
  });
  it('cuts one long word to its stem, leaves short words and operators alone', () => {
    expect(shorterQueries('maraichage')).toEqual(['maraic']);
    expect(shorterQueries('iae')).toEqual([]);
    expect(shorterQueries('"clause sociale"')).toEqual([]);
    expect(shorterQueries('   ')).toEqual([]);
  });
});
