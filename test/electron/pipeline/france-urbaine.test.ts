import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Entry, Source, Warning } from '../../../electron/shared/schema';
import { franceUrbaineParser } from '../../../electron/pipeline/france-urbaine';
import type { ParseOutput } from '../../../electron/pipeline/types';

const DIR = resolve(__dirname, '../../../resources/documents');
const FILE = '002_9dfa6f2beeb70477.txt';
const TEXT = readFileSync(join(DIR, FILE), 'utf8');
const LINES = TEXT.split(/\r\n|\r|\n/);
const parse = (text: string, file = FILE): ParseOutput => franceUrbaineParser.parse({ file, text });
const OUT = parse(TEXT);
const cases = OUT.entries.filter((e) => e.kind === 'case');
const texts = OUT.entries.filter((e) => e.kind === 'text');
const byTerritory = (t: string): Entry => {
  const e = cases.find((c) => c.territory === t);
  if (!e) throw new Error(`no case for ${t}`);
  return e;
};

const TOC: [string, string][] = [
  ['Angers Loire Métropole', 'Dispositif SélanC'],
  ["Argenteuil Bezons l'Agglomération", 'Pôle Mécatronique'],
  ['Bordeaux', "La Plateforme de l'Initiative et de la création d'entreprise"],
  ['Grand Dijon', "Plate forme d'accès dynamique à l'emploi"],
  ['Grenoble-Alpes Métropole', "Hôtels d'activités ARTIS (Artisanat et Innovation Sociale)"],
  ['Le Mans Métropole', 'Institut automobile du Mans (IAM)'],
  ['Lyon', 'Coordination de grands recrutements'],
  ['Marseille', "Label EMPL'ITUDE"],
  ['Mulhouse Alsace Agglomération', 'E-nov Campus'],
  ['Nantes Métropole', 'Dispositif des Maraîchers nantais'],
  ["Métropole Nice Côte d'Azur", "Portail pour l'emploi"],
  ['Orléans', "Orlé'emploi"],
  ['Plaine Commune (93)', 'Charte entreprise-territoire'],
  ['Grand Poitiers', "Le Plan Local pour l'Insertion et l'Emploi et son partenariat dans le cadre du RSA"],
  ['Reims', 'Attirer les entreprises et les emplois sur le bassin de Reims'],
  ['Rennes Métropole', "L'exploratoire - M.E.I.F."],
  [
    'Communauté Urbaine de Strasbourg',
    "REVE (Rapprochement entre les Entreprises et les Voisins pour l'Emploi)",
  ],
  ['Toulouse Métropole', "Dispositif d'Accompagnement Renforcé Economique (DARE)"],
  [
    'Tour(s)plus',
    'Ancrage des entreprises installées par création de centres de recherche mixtes public-privé',
  ],
];

describe('franceUrbaineParser.recognise', () => {
  it('recognises the France urbaine document and only it', () => {
    expect(franceUrbaineParser.recognise(TEXT)).toBeGreaterThan(0.8);
    for (const f of readdirSync(DIR).filter((f) => f.endsWith('.txt') && f !== FILE)) {
      expect(franceUrbaineParser.recognise(readFileSync(join(DIR, f), 'utf8'))).toBeLessThan(0.3);
    }
    expect(franceUrbaineParser.recognise('')).toBe(0);
  });
});

describe('franceUrbaineParser on the real document', () => {
  it('describes its source', () => {
    expect(Source.parse(OUT.source)).toMatchObject({
      file: FILE,
      kind: 'france-urbaine',
      title: "France urbaine : le Lab de l'économie et de l'emploi",
      label: 'France urbaine 2012',
      publisher: 'Sémaphores / AMGVF',
      year: 2012,
      lineCount: LINES.length,
    });
    expect(OUT.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(OUT.counts).toMatchObject({ cases: 19, texts: 4 });
    expect(OUT.recognised).toMatch(/19 études de cas/);
  });

  it('finds the 19 cases with the exact TOC territories and titles, in order', () => {
    expect(cases.map((c) => [c.territory, c.title])).toEqual(TOC);
  });

  it('only warns about what the document really lacks', () => {
    for (const w of OUT.warnings) Warning.parse(w);
    expect(OUT.warnings.map((w) => `${w.line} ${w.code}`).sort()).toEqual([
      '1254 empty-part', // Mulhouse: "1 Contexte territorial" has no text
      '1780 contacts-without-heading', // Orléans: no "Pour en savoir plus"
      '2411 empty-part', // Toulouse: "1 Contexte territorial" has no text
    ]);
  });

  it('validates against the Entry schema, with stable unique ids', () => {
    for (const e of OUT.entries) expect(() => Entry.parse(e)).not.toThrow();
    const ids = OUT.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(parse(TEXT).entries.map((e) => e.id)).toEqual(ids);
    expect(byTerritory('Nantes Métropole').id).toBe('fu-nantes-metropole-dispositif-des-maraichers-nantais');
    expect(texts.map((t) => t.id)).toEqual([
      'fu-texte-michel-destot',
      'fu-texte-pierre-ferracci',
      'fu-texte-philippe-maitreau',
      'fu-texte-alain-petitjean',
    ]);
  });

  it('keeps the raw lines and their range for every entry', () => {
    for (const e of OUT.entries) {
      expect(e.raw).toBe(LINES.slice(e.lines[0] - 1, e.lines[1]).join('\n'));
      expect(e.raw.trim()).not.toBe('');
      for (const s of e.sections) {
        expect(s.lines![0]).toBeGreaterThanOrEqual(e.lines[0]);
        expect(s.lines![1]).toBeLessThanOrEqual(e.lines[1]);
      }
    }
    // A case starts at its title heading, or at its first part when it has no title heading.
    expect(LINES[byTerritory('Nantes Métropole').lines[0] - 1]).toBe('## Dispositif des Maraîchers nantais');
    expect(LINES[byTerritory('Orléans').lines[0] - 1]).toBe('## 1 Contexte territorial');
    expect(LINES[byTerritory('Rennes Métropole').lines[0] - 1]).toBe('### 1 Contexte territorial');
    // The back cover is not part of the last case.
    expect(byTerritory('Tour(s)plus').raw).not.toMatch(/rue Joubert/);
  });

  it('reads the seven parts and the contacts of every case', () => {
    const keys = [
      'context',
      'presentation',
      'vision',
      'operations',
      'governance',
      'effects',
      'innovation',
      'contacts',
    ];
    for (const c of cases) expect(c.sections.map((s) => s.key)).toEqual(keys);
    const nantes = byTerritory('Nantes Métropole');
    // The seven parts are numbered in their order, whatever the document did: « 1 Contexte »,
    // « Présentation » unnumbered, « 2 L'ambition », « ## 6 » on its own line, a bare « 6 ».
    expect(nantes.sections.map((s) => s.heading)).toEqual([
      '1. Contexte territorial',
      "2. Présentation de l'action",
      "3. L'ambition : visions d'élus",
      '4. Regard opérationnel',
      '5. La gouvernance du projet',
      "6. L'effet dynamique de l'action",
      "7. Caractéristiques innovantes de l'action et conditions de transférabilité",
      'Pour en savoir plus...',
    ]);
    for (const c of cases) {
      expect(c.sections.slice(0, 7).map((s) => s.heading.slice(0, 3))).toEqual([
        '1. ',
        '2. ',
        '3. ',
        '4. ',
        '5. ',
        '6. ',
        '7. ',
      ]);
    }
    expect(byTerritory('Grand Dijon').sections[6]!.heading).toBe(
      "7. Caractéristiques innovantes de l'action et conditions de transférabilité",
    );
    expect(byTerritory('Plaine Commune (93)').sections[6]!.heading).toMatch(/^7\. Caractéristiques/);
    // "#### 4 La gouvernance" (inconsistent level) is still a part.
    expect(byTerritory('Toulouse Métropole').sections[4]!.text).toMatch(/Comité de Pilotage/);
    // A sub-heading "Contexte en 2004" stays inside the presentation, as a sub-heading.
    expect(nantes.sections[1]!.text).toContain('\n\n### Contexte en 2004\n\nLe secteur Maraîcher');
  });

  it('keeps sub-headings and nested lists as such, and photo captions out of the text', () => {
    const nantes = byTerritory('Nantes Métropole');
    expect(nantes.sections[0]!.text).toContain(
      "Elle se structure autour de trois axes d'intervention :\n  - transformer le développement économique en opportunités d'emploi,\n  - prendre en charge",
    );
    expect(nantes.sections[3]!.text).toContain("### En amont de l'emploi\n\n- Améliorer l'identification");
    expect(nantes.sections[5]!.text).toContain('### Bilan des actions menées');
    const innovation = nantes.sections[6]!;
    expect(innovation.captions).toEqual([
      'La cueillette des tomates',
      'Tracteur transportant des plants de poireaux',
    ]);
    const all = OUT.entries.flatMap((e) => e.sections.map((s) => s.text)).join('\n');
    for (const caption of [
      'La cueillette des tomates',
      'Tracteur transportant',
      'Intérieur de la Fonderie',
      'Cyclotron2@',
      'Exploratoire en 3D',
    ]) {
      expect(all).not.toContain(caption);
    }
    // A quote's author and a note stay in the text.
    expect(all).toContain('Jean-Marie Bockel, président de la M2A');
    expect(all).toContain('A noter : 81 % des personnes ont moins de 30 ans');
    // Only the documented structure: "### " and "#### " paragraphs, "- " and "  - " items.
    const lines = OUT.entries.flatMap((e) => e.sections.flatMap((s) => s.text.split('\n')));
    expect(lines.filter((l) => l.startsWith('#') && !/^#{3,4} [^\s•]/.test(l))).toEqual([]);
    expect(lines.filter((l) => /^\s/.test(l) && !/^ {2}- \S/.test(l))).toEqual([]);
    expect(lines.filter((l) => /^#{3,4} /.test(l)).length).toBeGreaterThan(50);
    expect(lines.filter((l) => l.startsWith('  - ')).length).toBeGreaterThan(10);
  });

  it('keeps two levels of sub-headings, in the order the part gives them whatever its marks', () => {
    // Nantes, « 5 L'effet dynamique »: « #### Bilan des actions menées » then « ##### En amont
    // de l'emploi » under it.
    const effects = byTerritory('Nantes Métropole').sections[5]!.text;
    expect(effects).toContain("### Bilan des actions menées\n\n#### En amont de l'emploi\n\n");
    expect(effects).toContain("#### En aval de l'emploi");
    // Bordeaux, « 3 Regard opérationnel »: « #### Un programme d'actions… » holds four
    // « ##### • des ateliers… », the bullet no part of their heading.
    const operations = byTerritory('Bordeaux').sections[3]!.text;
    expect(operations).toContain("### Un programme d'actions répondant aux différents besoins du créateur");
    expect(operations).toContain('#### des ateliers Balise "Et si je créais mon entreprise ?"');
    expect(operations.match(/^#### /gm)).toHaveLength(4);
    // Strasbourg, « 3 Regard opérationnel »: « ### Objectif 1 : » then « #### *Le recrutement* ».
    const reve = byTerritory('Communauté Urbaine de Strasbourg').sections[3]!.text;
    expect(reve).toContain('### Objectif 2\n\n#### Le recrutement');
    // A part whose only sub-headings are deep (« #### En amont de l'emploi » in Nantes's
    // operations) has them at the first level.
    expect(byTerritory('Nantes Métropole').sections[3]!.text).not.toContain('#### ');
  });

  it('cleans the text: no markdown, paragraphs split by a blank line, page breaks joined', () => {
    for (const e of OUT.entries) {
      for (const s of e.sections) {
        expect(s.text).not.toMatch(/\*\*|^#(?!###? )|\]\(|<sup>/m);
        expect(s.text).not.toMatch(/\n{3,}/);
      }
    }
    const destot = texts[0]!.sections[0]!.text;
    expect(destot).toMatch(/Je remercie tout particulièrement Philippe Maitreau/);
    expect(destot.split('\n\n').length).toBeGreaterThanOrEqual(5);
    expect(destot).toMatch(/12e Conférence des Villes/);
  });

  it('reads Nantes Métropole', () => {
    const e = byTerritory('Nantes Métropole');
    expect(e).toMatchObject({
      department: 'Loire-Atlantique',
      departmentCode: '44',
      region: 'Pays de la Loire',
      organisation: "Maison de l'emploi de l'agglomération nantaise",
      year: 2012,
      themes: [],
      websites: ['http://www.maraichersnantais.fr/php/index.php?MenuItem=6'],
      emails: ['karine.gingreau@nantesmetropole.fr', 'etesch@me-metropole-nantaise.org'],
      phones: ['02 40 99 31 59', '06 88 63 78 70'],
    });
    expect(e.people).toEqual([
      {
        name: 'Karine Gingreau',
        role: "Nantes Métropole, Direction de l'Emploi et de l'innovation Sociale",
        email: 'karine.gingreau@nantesmetropole.fr',
        phone: '02 40 99 31 59',
      },
      {
        name: 'Eric Tesch',
        role: "Maison de l'Emploi de l'agglomération nantaise",
        email: 'etesch@me-metropole-nantaise.org',
        phone: '06 88 63 78 70',
      },
    ]);
    expect(e.officials).toHaveLength(1);
    expect(e.officials[0]).toMatchObject({ name: 'Patrick Rimbart' });
    expect(e.officials[0]!.role).toMatch(/^maire de Nantes, vice-président de Nantes Métropole/);
    expect(e.summary).toMatch(/^Le dispositif des Maraichers Nantais a comme objectif/);
  });

  it('reads Plaine Commune (93)', () => {
    const e = byTerritory('Plaine Commune (93)');
    expect(e).toMatchObject({
      department: 'Seine-Saint-Denis',
      departmentCode: '93',
      organisation: 'Plaine Commune',
      websites: ['http://www.plainecommune.fr/page/p-381/art_id/'],
      emails: ['laure.houpert@plainecommune.com.fr'],
      phones: [],
    });
    expect(e.people).toEqual([
      {
        name: 'Laure Houpert',
        role: 'Direction du développement économique',
        email: 'laure.houpert@plainecommune.com.fr',
        phone: null,
      },
    ]);
    expect(e.officials.map((o) => o.name)).toEqual(['Pierre Quay-Thevenon']);
    expect(e.officials[0]!.role).toMatch(/Présidence de la C\.A\.O\.$/);
  });

  it('reads Lyon', () => {
    const e = byTerritory('Lyon');
    expect(e).toMatchObject({
      department: 'Rhône',
      departmentCode: '69',
      organisation: "Maison de l'Emploi et de la Formation de Lyon",
      phones: ['04 78 60 20 82'],
      emails: ['contact@mdef-lyon.fr'],
    });
    expect(e.websites[0]).toBe('http://www.mdef-lyon.fr');
    expect(e.people).toEqual([
      {
        name: 'Vincent Beley',
        role: "Directeur de la Maison de l'emploi",
        email: 'contact@mdef-lyon.fr',
        phone: '04 78 60 20 82',
      },
    ]);
    // The quotation that follows the signature is not an official.
    expect(e.officials.map((o) => o.name)).toEqual(['Anne-Sophie Condemine']);
  });

  it('reads Tour(s)plus', () => {
    const e = byTerritory('Tour(s)plus');
    expect(e).toMatchObject({
      department: 'Indre-et-Loire',
      departmentCode: '37',
      region: 'Centre',
      organisation: "Communauté d'agglomération Tour(s)plus",
      websites: ['http://www.agglo-tours.fr/'],
      emails: ['v.secheret@agglo-tours.fr'],
      phones: ['06 08 41 58 77'],
    });
    expect(e.people).toEqual([
      {
        name: 'Valérie Sécheret',
        role: 'Directrice du Développement économique',
        email: 'v.secheret@agglo-tours.fr',
        phone: '06 08 41 58 77',
      },
    ]);
    expect(e.officials).toEqual([
      {
        name: 'Jean Germain',
        role: "sénateur-maire de Tours, président de la Communauté d'agglomération Tour(s)plus",
        email: null,
        phone: null,
      },
    ]);
  });

  it('reads the two cases without a title heading (Orléans, Rennes Métropole)', () => {
    const orleans = byTerritory('Orléans');
    expect(orleans).toMatchObject({
      title: "Orlé'emploi",
      department: 'Loiret',
      departmentCode: '45',
      organisation: "Mairie d'Orléans",
      websites: ['http://www.orleans.fr'],
      emails: ['cornier@ville-orleans.fr'],
      phones: ['02 38 68 46 95'],
    });
    expect(orleans.people).toEqual([
      {
        name: 'Céline Cornier',
        role: 'Responsable du suivi des dispositifs Insertion, Mission Insertion',
        email: 'cornier@ville-orleans.fr',
        phone: '02 38 68 46 95',
      },
    ]);
    expect(orleans.officials.map((o) => o.name)).toEqual(['Isabelle Baranger']);
    // Its contacts are not left in the innovation part.
    expect(orleans.sections[6]!.text).not.toMatch(/Céline Cornier/);

    const rennes = byTerritory('Rennes Métropole');
    expect(rennes).toMatchObject({
      title: "L'exploratoire - M.E.I.F.",
      department: 'Ille-et-Vilaine',
      departmentCode: '35',
      emails: ['t.riou@meif-bassinrennes.fr'],
      phones: ['02 99 67 00 86', '06 79 95 03 46'],
    });
    expect(rennes.websites[0]).toBe('http://www.exploratoire.com');
    expect(rennes.people[0]).toMatchObject({ name: 'Tiphaine Riou', email: 't.riou@meif-bassinrennes.fr' });
    expect(rennes.officials.map((o) => o.name)).toEqual(['Gwenaële Hamon']);
  });

  it('places every case in a department and names one official at least', () => {
    for (const c of cases) {
      expect(c.department, c.territory ?? '').not.toBeNull();
      expect(c.region).not.toBeNull();
      expect(c.organisation).not.toBeNull();
      expect(c.officials.length, c.territory ?? '').toBeGreaterThanOrEqual(1);
      expect(c.people.length, c.territory ?? '').toBeGreaterThanOrEqual(1);
      expect(c.emails.length).toBeGreaterThanOrEqual(1);
      expect(c.summary.length).toBeGreaterThan(40);
    }
    const poitiers = byTerritory('Grand Poitiers');
    expect(poitiers.people.map((p) => p.name)).toEqual(['El Mustapha Belgsir', 'Caroline Artero-Rousselot']);
    expect(poitiers.people[1]).toMatchObject({
      role: 'responsable du pôle Coordination Emploi, Service Développement Economique et Emploi',
      phone: '05 49 52 35 97',
    });
    const strasbourg = byTerritory('Communauté Urbaine de Strasbourg');
    expect(strasbourg.department).toBe('Bas-Rhin');
    expect(strasbourg.people.map((p) => [p.name, p.email, p.phone])).toEqual([
      ['Pascale Diebolt', 'pascale.diebolt@mlpe.eu', '03 90 40 44 67'],
      ['Sylvie Vigneron', 'svigneron@maisonemploi-strasbourg.org', '03 88 45 96 24'],
    ]);
    expect(byTerritory('Toulouse Métropole').phones).toEqual(['05 81 91 72 08']);
    expect(byTerritory("Argenteuil Bezons l'Agglomération").departmentCode).toBe('95');
  });

  it('reads the four foreword texts with their authors', () => {
    expect(texts.map((t) => [t.title, t.people[0]!.name])).toEqual([
      ['Mot de Michel Destot', 'Michel Destot'],
      ['Editorial de Pierre Ferracci', 'Pierre Ferracci'],
      ['Point de vue de Philippe Maitreau', 'Philippe Maitreau'],
      ["Analyse d'Alain Petitjean", 'Alain Petitjean'],
    ]);
    for (const t of texts) {
      expect(t.territory).toBeNull();
      expect(t.sections.every((s) => s.key === 'body')).toBe(true);
      expect(t.people[0]!.role).toBeTruthy();
    }
    expect(texts[1]!.people[0]!.role).toBe('président du Groupe Alpha');
    expect(texts[3]!.sections.map((s) => s.heading.slice(0, 2))).toEqual(['1.', '2.', '3.']);
    // Forewords end at the running title, before the first case.
    expect(texts[3]!.lines[1]).toBeLessThan(byTerritory('Angers Loire Métropole').lines[0]);
  });
});

describe('franceUrbaineParser on hostile input', () => {
  const check = (text: string): ParseOutput => {
    const out = parse(text, 'hostile.txt');
    for (const e of out.entries) Entry.parse(e);
    for (const w of out.warnings) Warning.parse(w);
    Source.parse(out.source);
    // The parser's last-resort catch must never be what saved it.
    expect(out.warnings.filter((w) => w.code === 'parser-crashed')).toEqual([]);
    return out;
  };

  it('survives truncation at any offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TEXT.length }), (cut) => {
        const out = check(TEXT.slice(0, cut));
        for (const e of out.entries) expect(e.lines[1]).toBeLessThanOrEqual(out.source.lineCount);
      }),
      { numRuns: 40 },
    );
  });

  it('warns about TOC lines whose case is cut off', () => {
    const half = LINES.slice(0, 1300).join('\n');
    const out = check(half);
    expect(out.warnings.some((w) => w.code === 'toc-case-not-found')).toBe(true);
    expect(out.entries.filter((e) => e.kind === 'case').map((e) => e.territory)).toEqual(
      TOC.slice(0, 9).map(([t]) => t),
    );
  });

  it('says in one warning that a cut document lost cases its table of contents announces', () => {
    expect(parse(TEXT, 'whole.txt').warnings.map((w) => w.code)).not.toContain('document-truncated');
    for (const keep of [0.3, 0.6, 0.95]) {
      const out = check(LINES.slice(0, Math.floor(LINES.length * keep)).join('\n'));
      const cases = out.entries.filter((e) => e.kind === 'case').length;
      const w = out.warnings.filter((x) => x.code === 'document-truncated');
      expect(w, `cut at ${keep}`).toHaveLength(1);
      expect(w[0]!.message).toContain(
        `annonce 19 études de cas et 4 textes, le document en contient ${cases} et`,
      );
    }
  });

  it('without its table of contents, still finds the cases and the texts, and says so', () => {
    const out = check(LINES.slice(40).join('\n'));
    expect(out.warnings.map((w) => w.code)).toContain('no-toc');
    expect(out.counts).toMatchObject({ cases: 19, texts: 4 });
    expect(out.entries.find((e) => e.kind === 'text' && e.title === "Texte d'Alain Petitjean")).toBeDefined();
    const selanc = out.entries.find((e) => e.title === 'Dispositif SélanC');
    expect(selanc).toMatchObject({ territory: null, id: 'fu-dispositif-selanc' });
  });

  it('keeps a case whose TOC line is missing, under its own heading', () => {
    const out = check([...LINES.slice(0, 20), ...LINES.slice(21)].join('\n'));
    const cases = out.entries.filter((e) => e.kind === 'case');
    expect(cases).toHaveLength(19);
    expect(cases[1]).toMatchObject({ title: 'Pôle Mécatronique', territory: null });
    expect(cases[2]).toMatchObject({ territory: 'Bordeaux' });
    expect(out.warnings.map((w) => w.code)).toContain('case-not-in-toc');
  });

  it('survives shuffled lines', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(LINES, { minLength: 0, maxLength: LINES.length }), (lines) => {
        check(lines.join('\n'));
      }),
      { numRuns: 20 },
    );
  });

  it('reads a doubled document without duplicate ids', () => {
    const out = check(`${TEXT}\n${TEXT}`);
    const ids = out.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(out.entries.filter((e) => e.kind === 'case')).toHaveLength(38);
    expect(out.warnings.some((w) => w.code === 'case-repeated')).toBe(true);
  });

  it('survives random binary and empty input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        check(Buffer.from(bytes).toString('utf8'));
      }),
      { numRuns: 50 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        check(s);
      }),
      { numRuns: 50 },
    );
    const empty = check('');
    expect(empty.entries).toEqual([]);
    expect(empty.warnings.length).toBeGreaterThan(0);
  });

  it('survives document fragments spliced together', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(LINES.length), fc.nat(200)), { maxLength: 8 }), (cuts) => {
        check(cuts.map(([at, len]) => LINES.slice(at, at + len).join('\n')).join('\n'));
      }),
      { numRuns: 30 },
    );
  });
});
