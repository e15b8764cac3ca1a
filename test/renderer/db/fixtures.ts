import type { AnnotationData } from '../../../renderer/src/core/annotations-export';
import { DEFAULT_COLORS } from '../../../renderer/src/db/defaults';
import { FicheFields } from '../../../renderer/src/db/fiche-rows';

/** A small but complete set of annotations touching every table. */
export function sampleData(): AnnotationData {
  const t = Date.UTC(2024, 2, 14, 9, 30);
  return {
    notes: [
      {
        id: 'n1',
        targetId: 'fu-nantes-plie',
        body: 'Demander à **Nantes** comment le coordinateur est financé.',
        createdAt: t,
        updatedAt: t + 5000,
      },
      {
        id: 'n2',
        targetId: 'fu-nantes-plie',
        body: 'Même problème que notre PLIE.',
        createdAt: t + 1,
        updatedAt: t + 1,
      },
      {
        id: 'n3',
        targetId: 'coorace-1993-assises',
        body: 'Assises fondatrices.',
        createdAt: t + 2,
        updatedAt: t + 2,
      },
    ],
    highlights: [
      {
        id: 'h1',
        targetId: 'fu-nantes-plie',
        sectionRef: 'operations:0',
        quote: {
          type: 'TextQuoteSelector',
          exact: 'un coordinateur à mi-temps',
          prefix: 'Le PLIE finance ',
          suffix: '. En 2011',
        },
        position: { type: 'TextPositionSelector', start: 16, end: 42 },
        colorId: 'vert',
        comment: 'À comparer avec Rennes',
        tags: ['financement', 'coordination'],
        createdAt: t,
        updatedAt: t,
      },
    ],
    colors: DEFAULT_COLORS.map((c) => ({ ...c })),
    entryTags: [{ targetId: 'fu-nantes-plie', tag: 'PLIE', createdAt: t }],
    favourites: [{ targetId: 'fu-nantes-plie', createdAt: t }],
    collections: [
      { id: 'c1', name: 'Idées pour notre PLIE', description: '', order: 0, createdAt: t, updatedAt: t },
    ],
    collectionItems: [
      { id: 'i1', collectionId: 'c1', targetId: 'fu-nantes-plie', order: 0, addedAt: t },
      { id: 'i2', collectionId: 'c1', targetId: 'coorace-1993-assises', order: 1, addedAt: t },
    ],
    fiches: [
      {
        id: 'fiche-0b6c1e52-5d0e-4a8e-9a57-3f1f3c2b9d10',
        fields: FicheFields.parse({
          title: 'Garage solidaire du Pays de Redon',
          departmentCode: '35',
          year: '2021',
          sections: { context: 'Un territoire **rural** sans transports.' },
        }),
        createdAt: t,
        updatedAt: t + 9000,
      },
    ],
    corrections: [],
  };
}

/** Many highlights on a few entries, for the tests of large reads: row `i` made by `row(i)` over these defaults. */
export function manyHighlights(
  n: number,
  row: (i: number) => Partial<AnnotationData['highlights'][number]> = () => ({}),
): AnnotationData['highlights'] {
  return Array.from({ length: n }, (_, i) => ({
    id: `h${String(i).padStart(5, '0')}`,
    targetId: `e${i % 9}`,
    sectionRef: 'context:0',
    quote: { type: 'TextQuoteSelector' as const, exact: 'texte', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector' as const, start: 0, end: 5 },
    colorId: 'jaune',
    comment: '',
    tags: [],
    createdAt: i,
    updatedAt: i,
    ...row(i),
  }));
}
