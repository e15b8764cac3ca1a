// Generated annotation data as the app can hold it: markup-like text, control characters, lone
// surrogates, and every text at any length up to the cap its typing field enforces.
import fc from 'fast-check';
import type { AnnotationData } from '../../../../renderer/src/core/annotations-export';
import { TEXT_CAPS } from '../../../../renderer/src/db/text-caps';
import type { HighlightRow } from '../../../../renderer/src/db/rows';
import { FicheFields, type FicheRow } from '../../../../renderer/src/db/fiche-rows';
import { FACT_FIELDS, type CorrectionRow } from '../../../../renderer/src/db/correction-rows';

export const SNIPPETS = [
  'Consulter la <base de données> des SIAE',
  '‹mathématiques>',
  'javascript : activez-le',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '[lien](javascript:alert(1))',
  'data:text/html,<b>x</b>',
  '<!-- -->',
  ']]>',
  '&amp;&lt;',
  '\\u0000',
  '\u0000\u0007\u001f',
  '\u2028\u2029',
  '\uFEFF',
  '\uD800',
  '🙂 é ñ ß',
  '${x} {{x}} %s',
  '__proto__',
  'urn:reperes:entry:x',
  '# Titre\n\n- liste\n> citation',
];

/** Text up to `max` characters: snippets and arbitrary code units mixed, or one repeated to any length. */
function text(min: number, max: number): fc.Arbitrary<string> {
  const piece = fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ unit: 'binary', maxLength: 20 }));
  const mixed = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('').slice(0, max));
  const long = fc
    .tuple(fc.constantFrom(...SNIPPETS), fc.integer({ min: Math.max(min, 1), max }))
    .map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n));
  return fc.oneof(mixed, long).filter((s) => s.length >= min && s.length <= max);
}

const when = fc.integer({ min: 0, max: Date.UTC(9999, 11, 31) });
const rowId = fc.oneof(fc.uuid(), fc.stringMatching(/^[a-z0-9]{1,12}$/));
const targetId = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,40}$/),
  fc.uuid().map((u) => `comparison:${u}`),
);
const order = fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((x) => !Object.is(x, -0));

const colour = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
  name: text(1, TEXT_CAPS.colourName),
  value: fc.stringMatching(/^#[0-9a-f]{6}$/),
  order: fc.integer(),
});

const note = fc.record({
  id: rowId,
  targetId,
  body: text(0, TEXT_CAPS.note),
  createdAt: when,
  updatedAt: when,
});

const highlight = (colourIds: string[]): fc.Arbitrary<HighlightRow> =>
  fc.record({
    id: rowId,
    targetId,
    sectionRef: fc.string({ maxLength: 100 }),
    quote: fc.record({
      type: fc.constant('TextQuoteSelector' as const),
      exact: text(1, 20_000),
      prefix: text(0, 200),
      suffix: text(0, 200),
    }),
    position: fc.record({
      type: fc.constant('TextPositionSelector' as const),
      start: fc.nat(),
      end: fc.nat(),
    }),
    colorId: fc.constantFrom(...colourIds),
    comment: text(0, TEXT_CAPS.comment),
    tags: fc.array(text(1, TEXT_CAPS.tag), { maxLength: 6 }),
    createdAt: when,
    updatedAt: when,
  });

const correction: fc.Arbitrary<CorrectionRow> = fc.oneof(
  // Keys in the schema's order: the round trips compare rows as JSON.
  fc.record({
    id: rowId,
    targetId,
    corrected: text(0, TEXT_CAPS.correction),
    comment: text(0, TEXT_CAPS.comment),
    createdAt: when,
    updatedAt: when,
    kind: fc.constant('fact' as const),
    field: fc.constantFrom(...FACT_FIELDS),
    original: text(0, TEXT_CAPS.correction),
  }),
  fc.record({
    id: rowId,
    targetId,
    corrected: text(0, TEXT_CAPS.correction),
    comment: text(0, TEXT_CAPS.comment),
    createdAt: when,
    updatedAt: when,
    kind: fc.constant('passage' as const),
    sectionRef: fc.string({ maxLength: 100 }),
    quote: fc.record({
      type: fc.constant('TextQuoteSelector' as const),
      exact: text(1, 20_000),
      prefix: text(0, 200),
      suffix: text(0, 200),
    }),
    position: fc.record({
      type: fc.constant('TextPositionSelector' as const),
      start: fc.nat(),
      end: fc.nat(),
    }),
  }),
);

const collection = fc.record({
  id: rowId,
  name: text(1, TEXT_CAPS.collectionName),
  description: text(0, TEXT_CAPS.collectionDescription),
  order: fc.integer(),
  createdAt: when,
  updatedAt: when,
});

/** A user's fiche with hostile words in its title, a part and a person. */
const fiche: fc.Arbitrary<FicheRow> = fc.record({
  id: fc.uuid().map((u) => `fiche-${u.toLowerCase()}`),
  fields: fc
    .record({ title: text(0, 500), context: text(0, 2000), name: text(0, 500), year: text(0, 20) })
    .map(({ title, context, name, year }) =>
      FicheFields.parse({ title, year, sections: { context }, people: [{ name }] }),
    ),
  createdAt: when,
  updatedAt: when,
});

export const annotationData: fc.Arbitrary<AnnotationData> = fc
  .uniqueArray(colour, { selector: (c) => c.id, minLength: 1, maxLength: 6 })
  .chain((colors) =>
    fc
      .record({
        colors: fc.constant(colors),
        notes: fc.uniqueArray(note, { selector: (n) => n.id, maxLength: 4 }),
        highlights: fc.uniqueArray(highlight(colors.map((c) => c.id)), {
          selector: (h) => h.id,
          maxLength: 4,
        }),
        entryTags: fc.uniqueArray(fc.record({ targetId, tag: text(1, TEXT_CAPS.tag), createdAt: when }), {
          selector: (t) => `${t.targetId}\u0000${t.tag}`,
          maxLength: 5,
        }),
        favourites: fc.uniqueArray(fc.record({ targetId, createdAt: when }), {
          selector: (f) => f.targetId,
          maxLength: 4,
        }),
        collections: fc.uniqueArray(collection, { selector: (c) => c.id, maxLength: 3 }),
        fiches: fc.uniqueArray(fiche, { selector: (f) => f.id, maxLength: 2 }),
        corrections: fc.uniqueArray(correction, { selector: (c) => c.id, maxLength: 4 }),
      })
      .chain((data) =>
        fc
          .uniqueArray(
            fc.record({
              id: rowId,
              collectionId: data.collections.length
                ? fc.constantFrom(...data.collections.map((c) => c.id))
                : fc.constant('none'),
              targetId,
              order,
              addedAt: when,
            }),
            { selector: (i) => i.id, maxLength: data.collections.length ? 6 : 0 },
          )
          .map((collectionItems) => ({ ...data, collectionItems })),
      ),
  );
