import { describe, expect, it } from 'vitest';
import { toItems } from '../../../../electron/shared/items';
import { SearchEngine, buildSearchIndex } from '../../../../electron/shared/search';
import { catalogue, entry, SMALL } from './fixtures';

const items = toItems(SMALL);
const engine = new SearchEngine(items);
const ids = (q: string, e: SearchEngine = engine) => e.search(q).hits.map((h) => h.id);

describe('SearchEngine', () => {
  it('is accent- and case-insensitive, with ligatures folded', () => {
    expect(ids('MARAICHERS')[0]).toBe('maraichers');
    expect(ids('coeur de ville')[0]).toBe('oeuvre');
    expect(ids('œuvre collective')[0]).toBe('oeuvre');
  });
  it('handles elisions and typographic apostrophes alike', () => {
    expect(ids("clause d'insertion")[0]).toBe('clauses');
    expect(ids('clause d’insertion')[0]).toBe('clauses');
    expect(ids('l’economie sociale')[0]).toBe('oeuvre');
  });
  it('tolerates one wrong, missing, extra or swapped letter', () => {
    for (const q of ['maraichars', 'maraicher', 'maraichhers', 'mraaichers'])
      expect(ids(q)[0]).toBe('maraichers');
    expect(ids('Gingreu')).toContain('maraichers');
  });
  it('does not stretch to two typos', () => {
    expect(ids('mrachiers')).not.toContain('maraichers');
  });
  it('puts a title or name above a passing mention', () => {
    const found = ids('maraichers');
    expect(found).toEqual(['maraichers', 'passing']);
    const scores = engine.search('maraichers').hits.map((h) => h.score);
    expect(scores[0]).toBeLessThan(scores[1]!);
  });
  it('matches the word being typed as a prefix', () => {
    expect(ids('mara')[0]).toBe('maraichers');
    expect(ids('clause d’ins')[0]).toBe('clauses');
  });
  it('requires an exact phrase in double quotes', () => {
    expect(ids('"heures de travail"')).toEqual(['clauses']);
    expect(ids('"travail de heures"')).toEqual([]);
  });
  it('removes results holding an excluded word', () => {
    expect(ids('maraichers -toulouse')).toEqual(['maraichers']);
    expect(ids('maraichers -"achats publics"')).toEqual(['maraichers']);
    expect(ids('-maraichers')).toEqual([]);
  });
  it('returns a snippet with ranges on the matched words', () => {
    const hit = engine.search('saisonniers').hits[0]!;
    expect(hit.snippet).not.toBeNull();
    const { text, ranges } = hit.snippet!;
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['saisonniers']);
  });
  it('exposes the matched vocabulary words as terms (typos included)', () => {
    expect(engine.search('maraichars').terms).toContain('maraichers');
  });
  it('searches the user’s notes and tags, attached to their item', () => {
    const e = new SearchEngine(items);
    expect(ids('serres chauffées', e)).toEqual([]);
    e.setUserDocuments([
      { targetId: 'clauses', text: 'Visite des serres chauffées prévue' },
      { targetId: 'unknown-id', text: 'serres chauffées' },
    ]);
    expect(ids('serres chauffees', e)).toEqual(['clauses']);
    expect(ids('serre', e)).toEqual(['clauses']);
    e.setUserDocuments([]);
    expect(ids('serres', e)).toEqual([]);
  });
  it('gives the same results from a prebuilt index as from a fresh one', () => {
    const json = JSON.parse(JSON.stringify(buildSearchIndex(items))) as unknown;
    const prebuilt = new SearchEngine(items, json);
    expect(prebuilt.usedPrebuilt).toBe(true);
    for (const q of ['maraichers', 'clause insertion', 'coeur', 'mara', '"achats publics"', 'x -y']) {
      expect(prebuilt.search(q)).toEqual(engine.search(q));
    }
  });
  it('rebuilds rather than trusts a stale or foreign index', () => {
    const stale = buildSearchIndex(toItems(catalogue([entry({ id: 'other', title: 'Autre chose' })])));
    expect(new SearchEngine(items, stale).usedPrebuilt).toBe(false);
    expect(new SearchEngine(items, { format: 'nope' }).usedPrebuilt).toBe(false);
    expect(ids('maraichers', new SearchEngine(items, stale))[0]).toBe('maraichers');
  });
  it('survives hostile queries', () => {
    for (const q of ['', ' ', '"', '-', '""', '\u0000', ')(.*+?[', 'a '.repeat(500), 'é'.repeat(10000)]) {
      expect(() => engine.search(q)).not.toThrow();
    }
    expect(engine.search('   ').hits).toEqual([]);
  });
});
