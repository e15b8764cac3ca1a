// The cheap row checks stand in for zod on the hot reads only where zod would return the row
// unchanged: on valid rows they agree with zod, and on every hostile variant they either refuse
// the row (zod then decides) or zod accepts it as it is.
import { describe, expect, it } from 'vitest';
import { HighlightRow, NoteRow } from '../../../renderer/src/db/rows';
import { isHighlightRow, isNoteRow } from '../../../renderer/src/db/row-guards';
import { validRows } from '../../../renderer/src/db/validate';

const note = {
  id: 'n1',
  targetId: 'fu-nantes-plie',
  body: 'Demander au **coordinateur**.',
  createdAt: 1,
  updatedAt: 2,
};
const highlight = {
  id: 'h1',
  targetId: 'fu-nantes-plie',
  sectionRef: 'operations:0',
  quote: { type: 'TextQuoteSelector', exact: 'comité de pilotage', prefix: 'le ', suffix: ' se réunit' },
  position: { type: 'TextPositionSelector', start: 10, end: 28 },
  colorId: 'jaune',
  comment: 'à relire',
  tags: ['financement'],
  createdAt: 1,
  updatedAt: 2,
};

const BAD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'x'.repeat(201),
  'x'.repeat(20_001),
  -1,
  1.5,
  Number.NaN,
  Infinity,
  2 ** 60,
  0,
  true,
  [],
  [''],
  ['x'.repeat(81)],
  Array.from({ length: 51 }, (_, i) => `t${i}`),
  {},
  { type: 'TextQuoteSelector', exact: '' },
];

/** The row with each field (nested ones too) replaced by each bad value, removed, or joined by another. */
function variants(row: Record<string, unknown>): unknown[] {
  const out: unknown[] = [{ ...row, extra: 1 }, Object.assign(Object.create({ inherited: 1 }), row)];
  for (const key of Object.keys(row)) {
    const { [key]: _, ...without } = row;
    out.push(without);
    for (const bad of BAD_VALUES) out.push({ ...row, [key]: bad });
    const value = row[key];
    if (value && typeof value === 'object' && !Array.isArray(value))
      for (const nested of variants(value as Record<string, unknown>)) out.push({ ...row, [key]: nested });
  }
  // eslint-disable-next-line no-sparse-arrays
  out.push({ ...row, tags: ['a', , 'b'] });
  return out;
}

describe.each([
  ['notes', NoteRow, isNoteRow, note],
  ['highlights', HighlightRow, isHighlightRow, highlight],
] as const)('the %s guard', (_name, schema, guard, valid) => {
  it('accepts a valid row, as zod does, unchanged', () => {
    expect(guard(valid)).toBe(true);
    expect(schema.parse(valid)).toEqual(valid);
  });

  it('accepts a hostile row only when zod would return it unchanged', () => {
    const rows = variants(valid);
    expect(rows.length).toBeGreaterThan(100);
    let refused = 0;
    for (const row of rows) {
      if (!guard(row)) {
        refused++;
        continue;
      }
      const parsed = schema.safeParse(row);
      expect(parsed.success, JSON.stringify(row)).toBe(true);
      expect(parsed.data).toStrictEqual(row);
    }
    expect(refused).toBeGreaterThan(rows.length / 2);
  });

  it('still hands refused rows to zod: defaults applied, extra fields dropped, bad rows skipped', () => {
    const { comment: _c, tags: _t, ...bare } = highlight;
    const [read] = validRows(HighlightRow, [bare], 'highlights');
    expect(read).toEqual({ ...bare, comment: '', tags: [] });
    const [stripped] = validRows(schema, [{ ...valid, extra: 'x' }], 'test');
    expect(stripped).toEqual(valid);
    expect(validRows(schema, [{ ...valid, id: '' }], 'test')).toEqual([]);
  });
});
