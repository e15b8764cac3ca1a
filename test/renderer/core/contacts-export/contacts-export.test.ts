// Contacts as CSV (RFC 4180, BOM, formula-safe) and vCard 4.0 (RFC 6350 escaping and folding), on
// every contact of the real catalogue and on hostile values.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../../electron/pipeline';
import { readDocuments } from '../../../../electron/cli/documents';
import { toItems } from '../../../../electron/shared/items';
import {
  contactsCsv,
  contactsOf,
  contactsVcard,
  csvCell,
  escapeText,
  foldLine,
  parsePersonLine,
  splitName,
  type Contact,
} from '../../../../renderer/src/core/contacts-export';
import type { FactCorrectionRow } from '../../../../renderer/src/db/correction-rows';

const items = toItems(buildCatalogue(readDocuments()).catalogue).filter((i) => i.entry);
const all = items.flatMap((i) => contactsOf({ entry: i.entry!, sourceLabel: i.sourceLabel }));
const ISACTYS = items.find((i) => i.id === 'vita-maison-emploi-et-services-animee-par-un-groupe-d-economie')!;

/** A strict RFC 4180 reader: what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (ch === '\n' || ch === '\r' || ch === '"')
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    else cell += ch;
  }
  if (cell || row.length) throw new Error('no final CRLF');
  return rows;
}

/** Unfolds and splits a vCard stream into content lines. */
const unfold = (vcf: string) =>
  vcf
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);

const HOSTILE: Contact = {
  entryId: 'x-hostile',
  entryTitle: '=HYPERLINK("http://evil","clic")',
  source: "+cmd|' /C calc'!A0",
  organisation: '-2+3',
  territory: '@SUM(A1:A9)',
  name: 'Jean, dit "le Grand"; DUPONT\\fils',
  role: 'Chargé\nde mission\r\nterritoriale',
  emails: ['jean@example.org'],
  phones: ['04 76 37 33 13'],
  websites: ['https://example.org/a,b;c'],
  address: '12, rue de la Paix; 75002 Paris',
};

describe('contacts of the real catalogue', () => {
  it('gives a person for each contact named, and the structure for contacts nobody carries', () => {
    const isactys = contactsOf({ entry: ISACTYS.entry!, sourceLabel: ISACTYS.sourceLabel });
    expect(isactys.map((c) => [c.name, c.role, c.emails, c.phones])).toEqual([
      ['Hubert PETITPREZ', 'Directeur', [], []],
      ['', '', ['info@isactys.com'], ['04 76 37 33 13']],
    ]);
    expect(all.length).toBeGreaterThan(50);
  });

  it('applies the user’s fact corrections (people typed one a line, territory)', () => {
    const fix = (field: FactCorrectionRow['field'], corrected: string): FactCorrectionRow => ({
      id: field,
      targetId: ISACTYS.id,
      kind: 'fact',
      field,
      original: '',
      corrected,
      comment: '',
      createdAt: 0,
      updatedAt: 0,
    });
    const contacts = contactsOf({
      entry: ISACTYS.entry!,
      sourceLabel: ISACTYS.sourceLabel,
      corrections: [
        fix(
          'people',
          'Hubert PETITPREZ, Directeur général, h.petitprez@isactys.com\nAnne MARTIN, Chargée de mission',
        ),
        fix('territory', 'Isère et Savoie'),
      ],
    });
    expect(contacts.map((c) => [c.name, c.role, c.emails, c.territory])).toEqual([
      ['Hubert PETITPREZ', 'Directeur général', ['h.petitprez@isactys.com'], 'Isère et Savoie'],
      ['Anne MARTIN', 'Chargée de mission', [], 'Isère et Savoie'],
      ['', '', ['info@isactys.com'], 'Isère et Savoie'],
    ]);
  });

  it('reads a person line back (name, role, phone, e-mail in any order)', () => {
    expect(parsePersonLine('Anne MARTIN, 04 76 00 00 00, a.martin@x.fr, Directrice')).toEqual({
      name: 'Anne MARTIN',
      role: 'Directrice',
      email: 'a.martin@x.fr',
      phone: '04 76 00 00 00',
    });
  });
});

describe('CSV', () => {
  it('writes every real contact as one RFC 4180 record, UTF-8 with a BOM', () => {
    const csv = contactsCsv(all);
    expect(csv.startsWith('\uFEFFFiche,Structure,Territoire,Nom,')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(all.length + 1);
    expect(rows.every((r) => r.length === 11)).toBe(true);
    const petitprez = rows.find((r) => r[3] === 'Hubert PETITPREZ')!;
    expect(petitprez.slice(1, 5)).toEqual(['Groupe ISACTYS', 'Isère', 'Hubert PETITPREZ', 'Directeur']);
  });

  it('keeps hostile values inert: quoted, and formulas prefixed with an apostrophe', () => {
    const [, row] = parseCsv(contactsCsv([HOSTILE]).slice(1));
    expect(row).toEqual([
      `'=HYPERLINK("http://evil","clic")`,
      "'-2+3",
      "'@SUM(A1:A9)",
      'Jean, dit "le Grand"; DUPONT\\fils',
      'Chargé\nde mission\r\nterritoriale',
      'jean@example.org',
      '04 76 37 33 13',
      'https://example.org/a,b;c',
      '12, rue de la Paix; 75002 Paris',
      "'+cmd|' /C calc'!A0",
      'x-hostile',
    ]);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+33 4 76', "'+33 4 76"],
    ['-', "'-"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('csvCell(%j) = %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('vCard', () => {
  it('writes every real contact as a vCard 4.0 with lines of at most 75 octets', () => {
    const vcf = contactsVcard(all);
    const physical = vcf.split('\r\n');
    expect(physical.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(vcf.endsWith('END:VCARD\r\n')).toBe(true);
    const lines = unfold(vcf);
    expect(lines.filter((l) => l === 'BEGIN:VCARD')).toHaveLength(all.length);
    expect(lines.filter((l) => l === 'VERSION:4.0')).toHaveLength(all.length);
    expect(lines.filter((l) => l.startsWith('FN:'))).toHaveLength(all.length);
    // No bare line break or unescaped separator can end up in a value.
    expect(lines.every((l) => /^[A-Z]+[;:]/.test(l))).toBe(true);
  });

  it('escapes , ; \\ and line breaks in text values, component by component in N and ADR', () => {
    const lines = unfold(contactsVcard([HOSTILE]));
    expect(lines).toContain('FN:Jean\\, dit "le Grand"\\; DUPONT\\\\fils');
    expect(lines).toContain('N:DUPONT\\\\fils;Jean\\, dit "le Grand"\\;;;;');
    expect(lines).toContain('TITLE:Chargé\\nde mission\\nterritoriale');
    expect(lines).toContain('ADR;TYPE=work:;;12\\, rue de la Paix\\; 75002 Paris;;;;');
    expect(lines).toContain('ORG:-2+3');
    expect(lines).toContain('TEL;VALUE=uri;TYPE=work:tel:+33476373313');
  });

  it('folds a long line at 75 octets without cutting a multi-byte character', () => {
    const line = `NOTE:${'é'.repeat(100)}🙂${'a'.repeat(80)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.every((p) => new TextEncoder().encode(p).length <= 75)).toBe(true);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('FN:court')).toBe('FN:court');
  });

  it('escapes backslashes before the characters they escape', () => {
    expect(escapeText('a\\,b')).toBe('a\\\\\\,b');
  });

  it.each([
    ['Hubert PETITPREZ', { family: 'PETITPREZ', given: 'Hubert' }],
    ['Marie-Claire DE LA FONTAINE', { family: 'DE LA FONTAINE', given: 'Marie-Claire' }],
    ['Jean Dupont', { family: 'Dupont', given: 'Jean' }],
    ['Cher', { family: 'Cher', given: '' }],
  ])('splits « %s »', (name, expected) => {
    expect(splitName(name)).toEqual(expected);
  });
});
