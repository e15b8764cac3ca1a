import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CatalogueEvent, Source, Warning } from '../../../electron/shared/schema';
import { cooraceParser, normaliseDate } from '../../../electron/pipeline/coorace';
import { splitLines } from '../../../electron/pipeline/common/text';

const DIR = join(__dirname, '../../../resources/documents');
const FILE = '004_ccea3c223d2d1c26.txt';
const TEXT = readFileSync(join(DIR, FILE), 'utf8');
const OTHERS = [
  '000_5bd64049ce1550ae.txt',
  '001_823c29d579585030.txt',
  '002_9dfa6f2beeb70477.txt',
  '003_1a63ce81a07ade7b.txt',
];

const parse = (text: string) => cooraceParser.parse({ file: FILE, text });
const out = parse(TEXT);
const byRow = (row: number) => {
  const ev = out.events.find((e) => e.row === row);
  if (!ev) throw new Error(`row ${row} missing`);
  return ev;
};

/** Independent count: rows (other than the header) whose lines hold any text. */
function nonEmptyRows(text: string): number {
  let count = 0;
  let row = 0;
  let filled = false;
  for (const line of splitLines(text)) {
    if (/^\d+$/.test(line.trim())) {
      if (row > 1 && filled) count++;
      row = Number(line.trim());
      filled = false;
    } else if (line.trim()) filled = true;
  }
  if (row > 1 && filled) count++;
  return count;
}

function expectValid(o: ReturnType<typeof parse>): void {
  Source.parse(o.source);
  for (const e of o.events) CatalogueEvent.parse(e);
  for (const w of o.warnings) Warning.parse(w);
  const ids = o.events.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
}

describe('normaliseDate', () => {
  it.each([
    ['1993', '1993', null],
    ['01/04/1993', '1993-04-01', null],
    ['20/12/1994', '1994-12-20', null],
    ['23/24/25 Septembre 1993', '1993-09-23', '1993-09-25'],
    ['13-15 octobre 1994', '1994-10-13', '1994-10-15'],
    ['1992-1994', '1992', '1994'],
    ['25 et 26/11/1994', '1994-11-25', '1994-11-26'],
    ['19 octobre 1994', '1994-10-19', null],
    ['1er mars 2007', '2007-03-01', null],
    ['mars 2007', '2007-03', null],
    ['Février 1996', '1996-02', null],
    ['23-24 et 25 septembre 1993', '1993-09-23', '1993-09-25'],
  ])('%s → %s … %s', (input, date, dateEnd) => {
    expect(normaliseDate(input)).toEqual({ date, dateEnd });
  });

  it.each(['31/02/1994', '13/13/1994', '1994-1992', 'Septembre', '', 'en 1993', '32 mars 1994'])(
    'rejects %j',
    (input) => {
      expect(normaliseDate(input)).toBeNull();
    },
  );
});

describe('COORACE chronology, real document', () => {
  it('is recognised by content, and the other documents are not', () => {
    expect(cooraceParser.recognise(TEXT)).toBeGreaterThan(0.8);
    for (const f of OTHERS) {
      expect(cooraceParser.recognise(readFileSync(join(DIR, f), 'utf8'))).toBeLessThan(0.5);
    }
  });

  it('produces one event per non-empty row and counts the empty ones', () => {
    expect(nonEmptyRows(TEXT)).toBe(31);
    expect(out.events).toHaveLength(nonEmptyRows(TEXT));
    expect(out.counts.emptyRows).toBe(68);
    expect(out.events.map((e) => e.row)).toEqual(Array.from({ length: 31 }, (_, i) => i + 2));
    expectValid(out);
  });

  it('reads plain, day-list, range and year-range dates', () => {
    expect(byRow(2)).toMatchObject({
      date: '1993',
      dateEnd: null,
      dateText: '1993',
      title: 'Régionalisation du COORACE',
    });
    expect(byRow(3)).toMatchObject({
      date: '1993-04-01',
      dateText: '01/04/1993',
      title: "Création de l'ETTI Inter'S",
      documentation: "Plaquette INTER'S",
    });
    expect(byRow(12)).toMatchObject({
      date: '1993-09-23',
      dateEnd: '1993-09-25',
      dateText: '23/24/25 Septembre 1993',
      title: 'Congrès de Boulogne',
    });
    expect(byRow(13)).toMatchObject({ date: '1992', dateEnd: '1994', dateText: '1992-1994' });
    expect(byRow(23)).toMatchObject({
      date: '1994-10-13',
      dateEnd: '1994-10-15',
      dateText: '13-15 octobre 1994',
    });
    expect(byRow(27)).toMatchObject({
      date: '1994-11-25',
      dateEnd: '1994-11-26',
      title: 'Université CIRIE à Avignon',
    });
    expect(byRow(32)).toMatchObject({ date: '1994-12-20', title: 'CNIAE', documentation: null });
  });

  it('titles undated rows from their heading and inherits the period from above', () => {
    const r4 = byRow(4);
    expect(r4).toMatchObject({
      date: null,
      dateText: '',
      undated: true,
      period: '1993-04-01',
      title: 'Animation régionale',
    });
    expect(r4.text).toMatch(/^ANIMATION REGIONALE :/);
    expect(byRow(24)).toMatchObject({
      undated: true,
      period: '1994-10-13',
      title: 'Modification du cadre législatif',
    });
    expect(byRow(31)).toMatchObject({ undated: true, title: 'Coopération COORACE - Laurentides (Québec)' });
    expect(out.events.filter((e) => e.undated)).toHaveLength(12);
  });

  it('separates glued cells: Thème, middle cells and Documentation', () => {
    expect(byRow(10).title).toBe('CNIAE');
    expect(byRow(7).title).toBe('COORACE environnement');
    expect(byRow(11)).toMatchObject({ title: 'Chèque Service', documentation: 'Chèque Domicile' });
    expect(byRow(12).documentation).toBe(
      "COORACE infos Spécial Congrès de Boulogne ; Rapport d'activité 1992",
    );
    expect(byRow(18).documentation).toBe('Accord de coopération COORACE-CFDT');
    expect(byRow(21).documentation).toBe('Bilan Sociétal');
    expect(byRow(20)).toMatchObject({ title: 'AG COORACE', documentation: null });
    expect(byRow(20).text).toMatch(/^Georges Minzières est élu/);
    const r3 = byRow(3);
    expect(r3.cells.map((c) => c.column)).toEqual([
      'Période',
      'Thème',
      "Le contexte: Politique publique d'insertion",
      "Des modes d'intervention",
      'Documentation',
    ]);
    expect(r3.cells[2]?.text).toBe('Décret relatif aux ETTI');
    expect(r3.raw).toContain('Plaquette INTER');
    expect(r3.lines).toEqual([10, 23]);
  });

  it('takes a date glued after the Thème and says so', () => {
    expect(byRow(25)).toMatchObject({ date: '1994-10-19', title: 'CIRIE', undated: false });
    expect(out.warnings.some((w) => w.code === 'date-after-theme' && w.line === 149)).toBe(true);
  });

  it('explains every warning, with a line number', () => {
    const explained = new Set([
      'cell-boundary-guess',
      'documentation-guess',
      'date-after-theme',
      'columns-heuristic',
    ]);
    for (const w of out.warnings) {
      expect(explained.has(w.code), w.code).toBe(true);
      expect(w.line).not.toBeNull();
    }
    expect(out.recognised).toMatch(/^Chronologie du réseau COORACE : 31 lignes non vides/);
  });

  it('gives stable ids built from date and title', () => {
    expect(byRow(3).id).toBe('coorace-1993-04-01-creation-de-l-etti-inter-s');
    expect(byRow(4).id).toBe('coorace-sans-date-animation-regionale');
    expect(parse(TEXT).events.map((e) => e.id)).toEqual(out.events.map((e) => e.id));
    for (const e of out.events)
      expect(e.id).toMatch(/^coorace-(?:\d{4}(?:-\d\d){0,2}|sans-date)-[a-z0-9-]+$/);
    expect(out.source).toMatchObject({ kind: 'coorace', title: 'Chronologie du réseau COORACE', year: 1994 });
  });
});

describe('COORACE chronology, hostile input', () => {
  it('warns about a replacement character with its line', () => {
    const lines = splitLines(TEXT);
    lines[13] = lines[13]!.replace('Bourges', 'Bour\uFFFDes');
    const o = parse(lines.join('\n'));
    const w = o.warnings.find((x) => x.code === 'replacement-character');
    expect(w?.line).toBe(14);
    expect(o.events.find((e) => e.row === 3)?.text).toContain('Bour?es');
    expect(o.events.find((e) => e.row === 3)?.raw).toContain('Bour\uFFFDes');
  });

  it('survives a doubled document with unique ids and a warning', () => {
    const o = parse(`${TEXT}\n${TEXT}`);
    expect(o.events.length).toBe(62);
    expectValid(o);
    expect(o.warnings.some((w) => w.code === 'row-number-repeated')).toBe(true);
  });

  it('reports empty and binary input instead of throwing', () => {
    expect(parse('').warnings[0]?.code).toBe('empty-document');
    const bin = parse('\u0000\u0001\u0002PNG\u0003');
    expect(bin.events).toHaveLength(0);
    expect(bin.warnings.map((w) => w.code)).toContain('binary-content');
  });

  it('never throws on truncated, shuffled or random text', () => {
    const lines = splitLines(TEXT);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: lines.length }),
        fc.array(fc.nat(), { maxLength: 40 }),
        fc.string({ maxLength: 200 }),
        (cut, swaps, noise) => {
          const l = lines.slice(0, cut);
          for (const s of swaps) {
            if (l.length < 2) break;
            const i = s % l.length;
            const j = (s * 7 + 3) % l.length;
            [l[i], l[j]] = [l[j]!, l[i]!];
          }
          const o = parse(`${l.join('\n')}\n${noise}`);
          expectValid(o);
          expect(cooraceParser.recognise(noise)).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 150 },
    );
  });
});
