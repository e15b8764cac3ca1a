// One entry with every field the schema asks for, for tests that care about a few of them.
import type { Entry } from '../../../electron/shared/schema';

export function makeEntry(fields: Partial<Entry> & { id: string }): Entry {
  return {
    kind: 'case',
    source: 'a.txt',
    title: fields.id,
    territory: null,
    department: null,
    departmentCode: null,
    region: null,
    organisation: null,
    group: null,
    people: [],
    officials: [],
    emails: [],
    phones: [],
    websites: [],
    address: null,
    postcode: null,
    themes: [],
    year: null,
    summary: '',
    sections: [],
    lines: [1, 2],
    raw: '',
    ...fields,
  };
}
