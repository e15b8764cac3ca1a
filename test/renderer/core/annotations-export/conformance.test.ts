// The JSON export against the W3C Web Annotation Data Model (Recommendation of 23 February 2017):
// 1. every MUST assertion of the Working Group's own test suite (its JSON schemas, vendored under
//    fixtures/w3c-web-annotation-tests), run on every annotation, on the collection and on its page;
// 2. the MUSTs of the model that apply to what Repères writes, checked one by one below, each
//    with the section of the specification it comes from.
// Both run on a sample, on highlights made on the real documents, and on generated data.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../../electron/pipeline/index';
import { readDocuments } from '../../../../electron/cli/documents';
import { toItems } from '../../../../electron/shared/items';
import { describe as describeSelection } from '../../../../renderer/src/core/anchoring';
import {
  emptyData,
  parseWebAnnotation,
  toWebAnnotation,
  type AnnotationData,
} from '../../../../renderer/src/core/annotations-export';
import { annotatableSections } from '../../../../renderer/src/core/sections';
import { DEFAULT_COLORS } from '../../../../renderer/src/db/defaults';
import { sampleData } from '../../db/fixtures';
import { annotationData } from './arbitraries';

type Json = Record<string, unknown>;

// ---- 1. the Working Group's MUST assertions ----

const SUITE = join(__dirname, 'fixtures/w3c-web-annotation-tests');
const readJson = (path: string) => JSON.parse(readFileSync(join(SUITE, path), 'utf8')) as Json;

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const file of readdirSync(join(SUITE, 'definitions'))) ajv.addSchema(readJson(`definitions/${file}`));

interface Assertion {
  file: string;
  message: string;
  validate: ValidateFunction;
}
function assertions(manifest: string): Assertion[] {
  return (readJson(manifest).assertions as string[]).map((file) => {
    const schema = readJson(file);
    expect(schema.assertionType, file).toBe('must');
    expect(schema.expectedResult, file).toBe('valid');
    return { file, message: String(schema.errorMessage), validate: ajv.compile(schema) };
  });
}
const ANNOTATION_MUSTS = assertions('annotations/annotationMusts.test');
const COLLECTION_MUSTS = assertions('collections/collectionMusts.test');
const PAGE_MUSTS = assertions('collections/pages/pageMusts.test');

/** Every assertion a subject fails, as "file: message (annotation id)". */
function suiteFailures(musts: Assertion[], subjects: Json[]): string[] {
  const out: string[] = [];
  for (const m of musts) {
    for (const s of subjects)
      if (!(m.validate(s) as boolean)) out.push(`${m.file}: ${m.message} (${String(s.id)})`);
  }
  return out;
}

// ---- 2. the model's MUSTs, by hand ----

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** An absolute IRI: a scheme, then no character RFC 3987 leaves out of an IRI. */
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`\p{Cc}]+$/iu;
/** xsd:dateTime in UTC expressed as "Z" (§3.3.1). */
const UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const nonNegativeInteger = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const asArray = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function modelFailures(a: Json): string[] {
  const fail: string[] = [];
  const must = (ok: boolean, what: string) => ok || fail.push(`${String(a.id)}: ${what}`);
  // §3.1
  must(a['@context'] === ANNO_CONTEXT, '§3.1 @context, a single value, given as a string');
  must(typeof a.id === 'string' && IRI.test(a.id), '§3.1 exactly 1 IRI as id');
  must(asArray(a.type).includes('Annotation'), '§3.1 the Annotation class among its types');
  const targets = asArray(a.target);
  must(targets.length >= 1, '§3.1 1 or more targets');
  for (const t of targets) {
    if (typeof t === 'string') {
      must(IRI.test(t), '§3.2 a target given as a string is the IRI of the resource');
      continue;
    }
    const sr = t as Json;
    must(
      typeof sr.source === 'string' && IRI.test(sr.source),
      '§4 a Specific Resource has exactly 1 source IRI',
    );
    for (const sel of asArray(sr.selector) as Json[]) {
      if (sel.type === 'TextQuoteSelector') {
        must(typeof sel.exact === 'string', '§4.2.4 exactly 1 exact');
        must(
          ['prefix', 'suffix'].every((k) => sel[k] === undefined || typeof sel[k] === 'string'),
          '§4.2.4 at most 1 prefix and suffix',
        );
      } else if (sel.type === 'TextPositionSelector') {
        must(
          nonNegativeInteger(sel.start) && nonNegativeInteger(sel.end),
          '§4.2.5 start and end non-negative integers',
        );
      } else must(false, `§4.2 a selector of a known class, not ${String(sel.type)}`);
    }
  }
  // §3.2.5: never both.
  must(!('bodyValue' in a && 'body' in a), '§3.2.5 body and bodyValue not both');
  for (const b of asArray(a.body) as Json[]) {
    must(
      b.type === 'TextualBody' && typeof b.value === 'string',
      '§3.2.4 a TextualBody has exactly 1 string value',
    );
    must(b.id === undefined || (typeof b.id === 'string' && IRI.test(b.id)), '§3.2.4 a body id is an IRI');
  }
  // §3.3.1: created, modified, generated in UTC "Z".
  for (const k of ['created', 'modified', 'generated']) {
    must(
      a[k] === undefined || (typeof a[k] === 'string' && UTC.test(a[k])),
      `§3.3.1 ${k} is xsd:dateTime in UTC "Z"`,
    );
  }
  return fail;
}

function collectionFailures(c: Json): string[] {
  const fail: string[] = [];
  const must = (ok: boolean, what: string) => ok || fail.push(`collection: ${what}`);
  // §5.1
  must(c['@context'] === ANNO_CONTEXT, '§5.1 @context');
  must(typeof c.id === 'string' && IRI.test(c.id), '§5.1 exactly 1 IRI as id');
  must(asArray(c.type).includes('AnnotationCollection'), '§5.1 the AnnotationCollection class');
  must(typeof c.label === 'string', '§5.1 a label is a string');
  must(nonNegativeInteger(c.total), '§5.1 total is a non-negative integer');
  must(c.generated === undefined || UTC.test(String(c.generated)), '§3.3.1 generated in UTC "Z"');
  const generator = c.generator as Json | undefined;
  must(
    generator === undefined || (typeof generator.id === 'string' && IRI.test(generator.id)),
    '§3.3.2 an agent has at most 1 IRI',
  );
  const page = c.first as Json | undefined;
  if ((c.total as number) > 0)
    must(page !== undefined && typeof page === 'object', '§5.1 total > 0: exactly 1 first page');
  if (page) {
    // §5.2
    must(!('@context' in page), '§5.2 an embedded page has no @context (SHOULD NOT)');
    must(typeof page.id === 'string' && IRI.test(page.id), '§5.2 a page has exactly 1 IRI');
    must(asArray(page.type).includes('AnnotationPage'), '§5.2 the AnnotationPage class');
    const items = page.items;
    must(Array.isArray(items) && items.length >= 1, '§5.2 items: an array of 1 or more annotations');
    must(Array.isArray(items) && items.length === c.total, '§5.1 total counts the annotations');
    must(page.next === undefined, '§5.2 a single page is the last one: no next');
    must(nonNegativeInteger(page.startIndex), '§5.2 startIndex a non-negative integer');
  }
  return fail;
}

/** Every failure of an export, from the suite and from the hand-written checks. */
function failures(exported: Json): string[] {
  const page = exported.first as { items: Json[] } | undefined;
  const items = page?.items ?? [];
  return [
    ...suiteFailures(COLLECTION_MUSTS, [exported]),
    ...(page ? suiteFailures(PAGE_MUSTS, [exported]) : []),
    ...suiteFailures(ANNOTATION_MUSTS, items),
    ...collectionFailures(exported),
    ...items.flatMap(modelFailures),
  ];
}

// ---- data ----

const catalogue = buildCatalogue(readDocuments()).catalogue;
const items = toItems(catalogue);

/** A highlight in every section of every tenth item of the real catalogue, made as the UI makes them. */
function realHighlights(): AnnotationData {
  const data = emptyData();
  data.colors = DEFAULT_COLORS.map((c) => ({ ...c }));
  items
    .filter((_, i) => i % 10 === 0)
    .forEach((item) => {
      for (const s of annotatableSections(item)) {
        if (s.text.length < 40) continue;
        const start = Math.floor(s.text.length / 3);
        const { quote, position } = describeSelection(s.text, start, start + 30);
        data.highlights.push({
          id: `${item.id}-${s.ref}`,
          targetId: item.id,
          sectionRef: s.ref,
          quote: { type: 'TextQuoteSelector', ...quote },
          position: { type: 'TextPositionSelector', ...position },
          colorId: 'vert',
          comment: '',
          tags: [],
          createdAt: 0,
          updatedAt: 0,
        });
      }
      data.favourites.push({ targetId: item.id, createdAt: 0 });
    });
  return data;
}

const exportOf = (data: AnnotationData) =>
  toWebAnnotation(data, {
    label: 'Mes annotations',
    now: Date.UTC(2024, 5, 1),
    documentOf: (id) => (id === 'fu-nantes-plie' ? 'ab'.repeat(32) : undefined),
  });

describe('the export conforms to the W3C Web Annotation Data Model', () => {
  it('loads every MUST assertion of the Working Group’s suite', () => {
    expect([ANNOTATION_MUSTS.length, COLLECTION_MUSTS.length, PAGE_MUSTS.length]).toEqual([54, 10, 15]);
  });

  it('the sample: notes, a highlight, tags, a favourite, a comparison note, an added document’s entry', () => {
    const data = sampleData();
    data.notes.push({ id: 'n4', targetId: 'comparison:cmp-1', body: 'Note', createdAt: 0, updatedAt: 0 });
    const exported = exportOf(data);
    expect((exported.first as { items: unknown[] }).items).toHaveLength(7);
    expect(failures(exported)).toEqual([]);
  });

  it('highlights on the real documents, whose positions count code points as §4.2.4 requires', () => {
    const data = realHighlights();
    expect(data.highlights.length).toBeGreaterThan(30);
    expect(failures(exportOf(data))).toEqual([]);
    // The selectors count UTF-16 code units; the model counts code points. They agree because no
    // section of the catalogue holds a character outside the Basic Multilingual Plane.
    for (const item of items)
      for (const s of annotatableSections(item)) expect(s.text).not.toMatch(/[\uD800-\uDFFF]/);
  });

  it('an export without annotations has no page (a page holds 1 or more), and still imports', () => {
    const data = emptyData();
    data.colors = DEFAULT_COLORS.map((c) => ({ ...c }));
    const exported = exportOf(data);
    expect(exported.first).toBeUndefined();
    expect(failures(exported)).toEqual([]);
    const back = parseWebAnnotation(JSON.stringify(exported));
    expect(back.ok && back.data.colors).toEqual(data.colors);
  });

  it('generated data with markup-like text and sizes up to the caps', () => {
    fc.assert(
      fc.property(annotationData, (data) => {
        expect(failures(exportOf(data))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('the checks fail on what earlier versions wrote: bare ids and { source } targets', () => {
    const legacy = JSON.parse(
      readFileSync(join(__dirname, 'fixtures/export-v1-bare-ids.json'), 'utf8'),
    ) as Json;
    const found = failures(legacy);
    const items = (legacy.first as { items: unknown[] }).items.length;
    // Every annotation misses its @context and has a target that is not an IRI; the page has no id.
    expect(found.filter((f) => f.startsWith('annotations/3.1-annotationContextValidated'))).toHaveLength(
      items,
    );
    expect(found.filter((f) => f.startsWith('annotations/3.2-targetObjectsRecognized'))).toHaveLength(items);
    // (« comparison:cmp-1 » parses as an IRI of scheme "comparison": only the 7 bare ids fail here)
    expect(found.filter((f) => f.includes('§4 a Specific Resource has exactly 1 source IRI'))).toHaveLength(
      items - 1,
    );
    expect(found).toContain('collection: §5.2 a page has exactly 1 IRI');
  });
});
