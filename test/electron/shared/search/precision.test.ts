// Precision of the search on the cases a practitioner reported: acronyms, hyphenated names,
// what gets highlighted, which passage a snippet shows, and how much a street address weighs.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../../electron/pipeline';
import { readDocuments } from '../../../../electron/cli/documents';
import { toItems } from '../../../../electron/shared/items';
import { findMatches, parseQuery, SearchEngine, tokenize } from '../../../../electron/shared/search';
import { catalogue, entry } from './fixtures';

const { catalogue: real } = buildCatalogue(readDocuments());
const items = toItems(real);
const engine = new SearchEngine(items);
const byId = new Map(items.map((i) => [i.id, i]));

/** Every distinct word (folded) the engine would mark in an item's text for a query. */
function markedWords(q: string, id: string): Set<string> {
  const { terms } = engine.search(q);
  const item = byId.get(id)!;
  const texts = [item.title, ...(item.entry?.sections.map((s) => s.text) ?? [item.event?.text ?? ''])];
  const out = new Set<string>();
  for (const text of texts)
    for (const r of findMatches(text, terms))
      for (const t of tokenize(text.slice(r.start, r.end))) if (!t.joined) out.add(t.t);
  return out;
}

const ARTIS = 'fu-grenoble-alpes-metropole-hotels-d-activites-artis-artisanat';
const ENOV = 'fu-mulhouse-alsace-agglomeration-e-nov-campus';

describe('acronyms typed in capitals match as words', () => {
  it('« ESS » finds the entries that say ESS, not ESSOR nor Essonne', () => {
    const hits = engine.search('ESS').hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.id).toBe(ARTIS);
    for (const h of hits) {
      const item = byId.get(h.id)!;
      expect(item.title).not.toMatch(/essor|essonne/i);
      expect(h.snippet?.text).toMatch(/\bESS\b/);
    }
    expect([...markedWords('ESS', ARTIS)]).toEqual(['ess']);
  });
  it('« PLIE » marks PLIE, never « lien » or « lie »', () => {
    const hits = engine.search('PLIE').hits;
    expect(hits.length).toBeGreaterThan(3);
    for (const h of hits.slice(0, 10)) {
      const marks = markedWords('PLIE', h.id);
      expect(marks.has('lien') || marks.has('lie')).toBe(false);
      expect(marks.has('plie')).toBe(true);
    }
  });
  it('« IAE » and « SIAE » do not stand for each other', () => {
    const { terms } = engine.search('IAE');
    expect(terms).toContain('iae');
    expect(terms).not.toContain('siae');
    expect(engine.search('SIAE').terms).not.toContain('siaes');
  });
  it('is parsed from the capitals the user typed, not from lower case', () => {
    expect(parseQuery('ESS insertion').acronyms).toEqual(['ess']);
    expect(parseQuery('ess insertion').acronyms).toEqual([]);
    expect(parseQuery('(PLIE)').acronyms).toEqual(['plie']);
    expect(parseQuery('COORACE').acronyms).toEqual([]);
  });
  it('capitals typed for a word the catalogue does not hold as such are searched as usual', () => {
    // Caps lock on, half-way through « Essonne ».
    expect(engine.search('ESSON').hits.length).toBeGreaterThan(0);
  });
});

describe('hyphenated names', () => {
  it('a one-letter fragment never expands to the vocabulary', () => {
    expect(parseQuery('e-nov campus').terms).toEqual(['nov', 'enov', 'campus']);
    const { terms } = engine.search('e-nov campus');
    const item = byId.get(ENOV)!;
    const marked = new Set<string>();
    for (const text of [item.title, ...item.entry!.sections.map((s) => s.text)])
      for (const r of findMatches(text, terms)) marked.add(text.slice(r.start, r.end).toLowerCase());
    expect([...marked].sort()).toEqual(['campus', 'e-nov']);
    expect(engine.search('e-nov campus').hits[0]!.id).toBe(ENOV);
  });
  it('keeps two-letter parts and the joined form of a place', () => {
    expect(parseQuery('Saint-Étienne').terms).toEqual(['saint', 'etienne', 'saintetienne']);
  });
});

describe('snippets show text, not a theme list or an address', () => {
  const small = catalogue([
    entry({
      id: 'street',
      title: 'Plateforme emploi',
      address: 'Cité des jeunes, Route de Valenciennes',
      postcode: '59600',
      text: 'Une plateforme pour l’insertion des demandeurs d’emploi du bassin.',
    }),
    entry({
      id: 'youth',
      title: 'Garantie pour les moins de 26 ans',
      text: 'Un parcours d’insertion pour les jeunes sans qualification, suivis par la mission locale.',
    }),
    entry({
      id: 'nantes',
      title: 'Clauses sociales',
      address: '2 cours du Champ de Mars, 44 923 Nantes Cedex 9',
      postcode: '44923',
      text: 'Nantes Métropole décide d’utiliser la commande publique comme levier pour l’emploi.',
    }),
  ]);
  const e = new SearchEngine(toItems(small));
  it('an entry matching only by its street ranks below one matching by its text', () => {
    expect(e.search('insertion jeunes').hits.map((h) => h.id)).toEqual(['youth', 'street']);
  });
  it('the snippet is the passage of text when the text holds the words', () => {
    const hit = e.search('Nantes').hits.find((h) => h.id === 'nantes')!;
    expect(hit.snippet!.text).toMatch(/^Nantes Métropole décide/);
    const street = e.search('insertion').hits.find((h) => h.id === 'street')!;
    expect(street.snippet!.text).toMatch(/^Une plateforme/);
  });
  it('shows the address when the match is only there', () => {
    const hit = e.search('Valenciennes').hits[0]!;
    expect(hit.id).toBe('street');
    expect(hit.snippet!.text).toContain('Route de Valenciennes');
  });
  it('on the real documents, no snippet in the first results is a theme list or an address when the text matches', () => {
    for (const q of ['insertion jeunes', 'Nantes', 'mobilité', 'clauses sociales']) {
      for (const h of engine.search(q, { limit: 10 }).hits) {
        const item = byId.get(h.id)!;
        expect(h.snippet!.text, `${q} → ${h.id}`).not.toBe(item.themes.join(' ; '));
        if (item.entry?.address) expect(h.snippet!.text).not.toContain(item.entry.address);
      }
    }
  });
  it('« insertion jeunes » does not rank first the entry whose street is « Cité des jeunes »', () => {
    const top = engine.search('insertion jeunes').hits[0]!.id;
    expect(byId.get(top)!.entry?.address ?? '').not.toMatch(/jeunes/i);
  });
});
