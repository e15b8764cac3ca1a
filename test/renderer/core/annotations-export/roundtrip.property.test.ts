// Every export the app writes imports back identically: generated notes, comments, tags,
// collection and colour names, with markup-like text, control characters, lone surrogates and
// lengths anywhere up to the caps the typing fields enforce.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseWebAnnotation,
  toWebAnnotation,
  type AnnotationData,
} from '../../../../renderer/src/core/annotations-export';
import { annotationData } from './arbitraries';

const sorted = (xs: readonly unknown[]) =>
  xs.map((x) => JSON.stringify(x)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('export then import', () => {
  it('gives back every row of every table, whatever the user wrote', () => {
    fc.assert(
      fc.property(annotationData, fc.integer({ min: 0, max: Date.UTC(9999, 0, 1) }), (data, now) => {
        // As the app writes it (useExporter, the automatic backup).
        const file = JSON.stringify(toWebAnnotation(data, { label: 'Mes annotations', now }), null, 2);
        const parsed = parseWebAnnotation(file);
        if (!parsed.ok) throw new Error(`refused: ${parsed.message}`);
        expect(parsed.rejected).toEqual([]);
        for (const table of Object.keys(data) as (keyof AnnotationData)[]) {
          expect(sorted(parsed.data[table]), table).toEqual(sorted(data[table]));
        }
      }),
      { numRuns: 60 },
    );
  });
});
