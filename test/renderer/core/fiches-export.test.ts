import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../electron/pipeline/index';
import { readDocuments } from '../../../electron/cli/documents';
import { Catalogue, type Entry } from '../../../electron/shared/schema';
import {
  fichesToCatalogue,
  fichesToJson,
  fichesToMarkdown,
  MAX_FICHES_IMPORT_ITEMS,
  parseFichesJson,
  planFichesImport,
  type ParsedFiche,
} from '../../../renderer/src/core/fiches-export';
import { entryToFields, ficheToEntry } from '../../../renderer/src/core/fiche-entry';
import { FICHE_CAPS, FicheFields, type FicheRow } from '../../../renderer/src/db/fiche-rows';
import { SNIPPETS } from './annotations-export/arbitraries';

const HOSTILE = SNIPPETS.join(' ');

function row(id: string, patch: Record<string, unknown> = {}, at = 1_700_000_000_000): FicheRow {
  return {
    id,
    createdAt: at,
    updatedAt: at + 1,
    fields: FicheFields.parse({
      title: 'Garage solidaire du Pays de Redon',
      territory: 'Pays de Redon',
      departmentCode: '35',
      organisation: 'Mobil’Emploi',
      people: [
        { name: 'Anne Le Guen', role: 'coordinatrice', email: 'anne@example.org', phone: '02 99 00 00 00' },
      ],
      emails: 'garage@example.org',
      phones: '02 99 71 00 00',
      websites: 'www.example.org',
      year: '2021',
      themes: ['Mobilité'],
      sections: {
        context: 'Un territoire **rural**.\n\n- sans bus\n- sans gare',
        presentation: '# Le garage\n\nDes voitures *réparées* et prêtées.',
      },
      audience: 'Demandeurs d’emploi sans voiture',
      stage: 'running',
      funders: 'Région Bretagne\nFSE',
      budget: '120 000 € par an',
      budgetYear: '2022',
      results: [{ result: '45 personnes en emploi', measure: 'suivi à six mois' }],
      prerequisites: 'Un local.',
      ...patch,
    }),
  };
}

const A = 'fiche-00000000-0000-4000-8000-000000000001';
const B = 'fiche-00000000-0000-4000-8000-000000000002';

describe('JSON in the catalogue schema', () => {
  it('is a catalogue the app’s own schema accepts, with the new facts', () => {
    const parsed = Catalogue.parse(JSON.parse(fichesToJson([row(A)])));
    expect(parsed.sources).toEqual([expect.objectContaining({ kind: 'user-fiche', label: 'Mes fiches' })]);
    const e = parsed.entries[0]!;
    expect(e).toMatchObject({
      id: A,
      kind: 'case',
      department: 'Ille-et-Vilaine',
      region: 'Bretagne',
      year: 2021,
      stage: 'running',
      audience: 'Demandeurs d’emploi sans voiture',
      funding: { funders: ['Région Bretagne', 'FSE'], budget: '120 000 € par an', year: 2022 },
      results: [{ result: '45 personnes en emploi', measure: 'suivi à six mois' }],
    });
    expect(e.sections.map((s) => [s.key, s.text])).toEqual([
      ['context', 'Un territoire rural.\n\n- sans bus\n- sans gare'],
      ['presentation', '### Le garage\n\nDes voitures réparées et prêtées.'],
    ]);
  });

  it('comes back word for word, Markdown included', () => {
    // A title is one line (typed in an input): its spaces are the catalogue's, the rest as typed.
    const rows = [
      row(A),
      row(B, { title: HOSTILE.replace(/\s+/g, ' ').trim(), sections: { context: HOSTILE } }),
    ];
    const parsed = parseFichesJson(fichesToJson(rows));
    expect(parsed).toMatchObject({ ok: true, rejected: [] });
    const back = parsed.ok ? parsed.fiches : [];
    expect(back.map((f) => f.id)).toEqual([A, B]);
    expect(back.map((f) => f.fields)).toEqual(rows.map((r) => r.fields));
  });

  it('keeps a part at its cap, and cuts to the cap what a foreign file makes longer', () => {
    const big = 'x'.repeat(FICHE_CAPS.section);
    const parsed = parseFichesJson(fichesToJson([row(A, { sections: { context: big } })]));
    expect(parsed.ok && parsed.fiches[0]!.fields.sections.context).toBe(big);
    const e = ficheToEntry(row(A));
    const longer = {
      ...e,
      title: 't'.repeat(5000),
      sections: [{ ...e.sections[0]!, markdown: 'y'.repeat(300_000) }],
    };
    const fields = entryToFields(longer);
    expect(fields.title).toHaveLength(FICHE_CAPS.short);
    expect(fields.sections.context).toHaveLength(FICHE_CAPS.section);
  });

  it('imports the bundled catalogue’s entries as fiches, each with its parts and facts', () => {
    const { catalogue } = buildCatalogue(readDocuments());
    const parsed = parseFichesJson(JSON.stringify(catalogue));
    expect(parsed.ok).toBe(true);
    const fiches = parsed.ok ? parsed.fiches : [];
    expect(fiches).toHaveLength(catalogue.entries.length);
    // Bundled ids are not fiche ids: they get new ones on import.
    expect(fiches.every((f) => f.id === null)).toBe(true);
    const nantes = catalogue.entries.find((e) => e.sections.some((s) => s.key === 'effects'))!;
    const f = fiches[catalogue.entries.indexOf(nantes)]!.fields;
    expect(f.title).toBe(nantes.title);
    expect(f.sections.effects).toBe(nantes.sections.find((s) => s.key === 'effects')!.text);
  });
});

describe('hostile or wrong input', () => {
  const refused = (text: string) => {
    const r = parseFichesJson(text);
    return r.ok ? null : r.message;
  };
  it('not JSON', () => expect(refused('{"schemaVersion": 1, ')).toMatch(/pas du JSON valide/));
  it('not a catalogue', () => {
    expect(refused('[1, 2]')).toMatch(/pas un catalogue de fiches/);
    expect(refused('{"schemaVersion": 2, "entries": []}')).toMatch(/schemaVersion/);
    expect(refused('{"schemaVersion": 1, "entries": {}}')).toMatch(/entries/);
    expect(refused('null')).toMatch(/pas un catalogue/);
  });
  it('too many entries', () =>
    expect(
      refused(JSON.stringify({ schemaVersion: 1, entries: new Array(MAX_FICHES_IMPORT_ITEMS + 1).fill(0) })),
    ).toMatch(/plus de 10/));
  it('sets each invalid entry aside with its place and a French reason, imports the others', () => {
    const good = ficheToEntry(row(A));
    const entries: unknown[] = [
      good,
      { ...good, title: '' },
      { ...good, year: 'deux mille' },
      { ...good, sections: [{ key: 'mystery', heading: 'x', text: 'y' }] },
      { ...good, id: 'Pas un id' },
      { ...good, stage: 'finished' },
      42,
      null,
      { ...good, __proto__: { polluted: true }, title: 'Prototype' },
    ];
    const r = parseFichesJson(JSON.stringify({ schemaVersion: 1, entries }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fiches.map((f) => f.fields.title)).toEqual([good.title, 'Prototype']);
    expect(r.rejected).toEqual([
      { where: 'Fiche n° 2', reason: 'titre : vide' },
      { where: `Fiche n° 3 « ${good.title} »`, reason: 'année : absent ou de type inattendu' },
      { where: `Fiche n° 4 « ${good.title} »`, reason: 'nom de partie : valeur inattendue' },
      { where: `Fiche n° 5 « ${good.title} »`, reason: 'identifiant : format incorrect' },
      { where: `Fiche n° 6 « ${good.title} »`, reason: 'stade : valeur inattendue' },
      { where: 'Fiche n° 7', reason: 'ce n’est pas une fiche' },
      { where: 'Fiche n° 8', reason: 'ce n’est pas une fiche' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('an import never overwrites', () => {
  const mine = [row(A)];
  const incoming = (fields: FicheFields, id: string | null = A): ParsedFiche => ({ id, fields });
  let next = 0;
  const newId = () => `fiche-new-${++next}`;
  beforeAll(() => {
    next = 0;
  });
  it('skips a fiche already here word for word, adds a changed one beside the original', () => {
    const same = planFichesImport(mine, [incoming(row(A).fields)], newId, 5);
    expect(same).toMatchObject({ added: 0, unchanged: 1, put: [] });
    const changed = planFichesImport(mine, [incoming(row(A, { title: 'Autre titre' }).fields)], newId, 5);
    expect(changed.put).toEqual([
      { id: 'fiche-new-1', fields: row(A, { title: 'Autre titre' }).fields, createdAt: 5, updatedAt: 5 },
    ]);
    const other = row(B, { title: 'Épicerie solidaire' }).fields;
    const fresh = planFichesImport(mine, [incoming(other, B), incoming(other, null)], newId, 5);
    // The same fiche twice in one file comes in once.
    expect(fresh).toMatchObject({ added: 1, unchanged: 1 });
    expect(fresh.put.map((r) => r.id)).toEqual([B]);
  });
});

describe('Markdown', () => {
  it('keeps markup typed in a fiche as words: no HTML, no stray structure', () => {
    const md = fichesToMarkdown([
      row(A, { title: '# <img src=x onerror=alert(1)>', sections: { context: '<script>alert(1)</script>' } }),
    ]);
    expect(md).not.toMatch(/^# <img/m);
    expect(md).toContain('## \\# \\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\<script>alert(1)\\</script>');
    expect(md).not.toMatch(/(^|[^\\])<script/);
  });

  it('writes a fiche at every cap without failing', () => {
    const huge = row(A, {
      title: 'T'.repeat(FICHE_CAPS.short),
      sections: { context: 'c'.repeat(FICHE_CAPS.section), effects: 'e'.repeat(FICHE_CAPS.section) },
      prerequisites: 'p'.repeat(FICHE_CAPS.text),
    });
    expect(fichesToMarkdown([huge]).length).toBeGreaterThan(2 * FICHE_CAPS.section);
  });
});

describe('the entry a fiche becomes', () => {
  it('is named « Fiche sans titre » until it has a title, and has no year until one is written in full', () => {
    const e: Entry = ficheToEntry(row(A, { title: '  ', year: '20' }));
    expect(e.title).toBe('Fiche sans titre');
    expect(e.year).toBeNull();
  });
  it('reads the fixture of an earlier export the same way (a catalogue file round trip is stable)', () => {
    const once = fichesToCatalogue([row(A)]);
    const parsed = parseFichesJson(JSON.stringify(once));
    const again = parsed.ok
      ? fichesToCatalogue(parsed.fiches.map((f) => ({ ...row(A), fields: f.fields })))
      : null;
    expect(again).toEqual(once);
  });
});

// Keep the hostile snippets meaningful: they must hold markup and control characters.
it('hostile snippets hold markup', () => {
  expect(HOSTILE).toContain('<script>');
  expect(readFileSync).toBeDefined();
});
