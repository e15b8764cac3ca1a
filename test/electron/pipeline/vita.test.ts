import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Entry, Source, Warning } from '../../../electron/shared/schema';
import { vitaParser } from '../../../electron/pipeline/vita';
import { GROUPS } from '../../../electron/pipeline/vita/structure';

const DOCS = join(__dirname, '../../../resources/documents');
const FILE = '003_1a63ce81a07ade7b.txt';
const text = readFileSync(join(DOCS, FILE), 'utf8');
const out = vitaParser.parse({ file: FILE, text });
const experiences = out.entries.filter((e) => e.kind === 'experience');
const byOrg = (org: string) => experiences.find((e) => e.organisation === org);
const byTitle = (start: string) => experiences.find((e) => e.title.startsWith(start));

describe('VITA parser on the real document', () => {
  it('recognises the VITA collection and no other document', () => {
    expect(vitaParser.recognise(text)).toBeGreaterThan(0.8);
    for (const other of [
      '000_5bd64049ce1550ae.txt',
      '001_823c29d579585030.txt',
      '002_9dfa6f2beeb70477.txt',
      '004_ccea3c223d2d1c26.txt',
    ]) {
      expect(vitaParser.recognise(readFileSync(join(DOCS, other), 'utf8'))).toBeLessThan(0.5);
    }
  });

  it('finds 27 experiences in 5 working groups, with their introductions and conclusions', () => {
    expect(experiences).toHaveLength(27);
    expect(out.counts.experiences).toBe(27);
    expect(out.counts.groups).toBe(5);
    const perGroup = GROUPS.map((g) => experiences.filter((e) => e.group === g.name).length);
    expect(perGroup).toEqual([3, 10, 7, 2, 5]);
    const ids = out.entries.map((e) => e.id);
    for (let n = 1; n <= 5; n++) {
      expect(ids).toContain(`vita-groupe-${n}-introduction`);
      expect(ids).toContain(`vita-groupe-${n}-conclusion`);
    }
    expect(ids).toContain('vita-introduction');
    for (const t of out.entries.filter((e) => e.id.startsWith('vita-groupe-'))) {
      expect(t.kind).toBe('text');
      expect(t.group).not.toBeNull();
    }
  });

  it('puts each experience in its chapter', () => {
    expect(byOrg('Groupe ISACTYS')?.group).toBe('Pôles de développement territorial');
    expect(byOrg('NANTES METROPOLE')?.group).toBe('Commande publique responsable');
    expect(byOrg('Anjou Domicile')?.group).toBe('Services de proximité, emploi et territoire');
    expect(byOrg('ESSOR')?.group).toBe('Égalité des chances femmes / hommes et territoire');
    expect(byOrg('Ulisse')?.group).toBe('Spécificités de l’IAE dans la création d’activités');
  });

  it('reads the fields of specific experiences', () => {
    const isactys = byOrg('Groupe ISACTYS')!;
    expect(isactys.title).toBe('Maison emploi et services animée par un groupe d’économie sociale');
    expect(isactys.postcode).toBe('38480');
    expect(isactys.department).toBe('Isère');
    expect(isactys.departmentCode).toBe('38');
    expect(isactys.phones).toEqual(['04 76 37 33 13']);
    expect(isactys.emails).toEqual(['info@isactys.com']);
    expect(isactys.people[0]).toMatchObject({ name: 'Hubert PETITPREZ', role: 'Directeur' });

    const acld = byTitle('Amélioration de la qualité des parcours')!;
    expect(acld.organisation).toBe('A.C.L.D. (Association Intermédiaire)');
    expect(acld.department).toBe('Nord');
    expect(acld.postcode).toBe('59600');
    expect(acld.emails).toEqual(['lac.lemoine@laposte.net']);
    expect(acld.phones).toEqual(['03 27 64 00 70', '06 78 83 30 14']);

    const nantes = byOrg('NANTES METROPOLE')!;
    expect(nantes.title).toMatch(/de Nantes Métropole$/);
    expect(nantes.emails).toEqual(['didier.oble@nantesmetropole.fr']);
    expect(nantes.department).toBe('Loire-Atlantique');

    const pes = byTitle('Création d’un pôle multi services')!;
    expect(pes.department).toBe('Essonne');
    expect(pes.websites).toContain('http://www.poleecosolidaire.fr');
    expect(pes.emails).toEqual(['y.casagrande@poleecosolidaire.fr', 'julien.lepreux@free.fr']);

    const agate = byOrg('AGATE Paysages')!;
    expect(agate.emails).toEqual([
      'remi@agate-paysages.org',
      'cecile@agate-paysages.org',
      'benjamin@agate-paysages.org',
    ]);
    expect(agate.department).toBe('Jura');

    // A region in parentheses: region kept, department from the postcode.
    const mp = byTitle('Parcours d’insertion et de qualification')!;
    expect(mp.region).toBe('Midi-Pyrénées');
    expect(mp.emails).toEqual(['hmenard.cooracemp@orange.fr']);

    // The title's department wins over the address (head office in Rennes).
    expect(byTitle('Le Palacret')?.department).toBe("Côtes-d'Armor");
    expect(byOrg('AIR (Association Intermédiaire de Réinsertion)')?.emails).toEqual(['air@cc-parthenay.fr']);
  });

  it('reads web addresses with or without scheme, cut at a line end or garbled by the OCR', () => {
    const intro = out.entries.find((e) => e.id === 'vita-introduction');
    // "(http://" then "www.perfegal.fr)" on the next line.
    expect(intro?.websites).toContain('http://www.perfegal.fr');
    // "www.ademe.fr" without "http://".
    expect(byTitle('Création partenariale d’une Ressourcerie')?.websites).toEqual([
      'http://www.recycleries-ressourceries.org',
      'http://www.ademe.fr',
    ]);
    // "www.cres-pdLl.org": the host the document prints correctly elsewhere.
    const paysDeLoire = byTitle('Structurer et valoriser');
    expect(paysDeLoire?.websites).toEqual(['http://www.cres-pdl.org/']);
    // The territory a title ends on wins over the organisation's seat (Arras, Angers).
    expect(byTitle('Dispositif d’insertion par l’emploi relatif')).toMatchObject({
      territory: 'Pas-de-Calais',
      department: 'Pas-de-Calais',
    });
    expect(byTitle('Association Anjou Domicile')?.territory).toBe('Maine-et-Loire');
    // "Pour linter-réseaux IAE …": the organisation without the preposition and its article.
    expect(paysDeLoire?.organisation).toBe('Inter-réseaux IAE des Pays de la Loire');
  });

  it('renders titles in sentence case without the place', () => {
    for (const e of experiences) {
      expect(e.title).not.toMatch(/\([^)]*\)\s*$/);
      const letters = e.title.replace(/[^\p{L}]/gu, '');
      const upper = letters.replace(/[^\p{Lu}]/gu, '');
      expect(upper.length / letters.length).toBeLessThan(0.3);
    }
  });

  it('gives every experience contacts, a presentation and the three parts', () => {
    for (const e of experiences) {
      expect(e.department ?? e.region).not.toBeNull();
      expect(e.organisation).toBeTruthy();
      expect(e.emails.length).toBeGreaterThan(0);
      expect(e.phones.length).toBeGreaterThan(0);
      for (const p of e.phones) expect(p).toMatch(/^0\d( \d{2}){4}$/);
      for (const m of e.emails) expect(m).toMatch(/^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,6}$/);
      const keys = e.sections.map((s) => s.key);
      expect(keys).toEqual(expect.arrayContaining(['operations', 'contacts']));
      expect(e.year).toBe(2008);
      expect(e.summary.length).toBeGreaterThan(20);
    }
  });

  it('finds the presentation and the obstacles wherever the document has them', () => {
    const lacking = (key: string) =>
      experiences.filter((e) => !e.sections.some((s) => s.key === key)).map((e) => e.organisation);
    // Nantes Métropole's page has no presentation paragraph and no "FREINS" heading.
    expect(lacking('presentation')).toEqual(['NANTES METROPOLE']);
    expect(lacking('obstacles')).toEqual(['NANTES METROPOLE']);
    expect(experiences.filter((e) => e.sections.some((s) => s.key === 'tools')).length).toBe(20);
  });

  it('repairs the OCR in the cleaned text and keeps the raw text', () => {
    const cleaned = out.entries.flatMap((e) => e.sections.map((s) => s.text)).join('\n');
    expect(cleaned).not.toMatch(/^¢/m);
    expect(cleaned).not.toMatch(/U'IAE|UIAE/);
    expect(cleaned).not.toMatch(/Sommaire\s*[|\\[=]\s*\d/i);
    expect(cleaned).not.toMatch(/\d+\s*[|\\]\s*sommaire/i);
    expect(cleaned).toContain('conventionnées IAE');
    const intro = out.entries.find((e) => e.id === 'vita-introduction')!;
    expect(intro.raw).toContain("UIAE ne s'appuie pas");
    expect(intro.sections[0]!.text).toContain("l'IAE ne s'appuie pas");
  });

  it('reads « a » before a town as « à », never before a name it starts nor after « il »', () => {
    const prose = out.entries.flatMap((e) => e.sections.map((s) => s.text)).join('\n');
    for (const town of [
      'Romans',
      'Nanterre',
      'Rennes',
      'Toulouse',
      'Pont-de-Beauvoisin',
      'Maubeuge',
      'Dole',
      'Paris',
    ])
      expect(prose, town).not.toMatch(new RegExp(`(?<![\\p{L}'’-])a ${town}(?![\\p{L}])`, 'u'));
    expect(prose).toContain('Le groupe ISACTYS à Pont-de-Beauvoisin (Isère)');
    expect(prose).toContain('Créée il y a vingt ans à Dole dans le Jura');
    expect(prose).toContain('Intermédiaire (AI) basée à Savenay');
    // « Jura Service » is an association: the garbled « a » before it is left as it is.
    expect(prose).toContain('en juin 2007, a Jura Service dresse le constat');
  });

  it('records line ranges that point at the raw text', () => {
    const lines = text.split('\n');
    for (const e of out.entries) {
      const [a, b] = e.lines;
      expect(a).toBeLessThanOrEqual(b);
      expect(e.raw).toBe(lines.slice(a - 1, b).join('\n'));
    }
    const isactys = byOrg('Groupe ISACTYS')!;
    expect(lines[isactys.lines[0] - 1]).toContain('MAISON EMPLOI ET SERVICES');
  });

  it('has unique, stable ids and a valid source', () => {
    const ids = out.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const again = vitaParser.parse({ file: FILE, text });
    expect(again.entries.map((e) => e.id)).toEqual(ids);
    expect(Source.parse(out.source)).toMatchObject({
      kind: 'vita',
      label: 'VITA 2008',
      year: 2008,
      publisher: 'COORACE',
    });
    expect(out.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const e of out.entries) Entry.parse(e);
  });

  it('explains every warning with a line', () => {
    for (const w of out.warnings) {
      expect(Warning.parse(w).line).not.toBeNull();
      expect(['interleaved-columns', 'heading-glued']).toContain(w.code);
    }
  });
});

function checkOutput(input: string): void {
  const o = vitaParser.parse({ file: 'x.txt', text: input });
  for (const e of o.entries) Entry.parse(e);
  for (const w of o.warnings) Warning.parse(w);
  Source.parse(o.source);
  const ids = o.entries.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
}

describe('VITA parser on hostile input', () => {
  const lines = text.split('\n');

  it('survives empty, binary and doubled input', () => {
    expect(() => checkOutput('')).not.toThrow();
    expect(() => checkOutput('\u0000\u0001\uFFFD'.repeat(500))).not.toThrow();
    const doubled = vitaParser.parse({ file: 'x.txt', text: `${text}\n${text}` });
    expect(doubled.entries.filter((e) => e.kind === 'experience')).toHaveLength(54);
    expect(doubled.warnings.some((w) => w.code === 'duplicate-entry')).toBe(true);
    checkOutput(`${text}\n${text}`);
    expect(vitaParser.parse({ file: 'x.txt', text: '' }).warnings.length).toBeGreaterThanOrEqual(0);
  });

  it('never throws on truncated or shuffled documents', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: lines.length }),
        fc.integer({ min: 0, max: lines.length }),
        (a, b) => {
          checkOutput(lines.slice(Math.min(a, b), Math.max(a, b)).join('\n'));
        },
      ),
      { numRuns: 25 },
    );
    fc.assert(
      fc.property(fc.shuffledSubarray(lines.slice(0, 2500), { minLength: 0 }), (shuffled) => {
        checkOutput(shuffled.join('\n'));
      }),
      { numRuns: 15 },
    );
  });

  it('warns when the document is cut: fewer experiences than the 27 announced, or no conclusion', () => {
    expect(out.warnings.map((w) => w.code)).not.toContain('document-truncated');
    const truncated = (keep: number) => {
      const cut = lines.slice(0, Math.floor(lines.length * keep)).join('\n');
      const o = vitaParser.parse({ file: 'x.txt', text: cut });
      const found = o.entries.filter((e) => e.kind === 'experience').length;
      return { found, warnings: o.warnings.filter((x) => x.code === 'document-truncated') };
    };
    for (const keep of [0.3, 0.6, 0.9]) {
      const { found, warnings } = truncated(keep);
      expect(found).toBeLessThan(27);
      expect(warnings, `cut at ${keep}`).toHaveLength(1);
      expect(warnings[0]!.message).toContain(`${found} expériences sur les 27 annoncées`);
    }
    // Cut inside the closing text: every experience is there, the conclusion is not.
    const late = truncated(0.985);
    expect(late.found).toBe(27);
    expect(late.warnings.map((w) => w.message)).toEqual([expect.stringContaining(': pas de conclusion (')]);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        checkOutput(s);
        expect(vitaParser.recognise(s)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 100 },
    );
  });
});
