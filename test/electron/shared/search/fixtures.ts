// A tiny catalogue for engine tests: entries shaped like the real ones, with controlled text.
import type { Catalogue, Entry } from '../../../../electron/shared/schema';
import { makeEntry } from '../../../renderer/support/entry';

export function entry(partial: Partial<Entry> & { id: string; title: string; text?: string }): Entry {
  const { text = '', ...rest } = partial;
  return makeEntry({
    source: '002_9dfa6f2beeb70477.txt',
    year: 2012,
    summary: text.slice(0, 100),
    sections: text ? [{ key: 'body', heading: 'Texte', text, lines: null }] : [],
    raw: text,
    ...rest,
  });
}

export function catalogue(entries: Entry[]): Catalogue {
  return {
    schemaVersion: 1,
    sources: [],
    entries,
    events: [],
    organisations: [],
    publications: [],
    report: [],
  };
}

export const SMALL = catalogue([
  entry({
    id: 'maraichers',
    title: 'Dispositif des Maraîchers nantais',
    territory: 'Nantes Métropole',
    organisation: "Maison de l'emploi de l'agglomération nantaise",
    people: [{ name: 'Karine Gingreau', role: 'Chargée de mission', email: null, phone: null }],
    text: 'Les maraîchers recrutent des saisonniers. Un accompagnement vers l’emploi agricole est proposé.',
  }),
  entry({
    id: 'clauses',
    title: "Mise en œuvre de la clause d'insertion",
    territory: 'Pays de Redon',
    text: 'La clause d’insertion du code des marchés publics réserve des heures de travail aux personnes éloignées de l’emploi.',
  }),
  entry({
    id: 'passing',
    title: 'Journée régionale',
    territory: 'Toulouse',
    text:
      'Une journée sur les achats publics. ' +
      'Parmi les exemples cités en passant : les maraîchers de la région, la restauration, le bâtiment et bien d’autres secteurs.',
  }),
  entry({
    id: 'oeuvre',
    title: 'Cœur de ville',
    territory: 'Reims',
    text: "L'œuvre collective d'une régie de quartier ; l'économie sociale et solidaire.",
  }),
]);
