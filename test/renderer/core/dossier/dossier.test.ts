// A collection as a dossier, on a real VITA entry with the user's corrections, highlights and
// notes, and on hostile text: Markdown structure comes only from Repères.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../../electron/pipeline';
import { readDocuments } from '../../../../electron/cli/documents';
import { toItems } from '../../../../electron/shared/items';
import { buildDossier, dossierMarkdown } from '../../../../renderer/src/core/dossier';
import { describe as describeRange } from '../../../../renderer/src/core/anchoring';
import { emptyData } from '../../../../renderer/src/core/annotations-export';
import { DEFAULT_COLORS } from '../../../../renderer/src/db/defaults';

const items = toItems(buildCatalogue(readDocuments()).catalogue);
const byId = new Map(items.map((i) => [i.id, i]));
const ISACTYS = 'vita-maison-emploi-et-services-animee-par-un-groupe-d-economie';
const presentation = byId.get(ISACTYS)!.entry!.sections[0]!.text;
const T = Date.UTC(2026, 11, 6, 10, 0);

function data() {
  const d = emptyData();
  d.colors = DEFAULT_COLORS.map((c) => ({ ...c }));
  d.collections = [
    { id: 'c1', name: 'Visite # Isère', description: '', order: 0, createdAt: T, updatedAt: T },
  ];
  d.collectionItems = [
    { id: 'i1', collectionId: 'c1', targetId: ISACTYS, order: 0, addedAt: T },
    { id: 'i2', collectionId: 'c1', targetId: 'gone-entry', order: 1, addedAt: T },
  ];
  const at = presentation.indexOf('depuis 1986');
  const { quote, position } = describeRange(presentation, at, at + 'depuis 1986'.length);
  d.corrections = [
    {
      id: 'k1',
      targetId: ISACTYS,
      corrected: 'Isère et Savoie',
      comment: '',
      createdAt: T,
      updatedAt: T,
      kind: 'fact',
      field: 'territory',
      original: 'Isère',
    },
    {
      id: 'k2',
      targetId: ISACTYS,
      corrected: 'depuis 1987',
      comment: '',
      createdAt: T,
      updatedAt: T,
      kind: 'passage',
      sectionRef: 'presentation:0',
      quote: { type: 'TextQuoteSelector', ...quote },
      position: { type: 'TextPositionSelector', ...position },
    },
  ];
  d.highlights = [
    {
      id: 'h1',
      targetId: ISACTYS,
      sectionRef: 'presentation:0',
      quote: { type: 'TextQuoteSelector', ...quote },
      position: { type: 'TextPositionSelector', ...position },
      colorId: DEFAULT_COLORS[0]!.id,
      comment: '[clic](javascript:alert(1)) <img src=x onerror=alert(1)>',
      tags: ['# titre'],
      createdAt: T,
      updatedAt: T,
    },
  ];
  d.notes = [
    {
      id: 'n1',
      targetId: ISACTYS,
      body: '**Appeler** le directeur\n<script>alert(1)</script>',
      createdAt: T,
      updatedAt: T,
    },
    { id: 'n2', targetId: 'gone-entry', body: 'Reste de ma visite', createdAt: T, updatedAt: T },
  ];
  return d;
}

describe('dossier of a collection', () => {
  const dossier = buildDossier('c1', data(), (id) => byId.get(id), T)!;

  it('gives per entry its facts as corrected, contacts, corrected passages, highlights and notes', () => {
    expect(dossier.entries.map((e) => [e.id, e.missing])).toEqual([
      [ISACTYS, false],
      ['gone-entry', true],
    ]);
    const [isactys, gone] = dossier.entries;
    expect(isactys!.facts.find((f) => f.label === 'Territoire')).toEqual({
      label: 'Territoire',
      value: 'Isère et Savoie',
      original: 'Isère',
    });
    expect(isactys!.facts.find((f) => f.label === 'Structure')).toEqual({
      label: 'Structure',
      value: 'Groupe ISACTYS',
    });
    expect(isactys!.contacts.map((c) => c.name || c.organisation)).toEqual([
      'Hubert PETITPREZ',
      'Groupe ISACTYS',
    ]);
    expect(isactys!.contacts[0]!.territory).toBe('Isère et Savoie');
    expect(isactys!.corrections).toEqual([
      { heading: 'Présentation', original: 'depuis 1986', corrected: 'depuis 1987', orphan: false },
    ]);
    expect(isactys!.highlights.map((h) => h.quote)).toEqual(['depuis 1986']);
    expect(gone!.notes.map((n) => n.body)).toEqual(['Reste de ma visite']);
  });

  it('writes Markdown whose structure comes only from Repères, the user’s text escaped', () => {
    const md = dossierMarkdown(dossier);
    expect(md).toMatch(/^# Dossier : Visite \\# Isère\n/);
    expect(md).toContain('## 1. Maison emploi et services animée par un groupe d’économie sociale');
    expect(md).toContain('- **Territoire** : Isère et Savoie — **corrigé** (texte d’origine : Isère)');
    expect(md).toContain('- Hubert PETITPREZ, Directeur');
    expect(md).toContain('> depuis 1987');
    expect(md).toContain('Commentaire : \\[clic\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('Étiquettes : \\# titre');
    // A note stays the user's Markdown, raw HTML neutralised.
    expect(md).toContain('> **Appeler** le directeur\n> &lt;script>alert(1)&lt;/script>');
    expect(md).toContain('## 2. Élément absent du catalogue (gone-entry)');
    // Every heading is one Repères wrote.
    expect(md.split('\n').filter((l) => /^#/.test(l))).toEqual([
      '# Dossier : Visite \\# Isère',
      '## 1. Maison emploi et services animée par un groupe d’économie sociale',
      '### Repères clés',
      '### Contacts',
      '### Passages corrigés',
      '### Passages surlignés',
      '### Notes',
      '## 2. Élément absent du catalogue (gone-entry)',
      '### Notes',
    ]);
    // Markup reaches the file only escaped (\<) or as an entity.
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/m);
  });

  it('is null for a collection that no longer exists', () => {
    expect(buildDossier('nope', data(), (id) => byId.get(id), T)).toBeNull();
  });
});
