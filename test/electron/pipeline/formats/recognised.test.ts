// A bundled document in another format goes through its own parser: France urbaine converted
// to DOCX, ODT, HTML and PDF (with and without bookmarks) gives its 19 cases with every part
// under the same key and the same territory as the bundled text; VITA printed to PDF gives its
// 27 experiences.
import { describe, expect, it } from 'vitest';
import { Entry, Source } from '../../../../electron/shared/schema';
import { bundledCatalogue, fixture, imported, same } from './fixtures';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';

const FU_FORMATS = [
  'france-urbaine.docx',
  'france-urbaine.odt',
  'france-urbaine.html',
  'france-urbaine.pdf',
  'france-urbaine-sans-signets.pdf',
];

describe.each(FU_FORMATS)('France urbaine as %s', (name) => {
  it(
    'comes back as the 19 cases, parts under the right keys, with their territories',
    { timeout: 60_000 },
    async () => {
      const doc = await imported(name);
      expect(doc.parser).toBe('france-urbaine');
      const want = bundledCatalogue().entries.filter((e) => e.source.startsWith('002_') && e.kind === 'case');
      const got = doc.entries.filter((e) => e.kind === 'case');
      expect(want).toHaveLength(19);
      expect(got.map((e) => same(e.title))).toEqual(want.map((e) => same(e.title)));
      for (const [k, w] of want.entries()) {
        const g = got[k]!;
        expect(same(g.territory), w.title).toBe(same(w.territory));
        expect(g.department, w.title).toBe(w.department);
        expect(
          g.sections.map((s) => s.key),
          w.title,
        ).toEqual(w.sections.map((s) => s.key));
        expect(g.source).toBe(name);
      }
      // The four foreword texts too.
      expect(doc.entries.filter((e) => e.kind === 'text')).toHaveLength(4);
      // E-mails, and the 22 contact people with their roles, e-mails and phones, in every format:
      // the parser knows a person by the name set in bold ("**Name**, role"), which DOCX, ODT and
      // HTML mark as such and a PDF says by its fonts' names.
      expect(got.map((e) => e.emails)).toEqual(want.map((e) => e.emails));
      const people = (es: typeof got): string[][] =>
        es.map((e) => e.people.map((p) => [p.name, same(p.role), p.email ?? '', p.phone ?? ''].join(' | ')));
      expect(want.reduce((n, w) => n + w.people.length, 0)).toBe(22);
      expect(people(got)).toEqual(people(want));
    },
  );

  it('describes the document as a user document, hashed from its bytes', { timeout: 60_000 }, async () => {
    const doc = await imported(name);
    expect(Source.parse(doc.source)).toMatchObject({ kind: 'user-document', file: name });
    expect(doc.sha256).toBe(bytesToHex(sha256(fixture(name))));
    expect(doc.source.sha256).toBe(doc.sha256);
    for (const e of doc.entries) expect(Entry.safeParse(e).success).toBe(true);
    // Line ranges point into the extracted text.
    const lines = doc.text.split('\n');
    for (const e of doc.entries) expect(e.lines[1]).toBeLessThanOrEqual(lines.length);
  });
});

describe('themes of an imported document', () => {
  it('France urbaine as DOCX: each case classified on its own parts, as the bundled text, with the passages', async () => {
    const doc = await imported('france-urbaine.docx');
    const want = bundledCatalogue().entries.filter((e) => e.source.startsWith('002_'));
    expect(doc.entries.map((e) => same(e.title))).toEqual(want.map((e) => same(e.title)));
    const sorted = (themes: readonly string[]) => [...themes].sort();
    for (const [k, w] of want.entries()) {
      const g = doc.entries[k]!;
      expect(sorted(g.themes), w.title).toEqual(sorted(w.themes));
      expect(
        (g.themeEvidence ?? []).map((e) => e.theme),
        w.title,
      ).toEqual(g.themes);
    }
    // The city's governance part lists its partners: not what the « Dispositif d'Accompagnement
    // Renforcé » is about (read whole, the imported text gave it « Gouvernance et partenariats »).
    const dar = doc.entries.find((e) => /Accompagnement Renforcé/.test(e.title))!;
    expect(dar.themes).not.toContain('Gouvernance et partenariats');
  });
});

describe('VITA printed to PDF', () => {
  it('comes back as its 27 experiences through the VITA parser', { timeout: 60_000 }, async () => {
    const doc = await imported('vita.pdf');
    expect(doc.parser).toBe('vita');
    expect(doc.pages).toBeGreaterThan(100);
    const want = bundledCatalogue().entries.filter(
      (e) => e.source.startsWith('003_') && e.kind === 'experience',
    );
    const got = doc.entries.filter((e) => e.kind === 'experience');
    expect(want).toHaveLength(27);
    expect(got.map((e) => same(e.title))).toEqual(want.map((e) => same(e.title)));
    expect(got.map((e) => e.department)).toEqual(want.map((e) => e.department));
    expect(got.map((e) => e.sections.map((s) => s.key))).toEqual(
      want.map((e) => e.sections.map((s) => s.key)),
    );
    // Page marks place the text on its 153 pages.
    expect(doc.pageMarks[0]).toEqual({ page: 1, line: 1 });
    expect(doc.pageMarks.length).toBeGreaterThan(100);
  });
});

describe('a chronology document in another encoding', () => {
  it('keeps the events of its parser, and says how it was decoded', async () => {
    const doc = await imported('cime-windows-1252.txt');
    expect(doc.parser).toBe('cime-history');
    const want = bundledCatalogue().events.filter((e) => e.source.startsWith('000_'));
    expect(want.length).toBeGreaterThan(5);
    expect(doc.events.map((e) => e.title)).toEqual(want.map((e) => e.title));
    expect(doc.warnings.map((w) => w.code)).toContain('charset');
  });
});
