import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyData,
  fromCodePoints,
  MAX_IMPORT_BYTES,
  parseWebAnnotation,
  planMerge,
  toCodePoints,
  toMarkdown,
  toWebAnnotation,
  type AnnotationData,
  type ParseResult,
} from '../../../../renderer/src/core/annotations-export';
import { TEXT_CAPS } from '../../../../renderer/src/db/text-caps';
import { sampleData } from '../../db/fixtures';

type Item = Record<string, unknown> & {
  motivation: string;
  target: string | { source: string; selector?: Record<string, unknown>[] };
  body?: { value: string } | { value: string }[];
};
type Exported = Record<string, unknown> & { first: { items: Item[] }; 'reperes:colors': { name: string }[] };

const NOW = Date.UTC(2024, 5, 1);
const exported = (data: AnnotationData = sampleData()) =>
  toWebAnnotation(data, { label: 'Mes annotations', now: NOW }) as Exported;

const sort = (xs: readonly unknown[]) =>
  [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Every table of `parsed` holds exactly the rows of `expected`, and nothing was set aside. */
function expectSameData(parsed: ParseResult, expected: AnnotationData) {
  if (!parsed.ok) throw new Error(`refused: ${parsed.message}`);
  expect(parsed.rejected).toEqual([]);
  for (const table of Object.keys(expected) as (keyof AnnotationData)[]) {
    expect(sort(parsed.data[table]), table).toEqual(sort(expected[table]));
  }
}

function accepted(text: string) {
  const r = parseWebAnnotation(text);
  if (!r.ok) throw new Error(`refused: ${r.message}`);
  return r;
}

function refused(text: string): string {
  const r = parseWebAnnotation(text);
  if (r.ok) throw new Error('accepted a file that should be refused');
  return r.message;
}

/** The user's own words that earlier versions refused as "hostile" on import. */
const USER_WORDS = [
  'Consulter la <base de données> des SIAE',
  '‹mathématiques>',
  'javascript : activez-le',
  'Le lien <a href="https://example.org" onclick="x">ici</a>, <script>alert(1)</script>',
  'data : text/html, voir <svg> et <img src=x onerror=alert(1)>',
];

describe('W3C Web Annotation export', () => {
  it('is an AnnotationCollection whose targets are IRIs: a SpecificResource for highlights, the IRI itself for whole entries', () => {
    const json = exported();
    expect(json.type).toBe('AnnotationCollection');
    expect(json.total).toBe(json.first.items.length);
    const h = json.first.items.find((i) => i.motivation === 'highlighting')!;
    expect(h.target).toMatchObject({ type: 'SpecificResource', source: 'urn:reperes:entry:fu-nantes-plie' });
    expect((h.target as { selector: Record<string, unknown>[] }).selector.map((s) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    const whole = json.first.items.filter((i) => i.motivation !== 'highlighting');
    expect(whole.map((i) => i.target).sort()).toEqual([
      'urn:reperes:entry:coorace-1993-assises',
      'urn:reperes:entry:fu-nantes-plie',
      'urn:reperes:entry:fu-nantes-plie',
      'urn:reperes:entry:fu-nantes-plie',
      'urn:reperes:entry:fu-nantes-plie',
    ]);
  });

  it('names saved comparisons and entries of added documents by their own IRIs, and reads them back', () => {
    const data = sampleData();
    data.notes[2]!.targetId = 'comparison:4f1c2b7e-0d6a-4a8e-9b61-2f7c5d3e9a10';
    const sha = 'ab'.repeat(32);
    const json = toWebAnnotation(data, {
      label: 'x',
      now: NOW,
      documentOf: (id) => (id === 'fu-nantes-plie' ? sha : undefined),
    }) as Exported;
    const targets = json.first.items.map((i) => (typeof i.target === 'string' ? i.target : i.target.source));
    expect(targets).toContain('urn:reperes:comparison:4f1c2b7e-0d6a-4a8e-9b61-2f7c5d3e9a10');
    expect(targets).toContain(`urn:reperes:doc:${sha}:entry:fu-nantes-plie`);
    expectSameData(parseWebAnnotation(JSON.stringify(json)), data);
  });

  it('round-trips every table exactly', () => {
    expectSameData(parseWebAnnotation(JSON.stringify(exported())), sampleData());
  });
});

describe('import takes the user’s words as they are', () => {
  it('imports markup-like notes, comments, tags, colour and collection names unchanged', () => {
    const data = sampleData();
    USER_WORDS.forEach((w, i) => {
      data.notes[i % data.notes.length]!.body = w;
    });
    data.highlights[0]!.comment = USER_WORDS[3]!;
    data.highlights[0]!.tags = ['<base>', 'javascript:'];
    data.entryTags[0]!.tag = '<b onmouseover=alert(1)>x';
    data.colors[0]!.name = '<i>À reprendre</i>';
    data.collections[0]!.name = 'Idées <b>PLIE</b>';
    data.collections[0]!.description = '[clic](javascript:alert(1))';
    expectSameData(parseWebAnnotation(JSON.stringify(exported(data))), data);
  });

  it('reads a file with a byte-order mark like one without', () => {
    expectSameData(parseWebAnnotation('\uFEFF' + JSON.stringify(exported())), sampleData());
  });

  it('accepts every text at its cap, the caps the fields where it is typed enforce', () => {
    const data = sampleData();
    data.notes[0]!.body = 'n'.repeat(TEXT_CAPS.note);
    data.highlights[0]!.comment = 'c'.repeat(TEXT_CAPS.comment);
    data.highlights[0]!.tags = ['t'.repeat(TEXT_CAPS.tag)];
    data.entryTags[0]!.tag = 'e'.repeat(TEXT_CAPS.tag);
    data.colors[0]!.name = 'k'.repeat(TEXT_CAPS.colourName);
    data.collections[0]!.name = 'm'.repeat(TEXT_CAPS.collectionName);
    data.collections[0]!.description = 'd'.repeat(TEXT_CAPS.collectionDescription);
    expectSameData(parseWebAnnotation(JSON.stringify(exported(data))), data);
  });
});

describe('exports written by earlier versions', () => {
  // Written by format 1 (bare target ids, `{ source }` targets, the colour named by the body's
  // id), with markup-like text that format 1's own import refused.
  const legacy = readFileSync(join(__dirname, 'fixtures/export-v1-bare-ids.json'), 'utf8');

  it('still import, every row as it was written', () => {
    const t = Date.UTC(2024, 2, 14, 9, 30);
    const data = sampleData();
    // Format 1 files were written before users wrote fiches.
    data.fiches = [];
    data.notes[1]!.body = 'Consulter la <base de données> des SIAE';
    data.notes[2]!.body = '‹mathématiques> et javascript : activez-le';
    data.highlights[0]!.comment = 'Voir <script>alert(1)</script> dans le rapport';
    data.collections[0]!.name = 'Idées <b>PLIE</b>';
    data.entryTags.push({
      targetId: 'coorace-1993-assises',
      tag: '<img src=x onerror=alert(1)>',
      createdAt: t,
    });
    data.notes.push({
      id: 'n4',
      targetId: 'comparison:cmp-1',
      body: 'Note de comparaison',
      createdAt: t,
      updatedAt: t,
    });
    expect(JSON.parse(legacy)['reperes:format']).toBe(1);
    expectSameData(parseWebAnnotation(legacy), data);
  });
});

describe('a file that is not a Repères export is refused, saying why', () => {
  it('wrong JSON', () => expect(refused('{"type": "AnnotationCollection", ')).toMatch(/JSON valide/));
  it('not an object', () => expect(refused('[1,2,3]')).toMatch(/n’est pas un export/));
  it('a foreign W3C collection (e.g. another tool)', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: [] },
    };
    expect(refused(JSON.stringify(foreign))).toMatch(/ne vient pas de Repères/);
  });
  it('a Repères envelope with a broken structure names the field', () => {
    const json = exported() as Record<string, unknown>;
    json['reperes:colors'] = 'vert';
    expect(refused(JSON.stringify(json))).toMatch(/champ « reperes:colors »/);
  });
  it('a file from a newer version', () => {
    const json = exported() as Record<string, unknown>;
    json['reperes:format'] = 99;
    expect(refused(JSON.stringify(json))).toMatch(/plus récente.*format 99/);
  });
  it('a huge file, before parsing it', () =>
    expect(refused(' '.repeat(MAX_IMPORT_BYTES + 1))).toMatch(/trop volumineux/));
});

describe('a partly invalid file: the valid items are imported, the others listed with place and reason', () => {
  it('a note over the cap, a target that is a path, a bad date and an undefined colour', () => {
    const json = exported();
    const notes = json.first.items.filter((i) => i.motivation === 'commenting');
    (notes[0]!.body as { value: string }).value = 'x'.repeat(TEXT_CAPS.note + 1);
    notes[1]!.target = '../../etc/passwd';
    notes[2]!.created = 'hier';
    json['reperes:colors'] = json['reperes:colors'].filter((c) => (c as { id?: string }).id !== 'vert');
    const r = accepted(JSON.stringify(json));
    const n = (i: Item) => json.first.items.indexOf(i) + 1;
    expect(r.rejected).toEqual([
      {
        where: `Annotation n° ${n(notes[0]!)} (note)`,
        reason: 'texte de la note : dépasse la limite de 1\u202f000\u202f000 caractères',
      },
      {
        where: `Annotation n° ${n(notes[1]!)} (note)`,
        reason: 'cible « ../../etc/passwd » : ni une fiche du catalogue ni une comparaison',
      },
      { where: `Annotation n° ${n(notes[2]!)} (note)`, reason: 'date de création : format incorrect' },
      { where: 'Annotation n° 4 (surlignage)', reason: 'couleur « vert » : absente du fichier' },
    ]);
    const expected = sampleData();
    expect(r.data.notes).toEqual([]);
    expect(r.data.highlights).toEqual([]);
    expect(sort(r.data.entryTags)).toEqual(sort(expected.entryTags));
    expect(sort(r.data.favourites)).toEqual(sort(expected.favourites));
    expect(sort(r.data.collectionItems)).toEqual(sort(expected.collectionItems));
    expect(r.data.colors.map((c) => c.id)).toEqual(['jaune', 'bleu', 'rose', 'orange']);
  });

  it('an invalid colour, collection or collection item is set aside alone', () => {
    const json = exported() as Exported & { 'reperes:collections': Record<string, unknown>[] };
    json['reperes:colors'][0]!.name = '';
    const data = sampleData();
    const second = { ...data.collections[0]!, id: 'c2', name: 'Deuxième', items: [] };
    json['reperes:collections'].push(second, {
      id: 'c3',
      name: 'n'.repeat(TEXT_CAPS.collectionName + 1),
      items: [{}, {}],
    });
    (json['reperes:collections'][0]!.items as Record<string, unknown>[])[1]!.targetId =
      'https://example.org/';
    const r = accepted(JSON.stringify(json));
    expect(r.rejected.map((x) => `${x.where} — ${x.reason}`)).toEqual([
      'Couleur n° 1 — nom : vide',
      'Fiche n° 2 de la collection « Idées pour notre PLIE » — cible : format incorrect',
      `Collection n° 3 (« ${'n'.repeat(39)}… ») — nom : dépasse la limite de 200 caractères (ses 2 fiches ne sont pas importées non plus)`,
    ]);
    expect(r.data.collections.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(r.data.collectionItems.map((i) => i.id)).toEqual(['i1']);
    expect(r.data.colors).toHaveLength(4);
    // The highlight's colour, « vert », is not the one set aside.
    expect(r.data.highlights).toHaveLength(1);
  });

  it('an item that is not an annotation, or of a motivation Repères does not write', () => {
    const json = exported() as Exported & { first: { items: unknown[] } };
    json.first.items.push(42, { ...json.first.items[0]!, motivation: 'constructor' }, null);
    const r = accepted(JSON.stringify(json));
    expect(r.rejected).toEqual([
      { where: 'Annotation n° 7', reason: 'ce n’est pas une annotation' },
      { where: 'Annotation n° 8', reason: 'motivation : valeur inattendue' },
      { where: 'Annotation n° 9', reason: 'ce n’est pas une annotation' },
    ]);
    expect(r.data.notes).toHaveLength(3);
  });

  it('keeps nothing but the schema’s own fields from a row', () => {
    const json = exported();
    const h = json.first.items.find((i) => i.motivation === 'highlighting')! as Item & {
      target: { selector: Record<string, unknown>[] };
    };
    h.target.selector[0]!.onclick = 'alert(1)';
    const text = JSON.stringify(json).replace(
      '"type":"TextQuoteSelector"',
      '"__proto__":{"polluted":true},"type":"TextQuoteSelector"',
    );
    const r = accepted(text);
    const quote = r.data.highlights[0]!.quote;
    expect(Object.keys(quote).sort()).toEqual(['exact', 'prefix', 'suffix', 'type']);
    expect(Object.getPrototypeOf(quote)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('merge plan', () => {
  it('adds into an empty database, then finds nothing to do on a second import', () => {
    const first = planMerge(emptyData(), sampleData());
    expect(first.summary.notes).toEqual({ added: 3, changed: 0, unchanged: 0 });
    const second = planMerge(sampleData(), sampleData());
    expect(second.empty).toBe(true);
    expect(second.summary.highlights.unchanged).toBe(1);
  });

  it('keeps the newer side of a row and never duplicates an entry in a collection', () => {
    const mine = sampleData();
    const theirs = sampleData();
    theirs.notes[0]!.body = 'plus récent';
    theirs.notes[0]!.updatedAt += 1;
    theirs.notes[1]!.body = 'plus ancien';
    theirs.notes[1]!.updatedAt -= 1;
    theirs.collectionItems.push({
      id: 'other-id',
      collectionId: 'c1',
      targetId: 'fu-nantes-plie',
      order: 9,
      addedAt: 1,
    });
    theirs.entryTags.push({ targetId: 'fu-nantes-plie', tag: 'plie', createdAt: 1 });
    const plan = planMerge(mine, theirs);
    expect(plan.put.notes.map((n) => n.body)).toEqual(['plus récent']);
    expect(plan.summary.notes).toEqual({ added: 0, changed: 1, unchanged: 2 });
    expect(plan.put.collectionItems).toEqual([]);
    expect(plan.put.entryTags).toEqual([]);
  });
});

describe('Markdown report', () => {
  it('groups by entry with titles, collections in order, and neutralises markup in user text', () => {
    const data = sampleData();
    data.notes[2]!.body = '# pas un titre';
    data.collections[0]!.name = 'Idées <b>PLIE</b>';
    const md = toMarkdown(data, (id) =>
      id === 'fu-nantes-plie' ? { title: 'Nantes : le PLIE', sourceLabel: 'France urbaine 2012' } : undefined,
    );
    expect(md).toContain('# Mes annotations');
    expect(md).toContain('### Idées \\<b\\>PLIE\\</b\\>');
    expect(md).toContain('1. Nantes : le PLIE — France urbaine 2012');
    expect(md).toContain('2. Élément « coorace-1993-assises » (absent du catalogue actuel)');
    expect(md).toContain('> # pas un titre');
    expect(md).toContain('> un coordinateur à mi-temps');
    expect(md).toContain('★ Favori');
    expect(md).toMatch(/\*\*Surlignage « Chiffre clé »\*\* \(14 mars 2024/);
  });
});

describe('positions in code points, as the W3C model counts them', () => {
  // 🙂 and 𝔼 are outside the Basic Multilingual Plane: two UTF-16 code units, one code point each.
  const text = 'Avant 🙂 le 𝔼 passage surligné ici.';
  const start = text.indexOf('passage');
  const end = start + 'passage surligné'.length;
  const data = (): AnnotationData => {
    const d = sampleData();
    d.highlights = [{ ...d.highlights[0]!, position: { type: 'TextPositionSelector', start, end } }];
    return d;
  };
  const lookup = (targetId: string, ref: string) =>
    targetId === data().highlights[0]!.targetId && ref === data().highlights[0]!.sectionRef
      ? text
      : undefined;
  const selectorOf = (json: unknown) =>
    (
      (json as Exported).first.items.find((i) => i.motivation === 'highlighting')!.target as unknown as {
        selector: { type: string; start?: number; end?: number }[];
      }
    ).selector.find((s) => s.type === 'TextPositionSelector')!;

  it('writes code points when the section text is known, and reads them back as UTF-16 offsets', () => {
    const json = toWebAnnotation(data(), { label: 'x', now: NOW, sectionText: lookup });
    const selector = selectorOf(json);
    expect([selector.start, selector.end]).toEqual([
      [...text.slice(0, start)].length,
      [...text.slice(0, end)].length,
    ]);
    expect(selector.start).toBe(start - 2);
    expectSameData(parseWebAnnotation(JSON.stringify(json), { sectionText: lookup }), data());
  });

  it('leaves positions as they are when the text is not known', () => {
    const json = toWebAnnotation(data(), { label: 'x', now: NOW });
    expect(selectorOf(json).start).toBe(start);
    expectSameData(parseWebAnnotation(JSON.stringify(json)), data());
  });
});

describe('code point offsets', () => {
  it('convert to UTF-16 offsets and back at every character boundary', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const boundaries = [0];
        for (const ch of text) boundaries.push(boundaries.at(-1)! + ch.length);
        boundaries.forEach((offset, points) => {
          expect(toCodePoints(text, offset)).toBe(points);
          expect(fromCodePoints(text, points)).toBe(offset);
        });
      }),
    );
  });
});
