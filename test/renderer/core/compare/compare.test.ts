import { describe, expect, it } from 'vitest';
import { SECTION_KEYS } from '../../../../electron/shared/schema';
import { compare, visibleRows, type CellMark } from '../../../../renderer/src/core/compare/compare';
import type { CatalogueItem } from '../../../../electron/shared/items';
import { item } from './helpers';

const lyon = item('lyon', {
  title: 'Recruter autrement à Lyon',
  territory: 'Lyon',
  department: 'Rhône',
  departmentCode: '69',
  year: 2012,
  organisation: 'MDEF de Lyon',
  themes: ['Recrutement', 'Commerce'],
  people: [{ name: 'Anne Martin', role: 'Directrice', email: null, phone: null }],
  sections: [
    ['context', 'Un centre commercial ouvre.'],
    ['effects', '1250 personnes recrutées, 80% en CDI. Avec Pôle emploi et la Mission locale.'],
  ],
});
const nantes = item('nantes', {
  title: 'Maraîchers nantais',
  territory: 'Nantes',
  department: 'Loire-Atlantique',
  year: 2012,
  themes: ['Recrutement', 'Agriculture'],
  people: [{ name: 'ANNE MARTIN', role: null, email: null, phone: null }],
  sections: [
    ['context', 'Un centre commercial ouvre.'],
    ['effects', '100 personnes par an. Avec Pôle emploi.'],
    ['governance', 'Le PLIE pilote.'],
  ],
});
const vita = item('vita', {
  kind: 'experience',
  source: 'b.txt',
  sourceLabel: 'VITA 2008',
  title: 'Chantier en Bretagne',
  themes: ['Insertion'],
  sections: [
    ['operations', 'Premier temps.'],
    ['operations', 'Second temps.'],
  ],
});

function marks(c: ReturnType<typeof compare>, row: string): CellMark[] {
  const r = [...c.facts, ...c.sections].find((x) => x.key === row);
  if (!r) throw new Error(`no row ${row}`);
  return r.cells.map((cell) => cell.mark);
}

describe('compare', () => {
  it('orders rows: key facts, then the section vocabulary, without an all-absent "Texte" row', () => {
    const c = compare([lyon, nantes], null);
    expect(c.facts.map((r) => r.key)).toEqual([
      'territory',
      'department',
      'source',
      'year',
      'organisation',
      'people',
      'actors',
      'themes',
      'figures',
    ]);
    expect(c.sections.map((r) => r.key)).toEqual(SECTION_KEYS.filter((k) => k !== 'body'));
  });

  it.each<[string, string | null, string, CellMark[]]>([
    ['no baseline: present cells unmarked', null, 'territory', ['none', 'none', 'absent']],
    ['baseline first: territory differs', 'lyon', 'territory', ['baseline', 'different', 'absent']],
    ['baseline first: same year', 'lyon', 'year', ['baseline', 'same', 'absent']],
    ['baseline second: same context text', 'nantes', 'context', ['same', 'baseline', 'absent']],
    ['baseline: absent part', 'lyon', 'governance', ['baseline', 'different', 'absent']],
    ['baseline: themes differ', 'lyon', 'themes', ['baseline', 'different', 'different']],
    ['people compared by folded name', 'lyon', 'people', ['baseline', 'same', 'absent']],
    ['unknown baseline is ignored', 'nowhere', 'year', ['none', 'none', 'absent']],
  ])('%s', (_name, baseline, row, expected) => {
    expect(marks(compare([lyon, nantes, vita], baseline), row)).toEqual(expected);
  });

  it.each<[string | null, string, [string, boolean][][]]>([
    [
      'lyon',
      'themes',
      [
        [
          ['Recrutement', true],
          ['Commerce', false],
        ],
        [
          ['Recrutement', true],
          ['Agriculture', false],
        ],
        [['Insertion', false]],
      ],
    ],
    [
      null,
      'actors',
      [
        [
          ['Pôle emploi', true],
          ['Mission locale', false],
        ],
        [
          ['Pôle emploi', true],
          ['PLIE', false],
        ],
        [],
      ],
    ],
  ])('marks each value shared or not (baseline %s, %s)', (baseline, row, expected) => {
    const r = compare([lyon, nantes, vita], baseline).facts.find((f) => f.key === row)!;
    expect(r.cells.map((c) => c.values.map((v) => [v.label, v.shared]))).toEqual(expected);
  });

  it('lists the baseline values a column lacks', () => {
    const themes = compare([lyon, nantes], 'lyon').facts.find((f) => f.key === 'themes')!;
    expect(themes.cells.map((c) => c.missing)).toEqual([[], ['Commerce']]);
  });

  it('extracts key figures, effects first, keyed by what they count and their value', () => {
    const figures = compare([lyon, nantes], 'lyon').facts.find((f) => f.key === 'figures')!;
    expect(figures.cells[0]!.values.map((v) => [v.label.replace(/\s/g, ' '), v.key, v.shared])).toEqual([
      ['1 250 personnes recrutées', 'personnes recrutees|1250', false],
      ['80 %', '%|80', false],
    ]);
    expect(figures.cells[1]!.mark).toBe('different');
  });

  it('joins several sections with one key and numbers their references', () => {
    const ops = compare([lyon, vita], null).sections.find((s) => s.key === 'operations')!;
    expect(ops.cells[1]!.parts.map((p) => [p.text, p.sectionRef])).toEqual([
      ['Premier temps.', 'operations:0'],
      ['Second temps.', 'operations:1'],
    ]);
    expect(ops.cells[0]!.parts).toEqual([]);
  });

  it.each<[string, CatalogueItem[], boolean, string[], string[]]>([
    ['all rows without the switch', [lyon, nantes], false, ['territory', 'context', 'tools', 'year'], []],
    // Same year, same source, same context text, parts absent from both.
    [
      'identical rows hidden',
      [lyon, nantes],
      true,
      ['territory', 'themes', 'effects', 'governance'],
      ['year', 'source', 'context', 'tools', 'vision'],
    ],
  ])('visibleRows: %s', (_name, items, differencesOnly, mustInclude, mustExclude) => {
    const keys = visibleRows(compare(items, null), differencesOnly).map((r) => r.key);
    expect(keys.filter((k) => mustInclude.includes(k)).sort()).toEqual([...mustInclude].sort());
    expect(keys.filter((k) => mustExclude.includes(k))).toEqual([]);
  });

  it('differences only keeps the unshared values of lists and counts the others', () => {
    const rows = visibleRows(compare([lyon, nantes, vita], 'lyon'), true);
    const themes = rows.find((r) => r.key === 'themes');
    expect(
      themes?.kind === 'fact' && themes.cells.map((c) => [c.values.map((v) => v.label), c.hiddenShared]),
    ).toEqual([
      [['Commerce'], 1],
      [['Agriculture'], 1],
      [['Insertion'], 0],
    ]);
  });

  it('keeps the given order, drops duplicates and caps at four columns', () => {
    const five = ['a', 'b', 'a', 'c', 'd', 'e'].map((id) => item(id, {}));
    expect(compare(five, 'e').columns.map((c) => [c.id, c.isBaseline])).toEqual([
      ['a', false],
      ['b', false],
      ['c', false],
      ['d', false],
    ]);
    expect(compare(five, 'e').baselineId).toBeNull();
  });

  it('compares an event by its cells', () => {
    const event: CatalogueItem = {
      ...item('ev', {}),
      kind: 'event',
      entry: null,
      event: {
        id: 'ev',
        source: 'c.txt',
        date: '1993',
        dateEnd: null,
        dateText: '1993',
        undated: false,
        period: null,
        title: 'Création',
        text: 'Tout le texte',
        cells: [
          { column: 'Thème', text: 'Réseau' },
          { column: 'Vision', text: '' },
        ],
        documentation: null,
        themes: [],
        row: 3,
        lines: [1, 1],
        raw: '',
        related: [],
      },
    };
    const body = compare([lyon, event], null).sections.find((s) => s.key === 'body')!;
    expect(body.cells[1]!.parts).toEqual([{ heading: 'Thème', text: 'Réseau', sectionRef: 'body:0' }]);
    expect(body.cells[0]!.mark).toBe('absent');
  });
});
