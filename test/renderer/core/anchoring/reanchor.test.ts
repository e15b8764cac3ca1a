// A new version of a document whose text shifted: entries matched by id or by title, highlights
// found again at their new place, one whose passage is gone kept as an orphan.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../electron/pipeline/generic';
import type { Entry } from '../../../../electron/shared/schema';
import { anchor, describe as describeRange } from '../../../../renderer/src/core/anchoring';
import { matchEntries, reanchorHighlights } from '../../../../renderer/src/core/anchoring/reanchor';
import { entryIdPrefix, namespaced } from '../../../../renderer/src/core/imported-documents';
import { sectionRefs } from '../../../../renderer/src/core/sections';
import { HighlightRow } from '../../../../renderer/src/db/rows';
import { V1, V2 } from './versions';

async function entriesOf(text: string, name: string): Promise<{ sha: string; entries: Entry[] }> {
  const result = await importDocument(new TextEncoder().encode(text), name);
  if (!result.ok) throw new Error(result.error.message);
  const d = result.value;
  return { sha: d.sha256, entries: namespaced(d.sha256, d.source, d.entries, d.source.title).entries };
}

function highlightOn(entry: Entry, key: string, exact: string, id: string): HighlightRow {
  const refs = sectionRefs(entry.sections);
  const index = refs.indexOf(key);
  const text = entry.sections[index]!.text;
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`${exact} not in ${key}`);
  const { quote, position } = describeRange(text, start, start + exact.length);
  return HighlightRow.parse({
    id,
    targetId: entry.id,
    sectionRef: key,
    quote: { type: 'TextQuoteSelector', ...quote },
    position: { type: 'TextPositionSelector', ...position },
    colorId: 'jaune',
    createdAt: 1,
    updatedAt: 1,
  });
}

const v1 = await entriesOf(V1, 'recueil-trois-initiatives.md');
// Renamed file: the entries' ids change, their titles do not.
const v2 = await entriesOf(V2, 'recueil-2020.md');
const byTitle = (list: Entry[], t: string) => list.find((e) => e.title.startsWith(t))!;

describe('matching the entries of two versions', () => {
  it('matches by title when the ids changed, and leaves a new entry unmatched', () => {
    const map = matchEntries(v1.entries, entryIdPrefix(v1.sha), v2.entries, entryIdPrefix(v2.sha));
    expect(v2.entries).toHaveLength(4);
    expect(map.size).toBe(3);
    for (const t of ['Garage', 'Conciergerie', 'Plateforme'])
      expect(map.get(byTitle(v1.entries, t).id)).toBe(byTitle(v2.entries, t).id);
    expect([...map.values()]).not.toContain(byTitle(v2.entries, 'Ressourcerie').id);
  });

  it('matches by id within the document first, even when the title changed', () => {
    const old = v1.entries[0]!;
    const renamed = {
      ...old,
      id: `${entryIdPrefix(v2.sha)}${old.id.slice(entryIdPrefix(v1.sha).length)}`,
      title: 'Autre titre',
    };
    const decoy = { ...v1.entries[1]!, id: `${entryIdPrefix(v2.sha)}x`, title: old.title };
    const map = matchEntries([old], entryIdPrefix(v1.sha), [decoy, renamed], entryIdPrefix(v2.sha));
    expect(map.get(old.id)).toBe(renamed.id);
  });
});

describe('re-anchoring highlights on the new version', () => {
  const garage = byTitle(v1.entries, 'Garage');
  const conciergerie = byTitle(v1.entries, 'Conciergerie');
  const shifted = highlightOn(garage, 'context:0', 'a perdu une grande partie de ses emplois', 'h1');
  const rewritten = highlightOn(conciergerie, 'effects:0', "Huit emplois d'insertion", 'h2');
  const map = matchEntries(v1.entries, entryIdPrefix(v1.sha), v2.entries, entryIdPrefix(v2.sha));
  const { moved, orphaned } = reanchorHighlights([shifted, rewritten], map, v2.entries);

  it('finds a passage whose text shifted, on the new entry, with fresh selectors', () => {
    expect(moved).toHaveLength(1);
    const h = moved[0]!;
    const newGarage = byTitle(v2.entries, 'Garage');
    expect(h).toMatchObject({ id: 'h1', targetId: newGarage.id, sectionRef: 'context:0', colorId: 'jaune' });
    const text = newGarage.sections[0]!.text;
    expect(text.slice(h.position.start, h.position.end)).toBe('a perdu une grande partie de ses emplois');
    expect(h.position.start).toBeGreaterThan(shifted.position.start);
    expect(h.quote.prefix).toBe(text.slice(Math.max(0, h.position.start - 32), h.position.start));
    expect(h.quote.suffix).toBe(' industriels depuis 1980.');
    // The stored selectors anchor at once (the fast path) in the new text.
    expect(anchor(text, h.quote, h.position)).toMatchObject({ start: h.position.start, score: 1 });
    expect(HighlightRow.safeParse(h).success).toBe(true);
  });

  it('keeps a highlight whose passage is gone as an orphan on the new entry', () => {
    expect(orphaned).toHaveLength(1);
    const h = orphaned[0]!;
    const newConciergerie = byTitle(v2.entries, 'Conciergerie');
    expect(h).toEqual({ ...rewritten, targetId: newConciergerie.id });
    const text = newConciergerie.sections[sectionRefs(newConciergerie.sections).indexOf('effects:0')]!.text;
    expect(anchor(text, h.quote, h.position)).toBeNull();
  });

  it('finds a passage moved to another section, and leaves alone highlights of unmatched entries', () => {
    const moving = { ...shifted, id: 'h3', sectionRef: 'effects:0' };
    const stray = { ...shifted, id: 'h4', targetId: 'ailleurs' };
    const out = reanchorHighlights([moving, stray], map, v2.entries);
    expect(out.moved.map((h) => [h.id, h.sectionRef])).toEqual([['h3', 'context:0']]);
    expect(out.orphaned).toEqual([stray]);
  });
});
