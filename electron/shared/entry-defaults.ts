// An entry's optional fields, empty. Each parser, the tests and (later) the user's own entries
// start from this and set what they know, so a field added to the schema is added once.
import type { Entry } from './schema';

export type EntryDefaults = Pick<
  Entry,
  | 'territory'
  | 'department'
  | 'departmentCode'
  | 'region'
  | 'organisation'
  | 'group'
  | 'people'
  | 'officials'
  | 'emails'
  | 'phones'
  | 'websites'
  | 'address'
  | 'postcode'
  | 'themes'
>;

/** Fresh arrays on every call: callers push into them. */
export function entryDefaults(): EntryDefaults {
  return {
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
  };
}
