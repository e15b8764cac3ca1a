import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../../electron/pipeline';
import { readDocuments } from '../../../../electron/cli/documents';
import { toItems } from '../../../../electron/shared/items';
import { SearchEngine } from '../../../../electron/shared/search';
import { catalogue, entry, SMALL } from './fixtures';

const ids = (e: SearchEngine, q: string) => e.search(q).hits.map((h) => h.id);

const imported = toItems(
  catalogue([
    entry({
      id: 'doc-abc-ressourcerie',
      title: 'Une ressourcerie à Tulle',
      text: 'La ressourcerie collecte les objets et forme des valoristes en insertion.',
    }),
    entry({ id: 'doc-abc-jardins', title: 'Jardins partagés', text: 'Des maraichers bénévoles.' }),
  ]),
);

describe('SearchEngine.addItems / removeItems', () => {
  it('finds added items by title, text and typo, beside the others', () => {
    const engine = new SearchEngine(toItems(SMALL));
    expect(ids(engine, 'ressourcerie')).toEqual([]);
    engine.addItems(imported);
    expect(ids(engine, 'ressourcerie')[0]).toBe('doc-abc-ressourcerie');
    expect(ids(engine, 'valoristes')).toEqual(['doc-abc-ressourcerie']);
    expect(ids(engine, 'ressourcrie')).toContain('doc-abc-ressourcerie');
    // The bundled item still ranks first on its own title; the added one shows up too.
    const maraichers = ids(engine, 'maraichers');
    expect(maraichers[0]).toBe('maraichers');
    expect(maraichers).toContain('doc-abc-jardins');
  });

  it('forgets removed items, and a re-added id is found once', () => {
    const engine = new SearchEngine(toItems(SMALL));
    engine.addItems(imported);
    engine.removeItems(['doc-abc-ressourcerie']);
    expect(ids(engine, 'ressourcerie')).toEqual([]);
    expect(ids(engine, 'jardins')).toContain('doc-abc-jardins');
    engine.addItems(imported);
    engine.addItems(imported);
    expect(ids(engine, 'ressourcerie')).toEqual(['doc-abc-ressourcerie']);
  });

  it('keeps notes attached to the right items once items are added', () => {
    const engine = new SearchEngine(toItems(SMALL));
    engine.setUserDocuments([{ targetId: 'doc-abc-jardins', text: 'potager pédagogique' }]);
    expect(ids(engine, 'potager')).toEqual([]);
    engine.addItems(imported);
    expect(ids(engine, 'potager')).toEqual(['doc-abc-jardins']);
    engine.setUserDocuments([{ targetId: 'clauses', text: 'potager pédagogique' }]);
    expect(ids(engine, 'potager')).toEqual(['clauses']);
  });

  it('on the real catalogue, adding does not change what the bundled entries answer', () => {
    const items = toItems(buildCatalogue(readDocuments()).catalogue);
    const engine = new SearchEngine(items);
    const before = ids(engine, 'insertion par l’activité économique');
    engine.addItems(imported);
    engine.removeItems(imported.map((i) => i.id));
    expect(ids(engine, 'insertion par l’activité économique')).toEqual(before);
  });
});
