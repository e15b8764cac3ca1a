export { contactsOf, parsePersonLine, type Contact, type ContactSource } from './contacts';
export { contactsCsv, csvCell, CSV_HEADER } from './csv';
export { contactsVcard, escapeText, foldLine, splitName } from './vcard';
