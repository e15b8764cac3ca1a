// One set of caps: the row schemas (and so the import) accept exactly what the typing fields let
// through, and the message says so in French.
import { describe, expect, it } from 'vitest';
import { CorrectionRow } from '../../../renderer/src/db/correction-rows';
import type { z } from 'zod';
import { capMessage, capNotice, TEXT_CAPS, type TextCapKind } from '../../../renderer/src/db/text-caps';
import {
  CollectionRow,
  ColorRow,
  ComparisonRow,
  EntryTagRow,
  HighlightRow,
  NoteRow,
} from '../../../renderer/src/db/rows';
import { sampleData } from './fixtures';

const base = sampleData();
const comparison = {
  id: 'cmp',
  name: 'x',
  targetIds: ['a'],
  baselineId: null,
  differencesOnly: false,
  createdAt: 0,
  updatedAt: 0,
};

/** For each cap, the schema that holds the text and a row with the text put in. */
const FIELDS: Record<TextCapKind, [z.ZodType, (text: string) => unknown]> = {
  note: [NoteRow, (t) => ({ ...base.notes[0], body: t })],
  comment: [HighlightRow, (t) => ({ ...base.highlights[0], comment: t })],
  tag: [EntryTagRow, (t) => ({ ...base.entryTags[0], tag: t })],
  collectionName: [CollectionRow, (t) => ({ ...base.collections[0], name: t })],
  collectionDescription: [CollectionRow, (t) => ({ ...base.collections[0], description: t })],
  colourName: [ColorRow, (t) => ({ ...base.colors[0], name: t })],
  comparisonName: [ComparisonRow, (t) => ({ ...comparison, name: t })],
  correction: [
    CorrectionRow,
    (t) => ({
      id: 'k1',
      targetId: 'fu-nantes-plie',
      kind: 'fact',
      field: 'territory',
      original: t,
      corrected: t,
      comment: '',
      createdAt: 0,
      updatedAt: 0,
    }),
  ],
};

describe('text caps', () => {
  it.each(Object.keys(FIELDS) as TextCapKind[])(
    '%s: the schema takes the cap and refuses one more',
    (kind) => {
      const [schema, row] = FIELDS[kind];
      expect(schema.safeParse(row('é'.repeat(TEXT_CAPS[kind]))).success).toBe(true);
      expect(schema.safeParse(row('é'.repeat(TEXT_CAPS[kind] + 1))).success).toBe(false);
    },
  );

  it('a highlight’s tags have the tag cap', () => {
    const tagged = (t: string) => ({ ...base.highlights[0], tags: [t] });
    expect(HighlightRow.safeParse(tagged('t'.repeat(TEXT_CAPS.tag))).success).toBe(true);
    expect(HighlightRow.safeParse(tagged('t'.repeat(TEXT_CAPS.tag + 1))).success).toBe(false);
  });

  it('says what is limited and to how many characters, in French', () => {
    expect(capMessage('note')).toBe('Note limitée à 1\u202f000\u202f000 caractères');
    expect(capMessage('comment')).toBe('Commentaire limité à 100\u202f000 caractères');
    expect(capMessage('colourName')).toBe('Nom de couleur limité à 60 caractères');
    expect(capNotice('tag', TEXT_CAPS.tag - 1)).toBe('');
    expect(capNotice('tag', TEXT_CAPS.tag)).toBe('Étiquette limitée à 80 caractères : limite atteinte.');
  });
});
