// One entry with every field the schema asks for, for tests that care about a few of them.
import type { Entry } from '../../../electron/shared/schema';
import { entryDefaults } from '../../../electron/shared/entry-defaults';

export function makeEntry(fields: Partial<Entry> & { id: string }): Entry {
  return {
    kind: 'case',
    source: 'a.txt',
    title: fields.id,
    ...entryDefaults(),
    year: null,
    summary: '',
    sections: [],
    lines: [1, 2],
    raw: '',
    ...fields,
  };
}
