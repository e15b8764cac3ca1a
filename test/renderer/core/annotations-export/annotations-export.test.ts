import { describe, expect, it } from 'vitest';
import {
  emptyData,
  MAX_IMPORT_BYTES,
  parseWebAnnotation,
  planMerge,
  toMarkdown,
  toWebAnnotation,
} from '../../../../renderer/src/core/annotations-export';
import { sampleData } from '../../db/fixtures';

const exported = () => toWebAnnotation(sampleData(), { label: 'Mes annotations', now: Date.UTC(2024, 5, 1) });

describe('W3C Web Annotation export', () => {
  it('is an AnnotationCollection whose highlights carry quote and position selectors on the entry id', () => {
    const json = exported() as { type: string; first: { items: Record<string, unknown>[] }; total: number };
    expect(json.type).toBe('AnnotationCollection');
    expect(json.total).toBe(json.first.items.length);
    const h = json.first.items.find((i) => i.motivation === 'highlighting') as {
      target: { source: string; selector: { type: string }[] };
    };
    expect(h.target.source).toBe('fu-nantes-plie');
    expect(h.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(json.first.items.filter((i) => i.motivation === 'commenting')).toHaveLength(3);
  });

  it('round-trips every table exactly', () => {
    const parsed = parseWebAnnotation(JSON.stringify(exported()));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const sort = (xs: readonly unknown[]) =>
      [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const original = sampleData();
    for (const table of Object.keys(original) as (keyof typeof original)[]) {
      expect(sort(parsed.data[table]), table).toEqual(sort(original[table]));
    }
  });
});

describe('import refuses bad files with a French message', () => {
  const refused = (text: string) => {
    const r = parseWebAnnotation(text);
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.message;
  };
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
  it('a huge file, before parsing it', () =>
    expect(refused(' '.repeat(MAX_IMPORT_BYTES + 1))).toMatch(/trop volumineux/));
  it('script in a note', () => {
    const json = exported() as { first: { items: { body?: { value: string } }[] } };
    json.first.items[0]!.body!.value = 'Bonjour <script>alert(1)</script>';
    expect(refused(JSON.stringify(json))).toMatch(/contient du code/);
  });
  it('an event handler or javascript: link in a colour name or comment', () => {
    const a = exported() as Record<string, unknown>;
    (a['reperes:colors'] as { name: string }[])[0]!.name = '<b onmouseover=alert(1)>x';
    expect(refused(JSON.stringify(a))).toMatch(/contient du code/);
    const b = exported() as { first: { items: { body?: { value: string } }[] } };
    b.first.items[1]!.body!.value = '[clic](javascript:alert(1))';
    expect(refused(JSON.stringify(b))).toMatch(/contient du code/);
  });
  it('a target id that could be a path or URL', () => {
    const json = exported() as { first: { items: { target: { source: string } }[] } };
    json.first.items[0]!.target.source = '../../etc/passwd';
    expect(refused(JSON.stringify(json))).toMatch(/annotation n° 1/);
  });
  it('a highlight pointing to an undefined colour', () => {
    const json = exported() as Record<string, unknown>;
    json['reperes:colors'] = [];
    expect(refused(JSON.stringify(json))).toMatch(/couleur/);
  });
  it('does not let __proto__ keys through', () => {
    const text = JSON.stringify(exported()).replace(
      '"reperes:format":1',
      '"reperes:format":1,"__proto__":{"polluted":true}',
    );
    parseWebAnnotation(text);
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
