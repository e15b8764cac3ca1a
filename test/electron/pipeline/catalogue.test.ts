// The assembled catalogue from the five real documents, and what the assembler does with
// documents no parser knows or that arrive twice.
import { describe, expect, it } from 'vitest';
import { buildCatalogue, pickParser } from '../../../electron/pipeline';
import { readDocuments } from '../../../electron/cli/documents';
import { Catalogue } from '../../../electron/shared/schema';
import { sourceRates } from '../../../electron/pipeline/common/lexicon';

const docs = readDocuments();
const { catalogue, invalid } = buildCatalogue(docs);

describe('catalogue of the five seed documents', () => {
  it('is valid against the shared schema', () => {
    expect(invalid).toEqual([]);
    expect(Catalogue.safeParse(catalogue).success).toBe(true);
  });

  it('recognises each document by its content, whatever its file name', () => {
    const byParser = Object.fromEntries(docs.map((d) => [d.file, pickParser(d.text)?.id]));
    expect(Object.values(byParser).sort()).toEqual(
      ['cime-closure', 'cime-history', 'coorace', 'france-urbaine', 'vita'].sort(),
    );
    const renamed = buildCatalogue(
      docs.map((d, i) => ({ file: `${String(i).padStart(3, '0')}_0000000000000000.txt`, text: d.text })),
    );
    expect(renamed.catalogue.entries.length).toBe(catalogue.entries.length);
  });

  it('finds 19 cases, 27 experiences in 5 groups, the chronology and Cime', () => {
    const count = (kind: string) => catalogue.entries.filter((e) => e.kind === kind).length;
    expect(count('case')).toBe(19);
    expect(count('experience')).toBe(27);
    expect(new Set(catalogue.entries.filter((e) => e.kind === 'experience').map((e) => e.group)).size).toBe(
      5,
    );
    expect(count('programme')).toBeGreaterThanOrEqual(2);
    expect(catalogue.events.filter((e) => e.source.startsWith('004_')).length).toBeGreaterThan(20);
    expect(catalogue.events.filter((e) => e.id.startsWith('cime-jalon-')).length).toBeGreaterThanOrEqual(8);
    expect(catalogue.sources).toHaveLength(5);
  });

  it('gives every entry and event a unique id that survives a re-parse', () => {
    const ids = [...catalogue.entries, ...catalogue.events].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    const again = buildCatalogue([...docs].reverse()).catalogue;
    expect([...again.entries, ...again.events].map((x) => x.id).sort()).toEqual([...ids].sort());
  });

  it('records where each entry comes from and keeps its original text', () => {
    const lines = new Map(docs.map((d) => [d.file, d.text.split(/\r\n|\r|\n/)]));
    for (const e of catalogue.entries) {
      const [start, end] = e.lines;
      expect(start).toBeLessThanOrEqual(end);
      expect(end).toBeLessThanOrEqual(lines.get(e.source)?.length ?? 0);
      expect(e.raw.length).toBeGreaterThan(0);
    }
  });

  it('links events only to ids that exist', () => {
    const known = new Set([...catalogue.entries, ...catalogue.events].map((x) => x.id));
    for (const e of catalogue.events) for (const r of e.related) expect(known.has(r)).toBe(true);
  });

  it('themes every case and experience from one shared vocabulary', () => {
    const initiatives = catalogue.entries.filter((e) => e.kind === 'case' || e.kind === 'experience');
    expect(initiatives.filter((e) => e.themes.length > 0).length).toBeGreaterThan(initiatives.length * 0.9);
  });
});

describe('documents the assembler cannot trust', () => {
  it('reports a document no parser recognises instead of dropping it silently', () => {
    const { catalogue: c } = buildCatalogue([
      { file: 'inconnu.txt', text: 'Liste de courses : pain, lait.' },
    ]);
    expect(c.entries).toEqual([]);
    expect(c.report).toHaveLength(1);
    expect(c.report[0]?.parser).toBeNull();
    expect(c.report[0]?.warnings[0]?.code).toBe('unrecognised');
  });

  it('keeps both copies of a doubled document apart with suffixed ids and a warning', () => {
    const fu = docs.find((d) => pickParser(d.text)?.id === 'france-urbaine');
    if (!fu) throw new Error('France urbaine document missing');
    const { catalogue: c, invalid: bad } = buildCatalogue([
      fu,
      { file: '999_ffffffffffffffff.txt', text: fu.text },
    ]);
    expect(bad).toEqual([]);
    const ids = c.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(c.report.flatMap((r) => r.warnings).some((w) => w.code === 'duplicate-id')).toBe(true);
  });

  it('never throws on empty, binary or truncated input', () => {
    const inputs = ['', '\u0000\u0001\u0002', '\ufffd'.repeat(1000), docs[2]?.text.slice(0, 5000) ?? ''];
    for (const text of inputs) expect(() => buildCatalogue([{ file: 'x.txt', text }])).not.toThrow();
  });
});

describe('reading text of the whole catalogue', () => {
  /** Every piece of text a reader sees of an entry or an event. */
  const texts = [
    ...catalogue.entries.map((e) => ({
      id: e.id,
      text: [
        e.title,
        e.summary,
        e.organisation ?? '',
        e.address ?? '',
        ...e.people.flatMap((p) => [p.name, p.role ?? '']),
        ...e.sections.flatMap((s) => [s.heading, s.text]),
      ].join('\n'),
    })),
    ...catalogue.events.map((e) => ({ id: e.id, text: `${e.title}\n${e.text}` })),
  ];

  it('keeps no scanner debris: bars, cent signs, brackets opened round and closed square', () => {
    const debris = /\||¢|\([^()[\]\n]*\]|\[[^()[\]\n]*\)/;
    const found = texts.filter((t) => debris.test(t.text)).map((t) => `${t.id}: ${debris.exec(t.text)![0]}`);
    expect(found).toEqual([]);
  });

  it('keeps no scanner debris in any field a reader sees: titles, contacts, captions, evidence', () => {
    // Every string of every entry, event, organisation and publication but the original text
    // (`raw`, kept unrepaired on purpose): captions, people, theme passages, dates as written…
    const debris = /\||¢|\([^()[\]\n]*\]|\[[^()[\]\n]*\)/;
    const found: string[] = [];
    let strings = 0;
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        strings++;
        if (debris.test(value)) found.push(`${path}: ${debris.exec(value)![0]}`);
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) if (k !== 'raw') walk(v, `${path}.${k}`);
    };
    walk(catalogue.entries, 'entries');
    walk(catalogue.events, 'events');
    walk(catalogue.organisations, 'organisations');
    walk(catalogue.publications, 'publications');
    expect(strings).toBeGreaterThan(3_000);
    expect(catalogue.entries.some((e) => e.sections.some((s) => s.captions?.length))).toBe(true);
    expect(found).toEqual([]);
  });

  it('reads VITA with no more non-words than the clean France urbaine text', () => {
    const rates = sourceRates(catalogue);
    const vita = rates.find((r) => r.label === 'VITA 2008')!;
    const franceUrbaine = rates.find((r) => r.label.startsWith('France urbaine'))!;
    expect(vita.words).toBeGreaterThan(30_000);
    expect(franceUrbaine.words).toBeGreaterThan(15_000);
    expect(vita.rate).toBeLessThanOrEqual(franceUrbaine.rate);
  });
});
