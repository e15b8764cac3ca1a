import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CatalogueEvent,
  Entry,
  Organisation,
  Publication,
  Source,
  Warning,
} from '../../../electron/shared/schema';
import { cimeClosureParser, cimeHistoryParser } from '../../../electron/pipeline/cime';
import type { ParseOutput } from '../../../electron/pipeline/types';
import { splitLines } from '../../../electron/pipeline/common/text';

const DIR = join(__dirname, '../../../resources/documents');
const HISTORY_FILE = '000_5bd64049ce1550ae.txt';
const CLOSURE_FILE = '001_823c29d579585030.txt';
const HISTORY = readFileSync(join(DIR, HISTORY_FILE), 'utf8');
const CLOSURE = readFileSync(join(DIR, CLOSURE_FILE), 'utf8');
const OTHERS = ['002_9dfa6f2beeb70477.txt', '003_1a63ce81a07ade7b.txt', '004_ccea3c223d2d1c26.txt'].map((f) =>
  readFileSync(join(DIR, f), 'utf8'),
);

const history = cimeHistoryParser.parse({ file: HISTORY_FILE, text: HISTORY });
const closure = cimeClosureParser.parse({ file: CLOSURE_FILE, text: CLOSURE });

function expectValid(o: ParseOutput): void {
  Source.parse(o.source);
  for (const e of o.entries) Entry.parse(e);
  for (const e of o.events) CatalogueEvent.parse(e);
  for (const x of o.organisations) Organisation.parse(x);
  for (const x of o.publications) Publication.parse(x);
  for (const w of o.warnings) Warning.parse(w);
  for (const list of [o.entries, o.events, o.publications]) {
    const ids = list.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  }
}

describe('recognition', () => {
  it('tells the history from the closure notice and from the other documents', () => {
    expect(cimeHistoryParser.recognise(HISTORY)).toBeGreaterThan(0.8);
    expect(cimeClosureParser.recognise(CLOSURE)).toBeGreaterThan(0.8);
    expect(cimeHistoryParser.recognise(CLOSURE)).toBeLessThan(0.5);
    expect(cimeClosureParser.recognise(HISTORY)).toBeLessThan(0.5);
    for (const t of OTHERS) {
      expect(cimeHistoryParser.recognise(t)).toBeLessThan(0.5);
      expect(cimeClosureParser.recognise(t)).toBeLessThan(0.5);
    }
  });
});

describe('Cime history, real document', () => {
  it('reads the dated milestones with their years and titles', () => {
    expect(history.events.map((e) => e.date)).toEqual([
      '1993',
      '1994',
      '1995',
      '1997',
      '2003',
      '2004',
      '2005',
      '2006',
      '2007',
    ]);
    const balise = history.events.find((e) => e.date === '1997');
    expect(balise).toMatchObject({
      id: 'cime-jalon-1997-creation-de-balise',
      title: 'Création de Balise',
      row: null,
      lines: [47, 59],
    });
    expect(balise?.cells).toEqual([{ column: 'Texte', text: balise?.text }]);
    expect(balise?.text).toMatch(/^Le lancement de Balise est effectif en 1997/);
    expect(balise?.text).toContain('www.reseau-balise.org');
    expect(balise?.text).not.toContain('*');
    expect(history.events[0]?.title).toBe("Mobilisation des grandes entreprises pour l'emploi");
    expect(history.events[8]?.title).toBe("Création d'Éveilléco");
    expectValid(history);
    expect(history.warnings).toEqual([]);
  });

  it('lists the programmes Cime ran, linked from the milestones that name them', () => {
    const titles = history.entries.map((e) => e.title);
    expect(titles).toEqual(expect.arrayContaining(['Balise', 'CréaRÎF', 'Emploi et création']));
    expect(titles).toContain("Services d'amorçage de projets dans les quartiers");
    const balise = history.entries.find((e) => e.title === 'Balise');
    expect(balise).toMatchObject({
      id: 'cime-programme-balise',
      kind: 'programme',
      organisation: 'Cime',
      year: 1997,
    });
    expect(balise?.websites).toContain('http://www.reseau-balise.org');
    expect(balise?.sections[0]?.key).toBe('presentation');
    const crearif = history.entries.find((e) => e.title === 'CréaRÎF');
    expect(crearif).toMatchObject({
      year: 2003,
      territory: 'Île-de-France',
      // A region, not a department.
      department: null,
      region: 'Île-de-France',
      websites: ['http://www.crearif.org'],
    });
    expect(crearif?.sections[0]?.text).toContain('Elle est baptisée CréaRÎF');
    expect(history.entries.find((e) => e.title === 'Emploi et création')?.territory).toBeNull();
    expect(history.events.find((e) => e.date === '1997')?.related).toContain('cime-programme-balise');
    expect(history.events.find((e) => e.date === '2003')?.related).toContain('cime-programme-crearif');
    expect(history.events.find((e) => e.date === '1993')?.related).not.toContain('cime-programme-balise');
  });

  it('reads the publications, with publisher and year when given', () => {
    const pub = (title: string) => history.publications.find((p) => p.title === title);
    expect(pub('Emplois, des idées qui marchent')).toMatchObject({ publisher: 'Marabout', year: 1994 });
    expect(pub("L'Entreprise engagée")).toMatchObject({ publisher: "L'Harmattan", year: 1996 });
    expect(pub('Le guide Grandes entreprises et appui au développement local')).toMatchObject({
      publisher: 'Datar',
      year: null,
    });
    expect(pub("Contrat emploi solidarité : les paradoxes d'un dispositif")).toMatchObject({
      publisher: 'FPH',
      year: 1997,
    });
    expect(pub("Sur la piste de l'innovation")).toMatchObject({ publisher: null, year: 1999 });
    expect(pub("Histoires d'initiatives")?.year).toBe(2001);
    // Quoted rather than in italics, and said to be published.
    expect(pub("Guide pratique de la création d'entreprises dans les Maisons de l'emploi")).toMatchObject({
      year: 2005,
      lines: [75, 75],
    });
    const titles = history.publications.map((p) => p.title);
    // Emphasis that is not a publication: a Minitel service, a prize, a concept.
    expect(titles).not.toContain('IDemploi');
    expect(titles).not.toContain('Prix Balise');
    expect(titles.some((t) => /pédagogie/.test(t))).toBe(false);
    for (const p of history.publications) expect(p.id).toMatch(/^cime-publication-[a-z0-9-]+$/);
  });

  it('describes the organisation and its presidents', () => {
    expect(history.organisations).toHaveLength(1);
    const org = history.organisations[0]!;
    expect(org).toMatchObject({
      id: 'cime',
      name: "Comité d'information et de mobilisation pour l'emploi",
      acronym: 'Cime',
      address: '2, square Trudaine, 75009 Paris, France',
      founded: '1993-05',
      ceased: '2007',
      websites: ['http://www.cime.asso.fr'],
    });
    expect(org.phones).toContain('01 55 31 90 75');
    expect(org.emails).toContain('benoit.willot@cime.asso.fr');
    expect(org.people.filter((p) => p.role === 'Président(e)').map((p) => p.name)).toEqual([
      'Pierre Le Gorrec',
      'Paul Schiettecatte',
      'Jean-Pierre Worms',
      'Martine Buron',
    ]);
    expect(org.people.find((p) => p.name === 'Benoit Willot')?.email).toBe('benoit.willot@cime.asso.fr');
  });

  it('is stable across parses', () => {
    const again = cimeHistoryParser.parse({ file: HISTORY_FILE, text: HISTORY });
    expect(again).toEqual(history);
  });
});

describe('Cime closure notice, real document', () => {
  it('becomes one text entry and a dated closure event', () => {
    expect(closure.entries).toHaveLength(1);
    const entry = closure.entries[0]!;
    expect(entry).toMatchObject({
      id: 'cime-cessation',
      kind: 'text',
      title:
        'Le Comité d’information et de mobilisation pour l’emploi (Cime) a cessé ses activités en mars 2007',
      year: 2007,
      organisation: 'Cime',
    });
    expect(entry.sections).toHaveLength(1);
    const body = entry.sections[0]!;
    expect(body.key).toBe('body');
    expect(body.text).toMatch(/^Vous vous êtes abonnés/);
    expect(body.text).toContain('Le 12 février 2007');
    expect(body.text).not.toMatch(/Publié le|Autres articles|\bclose\b/);
    expect(entry.people).toEqual([{ name: 'Martine Buron', role: 'Président(e)', email: null, phone: null }]);
    expect(closure.events).toHaveLength(1);
    expect(closure.events[0]).toMatchObject({
      date: '2007-03',
      dateText: 'mars 2007',
      related: ['cime-cessation', 'cime'],
    });
    expect(closure.events[0]?.text).toContain('a décidé de cesser');
    expect(closure.source).toMatchObject({ kind: 'cime-closure', year: 2007 });
    expect(closure.warnings.map((w) => [w.code, w.line])).toEqual([['publication-date-missing', 3]]);
    expectValid(closure);
  });
});

describe('hostile input', () => {
  const parsers = [
    [cimeHistoryParser, HISTORY],
    [cimeClosureParser, CLOSURE],
  ] as const;

  it('reports empty and binary input instead of throwing', () => {
    for (const [parser] of parsers) {
      expect(parser.parse({ file: 'x.txt', text: '' }).warnings[0]?.code).toBe('empty-document');
      const bin = parser.parse({ file: 'x.txt', text: '\u0000\u0001\u0002\u0003abc' });
      expect(bin.warnings.map((w) => w.code)).toContain('binary-content');
      expectValid(bin);
    }
  });

  it('dedupes a doubled history with a warning', () => {
    const o = cimeHistoryParser.parse({ file: HISTORY_FILE, text: `${HISTORY}\n\n${HISTORY}` });
    expect(o.events).toHaveLength(18);
    expect(o.warnings.filter((w) => w.code === 'duplicate-milestone')).toHaveLength(9);
    expectValid(o);
  });

  // A repeated history (every milestone a duplicate) and one long paragraph of publications
  // were quadratic: 600 KB took 72 s. Four times the input must cost well under the sixteen
  // times a quadratic parser needs (eleven allows for the collector on a busy machine); the
  // best of five runs keeps the machine's load out of it.
  const repeated = (size: number): string => {
    let t = HISTORY;
    while (t.length < size) t += `\n\n2001 : Même jalon\nTexte du jalon.`;
    return t;
  };
  const publishing = (size: number): string => {
    let t = `${HISTORY}\n\n2001 : Une année de publications\n`;
    for (let k = 0; t.length < size; k++)
      t += `Le Cime publie *Guide numéro ${k}* (Cime, 2001) avec ses partenaires\n`;
    return t;
  };
  const bestOf5 = (text: string): number => {
    let best = Infinity;
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      cimeHistoryParser.parse({ file: 'x.txt', text });
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };

  it.each([
    ['repeated milestones', repeated],
    ['a long paragraph of publications', publishing],
  ])(
    'stays linear in its input: %s',
    (_, make) => {
      const small = bestOf5(make(150_000));
      const large = bestOf5(make(600_000));
      expect(large / Math.max(small, 5)).toBeLessThan(11);
    },
    60_000,
  );

  it('reads a 600 KB repeated history whole, every id unique', () => {
    const o = cimeHistoryParser.parse({ file: 'x.txt', text: repeated(600_000) });
    const ids = o.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(15_000);
    expect(ids.filter((id) => id.startsWith('cime-jalon-2001-meme-jalon')).at(-1)).toBe(
      `cime-jalon-2001-meme-jalon-${ids.length - 9}`,
    );
    expect(o.publications.length).toBeGreaterThan(0);
    const pubs = cimeHistoryParser.parse({ file: 'x.txt', text: publishing(100_000) });
    const last = pubs.publications.at(-1)!;
    expect(last).toMatchObject({ publisher: 'Cime', year: 2001 });
    expect(splitLines(publishing(100_000))[last.lines[0] - 1]).toContain(last.title);
  });

  it('warns when the history is cut inside its milestones or before its presidents', () => {
    expect(history.warnings.map((w) => w.code)).not.toContain('document-truncated');
    const lines = splitLines(HISTORY);
    const at = (needle: string) => lines.findIndex((l) => l.startsWith(needle));
    const inMilestones = cimeHistoryParser.parse({
      file: 'x.txt',
      text: lines.slice(0, at('2005 :') + 2).join('\n'),
    });
    expect(inMilestones.warnings.find((w) => w.code === 'document-truncated')?.message).toContain(
      'il s’arrête dans les jalons (« 2005 : Amorcer des projets dans les quartiers »)',
    );
    const inPresidents = cimeHistoryParser.parse({
      file: 'x.txt',
      text: lines.slice(0, at('- Jean-Pierre Worms')).join('\n'),
    });
    const w = inPresidents.warnings.filter((x) => x.code === 'document-truncated');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('2 présidents sur les 4 annoncés');
  });

  it('never throws on truncated, shuffled or random text', () => {
    for (const [parser, text] of parsers) {
      const lines = splitLines(text);
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: lines.length }),
          fc.array(fc.nat(), { maxLength: 30 }),
          fc.string({ maxLength: 200 }),
          (cut, swaps, noise) => {
            const l = lines.slice(0, cut);
            for (const s of swaps) {
              if (l.length < 2) break;
              const i = s % l.length;
              const j = (s * 5 + 1) % l.length;
              [l[i], l[j]] = [l[j]!, l[i]!];
            }
            const o = parser.parse({ file: 'x.txt', text: `${l.join('\n')}\n${noise}` });
            expectValid(o);
            const score = parser.recognise(noise);
            expect(score >= 0 && score <= 1).toBe(true);
          },
        ),
        { numRuns: 120 },
      );
    }
  });
});
